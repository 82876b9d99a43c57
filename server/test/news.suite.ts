import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_ARTICLES_URL, generateArticles, generateTiles } from '../../src/mocks/data/news.js';
import { feed as mockFeed, rubriques as mockRubriques, tileView as mockTileView } from '../../src/mocks/domain/news.js';
import { assertProblem, call, server } from './harness.js';

// The mocks' domain on the same seed is the reference: the server must answer the same.
async function reference() {
  const { anchor } = await server();
  return { articles: generateArticles('default', anchor), tiles: generateTiles('default', anchor) };
}

describe('news', () => {
  it('GET /news/articles: the mocks’ feed for a signed-in user and for a visitor', async () => {
    const { articles } = await reference();
    const signedIn = await call('GET', '/news/articles?limit=50', { as: 'eleve' });
    assert.deepEqual(signedIn.body, { articles: mockFeed(articles, { anonymous: false, limit: 50 }), allArticlesUrl: ALL_ARTICLES_URL });
    const visitor = await call('GET', '/news/articles?limit=50');
    assert.deepEqual(visitor.body.articles, mockFeed(articles, { anonymous: true, limit: 50 }));
    assert.ok(visitor.body.articles.every((a: { visibility: string }) => a.visibility === 'public'));
    assert.ok(signedIn.body.articles.some((a: { visibility: string }) => a.visibility === 'private'));
  });

  it('filters by rubriques (comma-separated; unknown ids match nothing) with the default limit of 5', async () => {
    const { articles } = await reference();
    const res = await call('GET', '/news/articles?rubriques=rub-cdi,rub-vie-scolaire,rub-gone', { as: 'enseignant' });
    assert.deepEqual(res.body.articles, mockFeed(articles, { anonymous: false, limit: 5, rubriques: ['rub-cdi', 'rub-vie-scolaire', 'rub-gone'] }));
    const visitor = await call('GET', '/news/articles?rubriques=rub-vie-scolaire');
    assert.deepEqual(visitor.body.articles, []);
    const archive = await call('GET', '/news/articles?rubriques=rub-archives');
    assert.deepEqual(archive.body.articles, [], 'a rubrique without blog feeds nothing');
  });

  it('refuses a limit out of 1–50 with a 422 naming the field', async () => {
    for (const limit of ['0', '51', 'abc', '2.5']) {
      const res = await call('GET', `/news/articles?limit=${limit}`);
      assertProblem(res, 422, 'invalid');
      assert.equal(res.body.errors[0].field, 'limit');
    }
  });

  it('answers 304 when the feed did not change', async () => {
    const first = await call('GET', '/news/articles');
    const again = await call('GET', '/news/articles', { headers: { 'if-none-match': first.headers.get('etag')! } });
    assert.equal(again.status, 304);
  });

  it('GET /news/rubriques: private rubriques for signed-in users only', async () => {
    const all = await call('GET', '/news/rubriques', { as: 'eleve' });
    assert.deepEqual(all.body, { rubriques: mockRubriques() });
    const visitor = await call('GET', '/news/rubriques');
    assert.deepEqual(visitor.body.rubriques, mockRubriques().filter((r) => r.visibility !== 'private'));
  });
});

