// Realistic French news data for the tile tests (test-local; the shared mocks cover the main flows).
import { http, HttpResponse } from 'msw';
import type { Article, Tile } from '../../src/shared/api/types.js';
import { problem } from '../support/problem.js';

export const rubriques = {
  vieScolaire: { id: 'rub-vie-scolaire', name: 'Vie scolaire', blogEnabled: true, visibility: 'public' as const },
  unss: { id: 'rub-unss', name: 'UNSS', blogEnabled: true, visibility: 'public' as const },
  profs: { id: 'rub-salle-des-profs', name: 'Salle des professeurs', blogEnabled: true, visibility: 'private' as const },
  archives: { id: 'rub-archives', name: 'Archives 2019', blogEnabled: false, visibility: 'public' as const },
};

export function article(overrides: Partial<Article> & Pick<Article, 'id' | 'title'>): Article {
  return {
    summary: 'Informations pratiques pour les familles.',
    url: `/articles/${overrides.id}`,
    rubrique: { id: rubriques.vieScolaire.id, name: rubriques.vieScolaire.name },
    publishedAt: '2026-11-10T08:30:00+01:00',
    updatedAt: '2026-11-10T08:30:00+01:00',
    visibility: 'public',
    illustration: { url: `/images/${overrides.id}.jpg`, alt: '', width: 680, height: 383 },
    ...overrides,
  };
}

export const articles: Article[] = [
  article({
    id: 'a-cross',
    title: 'Cross du collège : les résultats',
    summary: 'Bravo aux 412 élèves qui ont couru jeudi au parc de la Colline. Les classements par niveau sont en ligne.',
    rubrique: { id: rubriques.unss.id, name: rubriques.unss.name },
    publishedAt: '2026-11-20T17:05:00+01:00',
    updatedAt: '2026-11-20T17:05:00+01:00',
    illustration: { url: '/images/cross.jpg', alt: 'Départ du cross des 6e sur la pelouse du parc', width: 1360, height: 766, srcset: [{ url: '/images/cross-680.jpg', width: 680 }, { url: '/images/cross-1360.jpg', width: 1360 }] },
  }),
  article({
    id: 'a-menus',
    title: 'Menus de la cantine de décembre',
    summary: 'Le menu de Noël sera servi le jeudi 18 décembre.',
    publishedAt: '2026-11-18T10:00:00+01:00',
    updatedAt: '2026-11-18T10:00:00+01:00',
  }),
  article({
    id: 'a-reunion',
    title: 'Réunion parents-professeurs des 3e',
    summary: 'Les rendez-vous se prennent dans Pronote jusqu’au 28 novembre.',
    publishedAt: '2026-11-05T09:00:00+01:00',
    updatedAt: '2026-11-05T09:00:00+01:00',
    illustration: undefined,
  }),
];

export const newsTile: Tile = {
  id: 'actualites',
  type: 'news',
  title: 'À la une au collège',
  disabled: false,
  rubriques: [rubriques.vieScolaire.id, rubriques.unss.id],
  limit: 5,
};

/** The article the banner links to. */
export const bannerArticle = article({
  id: 'a-portes-ouvertes',
  title: 'Portes ouvertes le samedi 7 mars',
  summary: 'Venez découvrir le collège, ses options et son internat de 9 h à 12 h.',
  url: '/articles/portes-ouvertes',
});

export const bannerTile: Tile = {
  id: 'banniere',
  type: 'banner',
  title: 'Tuile haute',
  disabled: false,
  image: { url: '/images/facade.jpg', alt: 'La façade du collège Jules-Ferry au printemps', width: 2000, height: 453 },
  articleId: bannerArticle.id,
  linkedArticle: bannerArticle,
};

export const me = {
  id: 'u-0330001A-admin-1',
  displayName: 'Sophie Garnier',
  profile: 'admin',
  roles: ['admin-ent'],
  establishments: [{ uai: '0330001A', name: 'Collège Jules-Ferry' }],
  currentUai: '0330001A',
};

export const anonymous = () =>
  HttpResponse.json({ type: 'https://ent-widgets.example/problems/unauthorized', title: 'Non connecté', status: 401, code: 'unauthorized' }, { status: 401, headers: { 'Content-Type': 'application/problem+json' } });

export { problem };

/** A feed served with ETags: 304 while `version` has not changed. */
export function feedServer(initial: Article[], allArticlesUrl = '/actualites') {
  const server = {
    articles: initial,
    version: 1,
    requests: [] as URL[],
    notModified: 0,
    fail: undefined as undefined | (() => Response),
    set(next: Article[]) {
      server.articles = next;
      server.version++;
    },
    handler: http.get('/api/news/articles', ({ request }): Response => {
      const url = new URL(request.url);
      server.requests.push(url);
      if (server.fail) return server.fail();
      const etag = `"feed-${server.version}"`;
      if (request.headers.get('If-None-Match') === etag) {
        server.notModified++;
        return new HttpResponse(null, { status: 304, headers: { ETag: etag } });
      }
      return HttpResponse.json({ articles: server.articles, allArticlesUrl }, { headers: { ETag: etag } });
    }),
  };
  return server;
}

export function tileHandler(tile: Tile) {
  return http.get('/api/home/tiles/:id', ({ params }) =>
    params.id === tile.id ? HttpResponse.json(tile, { headers: { ETag: `"tile-${tile.title}"` } }) : problem(404, 'Introuvable'),
  );
}

export const signedIn = () => http.get('/api/me', () => HttpResponse.json(me));
export const signedOut = () => http.get('/api/me', () => anonymous());

export { until } from '../support/until.js';

// A 2×1 PNG, enough for the browser to decode an illustration.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGNgYGD4z8DAwMAAAAoAAdXq8mQAAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);

// A 1×1 GIF.
const GIF = Uint8Array.from(atob('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=='), (c) => c.charCodeAt(0));

/** Serves `/images/*` (a real PNG, or GIF for *.gif), except names containing "broken" (404). */
export const images = () =>
  http.get('/images/:name', ({ params }) => {
    const name = String(params.name);
    if (name.includes('broken')) return new HttpResponse('not found', { status: 404 });
    return name.endsWith('.gif')
      ? new HttpResponse(GIF, { headers: { 'Content-Type': 'image/gif' } })
      : new HttpResponse(PNG, { headers: { 'Content-Type': 'image/png' } });
  });

/** A matchMedia stand-in answering `matches` for every query, with a way to flip it. */
export function fakeMatchMedia(matches: boolean) {
  const listeners = new Set<(event: MediaQueryListEvent) => void>();
  const fake = (query: string) =>
    ({
      matches,
      media: query,
      addEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) => listeners.delete(listener),
    }) as unknown as MediaQueryList;
  fake.set = (value: boolean) => {
    matches = value;
    for (const listener of listeners) listener({ matches: value } as MediaQueryListEvent);
  };
  return fake;
}
