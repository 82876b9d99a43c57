import { expect } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import { ApiClient } from '../../src/shared/api/client.js';
import { ApiError } from '../../src/shared/api/errors.js';
import { worker, OFF_CONTRACT } from '../support/msw.js';
import '../support/contract.js';

const me = {
  id: 'u1',
  displayName: 'Claire Moreau',
  profile: 'documentaliste',
  roles: ['responsable-affectation'],
  establishments: [{ uai: '0330001A', name: 'Collège Jules-Ferry' }],
  currentUai: '0330001A',
} as const;

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the request to fail');
}

describe('ApiClient', () => {
  afterEach(() => worker.resetHandlers());

  it('builds URLs from the base, encoded path parameters and comma-separated arrays', async () => {
    const seen: string[] = [];
    worker.use(
      http.put('/ent-api/mediacentre/favorites/:id', ({ request, params }) => {
        seen.push(new URL(request.url).pathname, String(params.id));
        return HttpResponse.json({ favorites: [String(params.id)] });
      }),
      http.get('/ent-api/news/articles', ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json({ articles: [] });
      }),
    );
    const api = new ApiClient({ base: '/ent-api/' });
    const favorites = await api.put('/mediacentre/favorites/{idRessource}', { path: { idRessource: 'ark:/86527/r.a b' } });
    expect(favorites.favorites).to.deep.equal(['ark:/86527/r.a b']);
    await api.get('/news/articles', { query: { rubriques: ['r1', 'r2'], limit: 3 } });
    expect(seen).to.deep.equal([
      '/ent-api/mediacentre/favorites/ark%3A%2F86527%2Fr.a%20b',
      'ark:/86527/r.a b',
      '?rubriques=r1%2Cr2&limit=3',
    ]);
  });

  it('sends cookies, the locale and the page’s auth headers, never a token in the URL', async () => {
    let request: Request | undefined;
    worker.use(
      http.get('/api/me', (info) => {
        request = info.request;
        return HttpResponse.json(me);
      }),
    );
    const api = new ApiClient({ headers: async () => ({ Authorization: 'Bearer s3cret' }), locale: () => 'en' });
    const result = await api.get('/me');
    expect(result.displayName).to.equal('Claire Moreau');
    expect(request!.credentials).to.equal('include');
    expect(request!.headers.get('Authorization')).to.equal('Bearer s3cret');
    expect(request!.headers.get('Accept-Language')).to.equal('en');
    expect(request!.url).not.to.contain('s3cret');
  });

  it('revalidates with ETag and answers the same object on 304', async () => {
    const ifNoneMatch: Array<string | null> = [];
    worker.use(
      http.get('/api/news/rubriques', ({ request }) => {
        ifNoneMatch.push(request.headers.get('If-None-Match'));
        if (request.headers.get('If-None-Match') === '"v1"') return new HttpResponse(null, { status: 304 });
        return HttpResponse.json({ rubriques: [{ id: 'r1', name: 'Vie scolaire' }] }, { headers: { ETag: '"v1"' } });
      }),
    );
    const api = new ApiClient();
    const first = await api.get('/news/rubriques');
    const second = await api.get('/news/rubriques');
    expect(ifNoneMatch).to.deep.equal([null, '"v1"']);
    expect(second).to.equal(first);
  });

  it('sends an Idempotency-Key and a JSON body on creating POSTs', async () => {
    let key: string | null = null;
    let body: unknown;
    worker.use(
      http.post('/api/affectation/establishments/:uai/licences/recover', async ({ request }) => {
        key = request.headers.get('Idempotency-Key');
        body = await request.json();
        return HttpResponse.json({ recovered: 2, people: 1, subscriptions: [] });
      }),
    );
    const result = await new ApiClient().post('/affectation/establishments/{uai}/licences/recover', {
      path: { uai: '0330001A' },
      body: { personIds: ['p1'] },
      idempotencyKey: 'key-12345678',
    });
    expect(result.recovered).to.equal(2);
    expect(key).to.equal('key-12345678');
    expect(body).to.deep.equal({ personIds: ['p1'] });
  });

  it('maps problem+json to a typed error with its code and field errors', async () => {
    worker.use(
      http.put('/api/home/tiles/:id', () =>
        HttpResponse.json(
          {
            title: 'Saisie invalide',
            status: 422,
            code: 'invalid',
            errors: [{ field: 'rubriques', code: 'not-blog-enabled', message: 'Cette rubrique n’a pas de blog.' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = await failure(
      new ApiClient().put('/home/tiles/{tileId}', { path: { tileId: 'news-1' }, body: { type: 'news', title: 'Actus', disabled: false, rubriques: ['r9'], limit: 5 } }),
    );
    expect(error.kind).to.equal('invalid');
    expect(error.status).to.equal(422);
    expect(error.code).to.equal('invalid');
    expect(error.fieldErrors.get('rubriques')?.message).to.equal('Cette rubrique n’a pas de blog.');
  });

  it('keeps the counts of a 409 licence conflict', async () => {
    worker.use(
      http.post('/api/affectation/establishments/:uai/assignments', () =>
        HttpResponse.json(
          {
            title: 'Licences insuffisantes',
            status: 409,
            code: 'licences-insufficient',
            shortfalls: [{ subscriptionId: 's1', public: 'eleve', requested: 28, available: 3 }],
            subscriptions: [{ id: 's1', counts: [{ public: 'eleve', total: 30, assigned: 27, available: 3 }] }],
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = await failure(
      new ApiClient().post('/affectation/establishments/{uai}/assignments', {
        path: { uai: '0330001A' },
        body: { subscriptionIds: ['s1'], public: 'eleve', targets: [{ type: 'division', id: 'd1' }] },
      }),
    );
    expect(error.kind).to.equal('conflict');
    expect(error.code).to.equal('licences-insufficient');
    expect(error.details.problem?.shortfalls).to.deep.equal([{ subscriptionId: 's1', public: 'eleve', requested: 28, available: 3 }]);
  });

  it('understands a GAR error body forwarded by the vendor', async () => {
    worker.use(
      http.get('/api/mediacentre/resources', () =>
        HttpResponse.json({ Erreur: { Code: '404', Message: 'Établissement inconnu du GAR', Resource: '/ressources' } }, { status: 502 }),
      ),
    );
    const error = await failure(new ApiClient().get('/mediacentre/resources', { query: { uai: '0330001A' } }));
    expect(error.kind).to.equal('server');
    expect(error.details.gar).to.deep.equal({ code: '404', message: 'Établissement inconnu du GAR' });
  });

  it('reports malformed JSON, bodiless 5xx and network failures distinctly', async () => {
    worker.use(
      http.get('/api/news/rubriques', () =>
        new HttpResponse('{"rubriques": [', { headers: { 'Content-Type': 'application/json', [OFF_CONTRACT]: '1' } }),
      ),
      http.get('/api/announcements', () => new HttpResponse('Bad gateway', { status: 502, headers: { [OFF_CONTRACT]: '1' } })),
      http.get('/api/me', () => HttpResponse.error()),
    );
    const api = new ApiClient();
    expect((await failure(api.get('/news/rubriques'))).kind).to.equal('malformed');
    const server = await failure(api.get('/announcements'));
    expect([server.kind, server.status]).to.deep.equal(['server', 502]);
    expect((await failure(api.get('/me'))).kind).to.equal('network');
  });

  it('reports an aborted request as aborted', async () => {
    worker.use(
      http.get('/api/me', async () => {
        await delay(2000);
        return HttpResponse.json(me);
      }),
    );
    const abort = new AbortController();
    const pending = new ApiClient().get('/me', { signal: abort.signal });
    abort.abort();
    expect((await failure(pending)).kind).to.equal('aborted');
  });

  describe('a body cut off on its way', () => {
    /** A fetch whose answer has `status` and a body that starts, then fails with `error`. */
    function cutOff(status: number, error: () => unknown, onStart?: () => void): typeof fetch {
      return async () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"id":"u1","displ'));
              onStart?.();
            },
            pull(controller) {
              controller.error(error());
            },
          }),
          { status, headers: { 'Content-Type': 'application/json' } },
        );
    }

    it('is a network failure, not an empty success', async () => {
      const api = new ApiClient({ fetch: cutOff(200, () => new TypeError('connection reset')) });
      expect((await failure(api.get('/me'))).kind).to.equal('network');
    });

    it('is an abort when the caller aborted it', async () => {
      const abort = new AbortController();
      const api = new ApiClient({ fetch: cutOff(200, () => new DOMException('The operation was aborted.', 'AbortError'), () => abort.abort()) });
      expect((await failure(api.get('/me', { signal: abort.signal }))).kind).to.equal('aborted');
    });

    it('keeps the status of an error answer', async () => {
      const api = new ApiClient({ fetch: cutOff(503, () => new TypeError('connection reset')) });
      const error = await failure(api.get('/me'));
      expect([error.kind, error.status]).to.deep.equal(['server', 503]);
    });
  });
});