describe('tiles', () => {
  it('GET /home/tiles/{id}: the mocks’ view, the linked article included', async () => {
    const { articles, tiles } = await reference();
    for (const tile of tiles) {
      const res = await call('GET', `/home/tiles/${tile.id}`);
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, mockTileView(tile, articles, true));
    }
    assertProblem(await call('GET', '/home/tiles/nope'), 404, 'not-found');
  });

  it('PUT: admins only (401, 403 before looking at the body)', async () => {
    assertProblem(await call('PUT', '/home/tiles/news-1', { body: {} }), 401, 'unauthorized');
    assertProblem(await call('PUT', '/home/tiles/news-1', { as: 'enseignant', body: {} }), 403, 'forbidden');
  });

  it('PUT: saves valid settings and answers the saved tile', async () => {
    const settings = { type: 'news', title: 'Actualités', disabled: false, rubriques: ['rub-cdi', 'rub-as'], limit: 3 };
    const res = await call('PUT', '/home/tiles/news-1', { as: 'admin', body: settings });
    assert.equal(res.status, 200);
    assert.deepEqual({ ...res.body, updatedAt: undefined }, { ...settings, id: 'news-1', updatedAt: undefined });
    const read = await call('GET', '/home/tiles/news-1');
    assert.deepEqual(read.body, res.body);
  });

  it('PUT: a GET answer sent back is accepted (id, updatedAt, linkedArticle ignored)', async () => {
    const tile = await call('GET', '/home/tiles/banner-1', { as: 'admin' });
    const res = await call('PUT', '/home/tiles/banner-1', { as: 'admin', body: { ...tile.body, title: 'Bienvenue !' } });
    assert.equal(res.status, 200);
    assert.equal(res.body.title, 'Bienvenue !');
    assert.equal(res.body.linkedArticle.id, tile.body.articleId);
  });

  it('PUT: 422 with the fields at fault, and nothing saved', async () => {
    const before = await call('GET', '/home/tiles/news-1');
    const cases: Array<[unknown, string]> = [
      [{ type: 'banner', title: 'x', disabled: false }, 'type'],
      [{ type: 'news', title: 'x', disabled: false, rubriques: ['rub-archives'], limit: 3 }, 'rubriques[0]'],
      [{ type: 'news', title: 'x', disabled: false, rubriques: [], limit: 3 }, 'rubriques'],
      [{ type: 'news', title: 'x', disabled: false, rubriques: ['rub-cdi'], limit: 21 }, 'limit'],
      [{ type: 'news', title: 'x'.repeat(81), disabled: false, rubriques: ['rub-cdi'], limit: 2 }, 'title'],
      [{ type: 'news', title: 'x', disabled: 'no', rubriques: ['rub-cdi'], limit: 2 }, 'disabled'],
      [{ type: 'news', title: 'x', disabled: false, rubriques: ['rub-cdi'], limit: 2, colour: 'red' }, 'colour'],
    ];
    for (const [body, field] of cases) {
      const res = await call('PUT', '/home/tiles/news-1', { as: 'admin', body });
      assertProblem(res, 422, 'invalid');
      assert.ok(res.body.errors.some((e: { field: string }) => e.field === field), `${field} in ${JSON.stringify(res.body.errors)}`);
    }
    assert.deepEqual((await call('GET', '/home/tiles/news-1')).body, before.body);
  });

  it('PUT banner: decorative image only with a linked article; unsafe URLs refused', async () => {
    const image = { url: '/img.png', alt: '' };
    const refused = await call('PUT', '/home/tiles/banner-1', { as: 'admin', body: { type: 'banner', title: 'B', disabled: false, image, articleId: null } });
    assertProblem(refused, 422, 'invalid');
    assert.equal(refused.body.errors[0].field, 'image.alt');
    const script = await call('PUT', '/home/tiles/banner-1', { as: 'admin', body: { type: 'banner', title: 'B', disabled: false, image: { url: 'javascript:alert(1)', alt: 'x' } } });
    assert.equal(script.body.errors[0].field, 'image.url');
    const ok = await call('PUT', '/home/tiles/banner-1', { as: 'admin', body: { type: 'banner', title: 'B', disabled: false, image, articleId: 'art-03' } });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.linkedArticle.id, 'art-03');
  });

  it('bad JSON is a 400 problem, another content type a 415, never a 500', async () => {
    assertProblem(await call('PUT', '/home/tiles/news-1', { as: 'admin', body: '{"type":', headers: { 'content-type': 'application/json' } }), 400, 'invalid');
    assertProblem(await call('PUT', '/home/tiles/news-1', { as: 'admin', body: 'type=news', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported-type');
    assertProblem(await call('PUT', '/home/tiles/news-1', { as: 'admin' }), 422, 'invalid');
  });
});
