// Calls every operation of the contract — success and main error statuses — in every scenario
// it applies to, for the relevant users. Every exchange is validated against the contract by
// test/support/contract.js after each test, so this suite is what keeps the mocks on the
// contract; the last test checks that it exercised every operation and documented status,
// so a new path or status without a mock fails here.
import { expect } from '@open-wc/testing';
import '../support/contract.js';
import { worker } from '../support/msw.js';
import spec from '../../contract/openapi.yaml';
import { configureMock } from '../../src/mocks/index.js';
import { affectation, as, call, COLLEGE, del, expectOnlyRequestDrift, get, LYCEE, ok, post, put, useMockApi } from './helpers.js';

interface Spec {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
}
const contract = spec as unknown as Spec;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** `GET /mediacentre/resources` for every operation of the contract. */
const operations = Object.entries(contract.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${path}`));

function template(pathname: string): string | undefined {
  const wanted = pathname.split('/');
  return Object.keys(contract.paths).find((t) => {
    const parts = t.split('/');
    return parts.length === wanted.length && parts.every((p, i) => (p.startsWith('{') ? wanted[i] !== '' : p === wanted[i]));
  });
}

/** operation → statuses seen, per scenario. */
const seen = new Map<string, Set<number>>();
const seenIn = new Map<string, Set<string>>();
worker.events.on('response:mocked', ({ request, response }) => {
  const match = /^\/[\w-]*api(\/.*)$/.exec(new URL(request.url).pathname);
  const path = match && template(match[1]!);
  if (!path) return;
  const key = `${request.method} ${path}`;
  if (!seen.has(key)) seen.set(key, new Set());
  seen.get(key)!.add(response.status);
  if (!seenIn.has(key)) seenIn.set(key, new Set());
  seenIn.get(key)!.add(scenarioNow);
});
let scenarioNow = 'default';

// Statuses documented in the contract that no request can produce from this mock, and why.
const UNREACHABLE: Record<string, string> = {
  'GET /news/rubriques 422': 'the operation takes no parameter, so nothing can be invalid',
};

const subs = (uai: string): string => affectation(uai, '/subscriptions');
const KEY = { 'Idempotency-Key': 'coverage-key-0001' };

async function etagRoundTrip(path: string): Promise<void> {
  const first = await get(path);
  expect(first.status, path).to.equal(200);
  const etag = first.headers.get('ETag');
  expect(etag, `${path} ETag`).to.be.a('string');
  const again = await get(path, { headers: { 'If-None-Match': etag! } });
  expect(again.status, `${path} revalidated`).to.equal(304);
}

describe('contract coverage: every operation, every scenario', () => {
  useMockApi();
  beforeEach(() => {
    scenarioNow = 'default';
  });

  it('session', async () => {
    for (const user of ['eleve', 'enseignant', 'documentaliste', 'responsable', 'admin'] as const) {
      as(user);
      await etagRoundTrip('/me');
    }
    as('anonyme');
    expect((await get('/me')).status).to.equal(401);
  });

  it('médiacentre', async () => {
    for (const user of ['eleve', 'enseignant', 'documentaliste', 'responsable', 'admin'] as const) {
      as(user);
      const me = await ok('/me');
      for (const { uai } of me.establishments) await etagRoundTrip(`/mediacentre/resources?uai=${uai}`);
      await etagRoundTrip('/mediacentre/favorites');
    }
    as('eleve');
    expect((await get(`/mediacentre/resources?uai=${LYCEE}`)).status).to.equal(403);
    expect((await get('/mediacentre/resources')).status).to.equal(422);
    const [first] = (await ok(`/mediacentre/resources?uai=${COLLEGE}`)).listeRessources.ressource;
    const id = encodeURIComponent(first.idRessource);
    expect((await put(`/mediacentre/favorites/${id}`)).status).to.equal(200);
    expect((await del(`/mediacentre/favorites/${id}`)).status).to.equal(200);
    expect((await put(`/mediacentre/favorites/${encodeURIComponent('ark:/86527/r.inconnue')}`)).status).to.equal(404);
    as('anonyme');
    expect((await get(`/mediacentre/resources?uai=${COLLEGE}`)).status).to.equal(401);
    expect((await get('/mediacentre/favorites')).status).to.equal(401);
    expect((await put(`/mediacentre/favorites/${id}`)).status).to.equal(401);
    expect((await del(`/mediacentre/favorites/${id}`)).status).to.equal(401);
  });

  it('affectation: reads', async () => {
    as('responsable');
    for (const uai of [COLLEGE, LYCEE]) {
      for (const rest of ['/subscriptions', '/populations', '/people', '/people?status=all&pageSize=500', '/assignments', '/dashboard', '/statistics']) {
        await etagRoundTrip(affectation(uai, rest));
      }
    }
    expect((await get(affectation(COLLEGE, '/people?pageSize=0'))).status).to.equal(422);
    expect((await get(affectation(COLLEGE, '/statistics?from=2026-13'))).status).to.equal(422);
    expect((await get(affectation(COLLEGE, '/statistics?subscriptionId=sub-inconnu'))).status).to.equal(404);
    expect((await get(subs('NOT-A-UAI'))).status).to.equal(404);
    expect((await get(subs('0330099Z'))).status).to.equal(403);
    for (const user of ['documentaliste', 'anonyme'] as const) {
      as(user);
      const status = user === 'anonyme' ? 401 : 403;
      for (const rest of ['/subscriptions', '/populations', '/people', '/assignments', '/dashboard', '/statistics']) {
        expect((await get(affectation(COLLEGE, rest))).status, `${user} ${rest}`).to.equal(status);
      }
    }
  });

  it('affectation: writes', async () => {
    as('responsable');
    const request = { subscriptionIds: [`sub-${COLLEGE}-015`], public: 'eleve', targets: [{ type: 'division', id: `div-${COLLEGE}-4B` }] };
    expect((await post(affectation(COLLEGE, '/assignments/preview'), request)).status).to.equal(200);
    const created = await post(affectation(COLLEGE, '/assignments'), request, { headers: KEY });
    expect(created.status).to.equal(201);
    // Not enough licences left: 409, nothing applied.
    const tooMany = { subscriptionIds: [`sub-${COLLEGE}-013`], public: 'eleve', targets: [{ type: 'division', id: `div-${COLLEGE}-6A` }] };
    expect((await post(affectation(COLLEGE, '/assignments'), tooMany)).status).to.equal(409);
    const wrongPublic = { ...request, public: 'personnel' };
    expect((await post(affectation(COLLEGE, '/assignments'), wrongPublic)).status).to.equal(422);
    expect((await post(affectation(COLLEGE, '/assignments/preview'), wrongPublic)).status).to.equal(422);
    const [assignment] = created.body.assignments;
    expect((await del(affectation(COLLEGE, `/assignments/${assignment.id}`))).status).to.equal(200);
    expect((await del(affectation(COLLEGE, `/assignments/${assignment.id}`))).status).to.equal(404);
    const again = await post(affectation(COLLEGE, '/assignments'), request);
    expect((await post(affectation(COLLEGE, '/assignments/remove'), { assignmentIds: [again.body.assignments[0].id] })).status).to.equal(200);
    expect((await post(affectation(COLLEGE, '/assignments/remove'), { assignmentIds: ['asg-inconnue'] })).status).to.equal(404);
    expect((await post(affectation(COLLEGE, '/licences/recover'), {})).status).to.equal(200);
    expect((await post(affectation(LYCEE, '/licences/recover'), { personIds: [] })).status).to.equal(200);
    for (const user of ['documentaliste', 'anonyme'] as const) {
      as(user);
      const status = user === 'anonyme' ? 401 : 403;
      expect((await post(affectation(COLLEGE, '/assignments'), request)).status).to.equal(status);
      expect((await post(affectation(COLLEGE, '/assignments/preview'), request)).status).to.equal(status);
      expect((await post(affectation(COLLEGE, '/assignments/remove'), { assignmentIds: ['asg-x'] })).status).to.equal(status);
      expect((await del(affectation(COLLEGE, '/assignments/asg-x'))).status).to.equal(status);
      expect((await post(affectation(COLLEGE, '/licences/recover'), {})).status).to.equal(status);
    }
  });

  it('news and tiles', async () => {
    for (const user of ['anonyme', 'eleve', 'admin'] as const) {
      as(user);
      await etagRoundTrip('/news/articles');
      await etagRoundTrip('/news/articles?rubriques=rub-cdi,rub-vie-scolaire&limit=3');
      await etagRoundTrip('/news/rubriques');
      await etagRoundTrip('/home/tiles/news-1');
      await etagRoundTrip('/home/tiles/banner-1');
    }
    expect((await get('/news/articles?limit=0')).status).to.equal(422);
    expect((await get('/home/tiles/inconnue')).status).to.equal(404);
    as('admin');
    const tile = await ok('/home/tiles/news-1');
    expect((await put('/home/tiles/news-1', { ...tile, limit: 4 })).status).to.equal(200);
    expect((await put('/home/tiles/news-1', { ...tile, rubriques: ['rub-archives'] })).status).to.equal(422);
    expect((await put('/home/tiles/inconnue', tile)).status).to.equal(404);
    as('eleve');
    expect((await put('/home/tiles/news-1', tile)).status).to.equal(403);
    as('anonyme');
    expect((await put('/home/tiles/news-1', tile)).status).to.equal(401);
  });

  it('announcements: users', async () => {
    for (const user of ['eleve', 'enseignant', 'documentaliste', 'responsable', 'admin'] as const) {
      as(user);
      await etagRoundTrip('/announcements');
    }
    as('eleve');
    expect((await post('/announcements/ann-sortie-4e/read')).status).to.equal(200);
    expect((await del('/announcements/ann-sortie-4e/read')).status).to.equal(200);
    expect((await post('/announcements/ann-ppms/read')).status).to.equal(403);
    expect((await post('/announcements/ann-conseils-classe/read')).status).to.equal(404);
    expect((await del('/announcements/ann-inconnue/read')).status).to.equal(404);
    const answers = { answers: [{ questionId: 'frequence', optionIds: ['semaine'] }, { questionId: 'services', optionIds: ['pret', 'postes'] }] };
    expect((await post('/announcements/ann-enquete-cdi/form-responses', { answers: [] })).status).to.equal(422);
    expect((await post('/announcements/ann-enquete-cdi/form-responses', answers, { headers: KEY })).status).to.equal(201);
    expect((await post('/announcements/ann-enquete-cdi/form-responses', answers)).status).to.equal(409);
    expect((await post('/announcements/ann-ppms/form-responses', answers)).status).to.equal(404);
    as('anonyme');
    expect((await get('/announcements')).status).to.equal(401);
    expect((await post('/announcements/ann-ppms/read')).status).to.equal(401);
    expect((await del('/announcements/ann-ppms/read')).status).to.equal(401);
    expect((await post('/announcements/ann-enquete-cdi/form-responses', answers)).status).to.equal(401);
  });

  it('announcements: admins, audience, uploads', async () => {
    as('admin');
    await etagRoundTrip('/admin/announcements');
    await etagRoundTrip('/admin/announcements/ann-enquete-cdi');
    await etagRoundTrip('/admin/audience');
    const input = {
      kind: 'information',
      title: 'Sortie au cinéma des 3e',
      body: '<p>Départ à 13 h 30 devant le collège.</p>',
      startsAt: '2026-11-25T08:00:00+01:00',
      endsAt: '2026-11-28T18:00:00+01:00',
      audience: { profiles: ['eleve'], levels: ['3e'], divisions: [] },
      channel: 'both',
      state: 'published',
    };
    const created = await post('/admin/announcements', input, { headers: KEY });
    expect(created.status).to.equal(201);
    expect((await post('/admin/announcements', { ...input, title: '   ' })).status).to.equal(422);
    expect((await put(`/admin/announcements/${created.body.id}`, { ...input, title: 'Sortie au cinéma des 3e (horaire modifié)' })).status).to.equal(200);
    expect((await put(`/admin/announcements/${created.body.id}`, { ...input, endsAt: '2026-11-20T08:00:00+01:00' })).status).to.equal(422);
    expect((await put('/admin/announcements/ann-inconnue', input)).status).to.equal(404);
    expect((await get('/admin/announcements/ann-inconnue')).status).to.equal(404);
    expect((await del(`/admin/announcements/${created.body.id}`)).status).to.equal(204);
    expect((await del(`/admin/announcements/${created.body.id}`)).status).to.equal(404);
    expect((await post('/admin/audience/count', { profiles: ['eleve'], levels: ['4e'], divisions: [] })).status).to.equal(200);
    expect((await post('/admin/audience/count', { profiles: [], levels: ['7e'], divisions: [] })).status).to.equal(422);
    const form = (bytes: number, type: string, purpose = 'illustration'): FormData => {
      const data = new FormData();
      data.set('file', new File([new Uint8Array(bytes)], 'image.png', { type }));
      data.set('purpose', purpose);
      return data;
    };
    expect((await post('/uploads', form(2048, 'image/png'))).status).to.equal(201);
    expect((await post('/uploads', form(6 * 1024 * 1024, 'image/png'))).status).to.equal(413);
    expect((await post('/uploads', form(2048, 'application/x-msdownload'))).status).to.equal(415);
    for (const user of ['eleve', 'anonyme'] as const) {
      as(user);
      const status = user === 'anonyme' ? 401 : 403;
      expect((await get('/admin/announcements')).status).to.equal(status);
      expect((await post('/admin/announcements', input)).status).to.equal(status);
      expect((await get('/admin/announcements/ann-ppms')).status).to.equal(status);
      expect((await put('/admin/announcements/ann-ppms', input)).status).to.equal(status);
      expect((await del('/admin/announcements/ann-ppms')).status).to.equal(status);
      expect((await get('/admin/audience')).status).to.equal(status);
      expect((await post('/admin/audience/count', input.audience)).status).to.equal(status);
      expect((await post('/uploads', form(10, 'image/png'))).status).to.equal(status);
    }
  });

  it('a request off the contract is refused with an answer on the contract', async () => {
    as('responsable');
    expect((await post(affectation(COLLEGE, '/assignments'), { subscriptionIds: [], public: 'eleve', targets: [] })).status).to.equal(422);
    await expectOnlyRequestDrift();
    as('admin');
    expect((await post('/admin/announcements', { kind: 'memo', title: 'x'.repeat(130) })).status).to.equal(422);
    await expectOnlyRequestDrift();
  });

  describe('scenario "empty"', () => {
    beforeEach(() => {
      scenarioNow = 'empty';
      configureMock({ scenario: 'empty' });
    });

    it('users exist, data does not', async () => {
      as('eleve');
      expect((await ok(`/mediacentre/resources?uai=${COLLEGE}`)).listeRessources.ressource).to.deep.equal([]);
      expect((await ok('/mediacentre/favorites')).favorites).to.deep.equal([]);
      expect((await ok('/announcements')).announcements).to.deep.equal([]);
      expect((await ok('/news/articles')).articles).to.deep.equal([]);
      await ok('/news/rubriques');
      await ok('/home/tiles/news-1');
      await ok('/home/tiles/banner-1');
      as('responsable');
      await ok('/me');
      expect((await ok(subs(COLLEGE))).subscriptions).to.deep.equal([]);
      expect((await ok(affectation(COLLEGE, '/people'))).total).to.be.greaterThan(400);
      for (const rest of ['/populations', '/assignments', '/dashboard', '/statistics']) await ok(affectation(COLLEGE, rest));
      const request = { subscriptionIds: [`sub-${COLLEGE}-001`], public: 'eleve', targets: [{ type: 'profil', id: 'eleve' }] };
      expect((await post(affectation(COLLEGE, '/assignments/preview'), request)).status).to.equal(422);
      expect((await post(affectation(COLLEGE, '/assignments'), request)).status).to.equal(422);
      expect((await post(affectation(COLLEGE, '/licences/recover'), {})).status).to.equal(200);
      as('admin');
      expect((await ok('/admin/announcements')).announcements).to.deep.equal([]);
      await ok('/admin/audience');
      expect((await post('/admin/audience/count', { profiles: [], levels: [], divisions: [] })).body.count).to.be.greaterThan(700);
    });
  });

  describe('scenario "error"', () => {
    beforeEach(() => {
      scenarioNow = 'error';
      configureMock({ scenario: 'error' });
    });

    it('answers 500 problems everywhere but /me, and a GAR error for the lycée listing', async () => {
      as('responsable');
      expect((await get('/me')).status).to.equal(200);
      const college = await get(`/mediacentre/resources?uai=${COLLEGE}`);
      expect(college.status).to.equal(500);
      expect(college.headers.get('Content-Type')).to.equal('application/problem+json');
      const lycee = await get(`/mediacentre/resources?uai=${LYCEE}`);
      expect(lycee.status).to.equal(502);
      expect(lycee.body.Erreur.Message).to.be.a('string');
      const calls: Array<[string, string, unknown?]> = [
        ['GET', '/mediacentre/favorites'],
        ['PUT', '/mediacentre/favorites/x'],
        ['DELETE', '/mediacentre/favorites/x'],
        ...['/subscriptions', '/populations', '/people', '/assignments', '/dashboard', '/statistics'].map((r): [string, string] => ['GET', affectation(COLLEGE, r)]),
        ['POST', affectation(COLLEGE, '/assignments'), { subscriptionIds: ['s'], public: 'eleve', targets: [{ type: 'profil', id: 'eleve' }] }],
        ['POST', affectation(COLLEGE, '/assignments/preview'), { subscriptionIds: ['s'], public: 'eleve', targets: [{ type: 'profil', id: 'eleve' }] }],
        ['POST', affectation(COLLEGE, '/assignments/remove'), { assignmentIds: ['a'] }],
        ['DELETE', affectation(COLLEGE, '/assignments/a')],
        ['POST', affectation(COLLEGE, '/licences/recover'), {}],
        ['GET', '/news/articles'],
        ['GET', '/news/rubriques'],
        ['GET', '/home/tiles/news-1'],
        ['PUT', '/home/tiles/news-1', { type: 'news', title: 'Actualités', disabled: false, rubriques: ['rub-cdi'], limit: 3 }],
        ['GET', '/announcements'],
        ['POST', '/announcements/ann-ppms/read'],
        ['DELETE', '/announcements/ann-ppms/read'],
        ['POST', '/announcements/ann-enquete-cdi/form-responses', { answers: [] }],
        ['GET', '/admin/announcements'],
        ['POST', '/admin/announcements', { kind: 'information', title: 't', body: '', startsAt: '2026-11-25T08:00:00+01:00', audience: { profiles: [], levels: [], divisions: [] }, channel: 'home', state: 'draft' }],
        ['GET', '/admin/announcements/ann-ppms'],
        ['PUT', '/admin/announcements/ann-ppms', { kind: 'information', title: 't', body: '', startsAt: '2026-11-25T08:00:00+01:00', audience: { profiles: [], levels: [], divisions: [] }, channel: 'home', state: 'draft' }],
        ['DELETE', '/admin/announcements/ann-ppms'],
        ['GET', '/admin/audience'],
        ['POST', '/admin/audience/count', { profiles: [], levels: [], divisions: [] }],
        ['POST', '/uploads'],
      ];
      for (const [method, path, body] of calls) {
        const reply = await call(method, path, body === undefined ? {} : { body });
        expect(reply.status, `${method} ${path}`).to.equal(500);
        expect(reply.body.code, `${method} ${path}`).to.equal('server-error');
      }
    });
  });

  describe('scenario "slow"', () => {
    beforeEach(() => {
      scenarioNow = 'slow';
      configureMock({ scenario: 'slow' });
    });

    it('answers everything, about 1.5 s later', async function () {
      this.timeout(8000);
      as('responsable');
      const started = performance.now();
      const replies = await Promise.all([
        get('/me'),
        get(`/mediacentre/resources?uai=${COLLEGE}`),
        get('/mediacentre/favorites'),
        get(subs(COLLEGE)),
        get(affectation(COLLEGE, '/dashboard')),
        get('/news/articles'),
        get('/home/tiles/banner-1'),
        get('/announcements'),
      ]);
      const elapsed = performance.now() - started;
      for (const reply of replies) expect(reply.status).to.equal(200);
      expect(elapsed).to.be.within(1400, 6000);
    });
  });

  describe('scenario "many"', () => {
    beforeEach(() => {
      scenarioNow = 'many';
      configureMock({ scenario: 'many' });
    });

    it('serves a large establishment on the contract', async function () {
      this.timeout(20_000);
      as('eleve');
      expect((await ok(`/mediacentre/resources?uai=${COLLEGE}`)).listeRessources.ressource.length).to.be.within(900, 1200);
      as('responsable');
      for (const rest of ['/subscriptions', '/populations', '/people?pageSize=500', '/assignments?pageSize=500', '/dashboard', '/statistics']) await ok(affectation(COLLEGE, rest));
      const request = { subscriptionIds: [`sub-${COLLEGE}-015`], public: 'eleve', targets: [{ type: 'division', id: `div-${COLLEGE}-4B` }] };
      expect((await post(affectation(COLLEGE, '/assignments/preview'), request)).status).to.equal(200);
      expect((await post(affectation(COLLEGE, '/assignments'), request)).status).to.equal(201);
      as('admin');
      await ok('/admin/announcements');
      await ok('/announcements');
    });
  });
});

// Runs after every suite above (mocha runs a suite's own tests before its nested suites).
describe('contract coverage: summary', () => {
  it('exercised every operation of the contract, and every status it documents', async () => {
    // Let the last "response:mocked" events arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([...seen.keys()].sort()).to.deep.equal([...operations].sort());
    const missing: string[] = [];
    for (const [path, item] of Object.entries(contract.paths)) {
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const key = `${method.toUpperCase()} ${path}`;
        for (const status of Object.keys(operation.responses)) {
          if (status === 'default' || UNREACHABLE[`${key} ${status}`]) continue;
          if (!seen.get(key)?.has(Number(status))) missing.push(`${key} ${status}`);
        }
      }
    }
    expect(missing, 'documented statuses never answered').to.deep.equal([]);
    // Every operation was also called in the error scenario, and the reads in the others.
    const notInError = operations.filter((op) => !seenIn.get(op)?.has('error'));
    expect(notInError).to.deep.equal([]);
  });
});
