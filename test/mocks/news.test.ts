// News feed, rubriques and tiles of the mock.
import { expect } from '@open-wc/testing';
import '../support/contract.js';
import { as, expectOnlyRequestDrift, get, ok, put, useMockApi } from './helpers.js';

const PRIVATE = ['rub-vie-scolaire', 'rub-salle-des-profs'];

describe('news mock', () => {
  useMockApi({ user: 'anonyme' });

  it('never sends a private article to an anonymous visitor, even when asked for its rubrique', async () => {
    const all = (await ok(`/news/articles?limit=50&rubriques=${PRIVATE.join(',')},rub-cdi`)).articles;
    expect(all.length).to.be.greaterThan(0);
    for (const article of all) {
      expect(article.visibility).to.equal('public');
      expect(PRIVATE).not.to.include(article.rubrique.id);
    }
    const banner = await ok('/home/tiles/banner-1');
    expect(banner.linkedArticle.visibility).to.equal('public');
    expect((await ok('/news/rubriques')).rubriques.map((r: any) => r.id)).not.to.include.members(PRIVATE);
    as('eleve');
    const signedIn = (await ok(`/news/articles?limit=50&rubriques=${PRIVATE.join(',')}`)).articles;
    expect(signedIn.length).to.be.greaterThan(0);
    expect(signedIn.every((a: any) => a.visibility === 'private')).to.equal(true);
  });

  it('orders by last activity: an updated article comes back to the top', async () => {
    as('eleve');
    const articles = (await ok('/news/articles?limit=50')).articles;
    expect(articles.length).to.be.within(20, 30);
    const updated = articles.map((a: any) => Date.parse(a.updatedAt));
    expect(updated).to.deep.equal([...updated].sort((a, b) => b - a));
    // The weekly menu was published six days ago and updated today: first, before newer articles.
    expect(articles[0].title).to.match(/^Menu de la cantine/);
    expect(Date.parse(articles[0].publishedAt)).to.be.lessThan(Date.parse(articles[1].publishedAt));
    expect(articles.filter((a: any) => a.updatedAt !== a.publishedAt).length).to.be.at.least(4);
    // Paris offsets: summer time before the end of October, winter time after.
    const offsets = new Set(articles.map((a: any) => a.publishedAt.slice(-6)));
    expect([...offsets].sort()).to.deep.equal(['+01:00', '+02:00']);
  });

  it('filters by rubriques, honours the limit, and only feeds from blog-enabled rubriques', async () => {
    const cdi = (await ok('/news/articles?rubriques=rub-cdi&limit=2')).articles;
    expect(cdi).to.have.length(2);
    expect(cdi.every((a: any) => a.rubrique.id === 'rub-cdi')).to.equal(true);
    expect((await ok('/news/articles')).articles).to.have.length(5);
    expect((await ok('/news/articles?rubriques=rub-archives')).articles).to.deep.equal([]);
    expect((await ok('/news/articles?rubriques=rub-inconnue')).articles).to.deep.equal([]);
    const refused = await get('/news/articles?limit=51');
    expect(refused.status).to.equal(422);
    expect(refused.body.errors[0].field).to.equal('limit');
  });

  it('serves illustrations as local SVGs with their sizes, some with srcset, one smaller, some without', async () => {
    as('eleve');
    const articles = (await ok('/news/articles?limit=50')).articles;
    const illustrated = articles.filter((a: any) => a.illustration);
    expect(articles.length - illustrated.length).to.be.at.least(1);
    expect(illustrated.some((a: any) => a.illustration.srcset?.length === 3)).to.equal(true);
    expect(illustrated.filter((a: any) => a.illustration.width < 680)).to.have.length(1);
    const image = new Image();
    image.src = illustrated[0].illustration.url;
    await image.decode();
    expect([image.naturalWidth, image.naturalHeight]).to.deep.equal([680, 383]);
    const banner = await ok('/home/tiles/banner-1');
    expect(banner.image).to.include({ width: 2000, height: 453 });
    const small = new Image();
    small.src = '/demo-assets/news/menu-cantine.svg?w=340';
    await small.decode();
    expect(small.naturalWidth).to.equal(340);
  });

  describe('tile settings', () => {
    it('are changed by admins only', async () => {
      const tile = await ok('/home/tiles/news-1');
      expect(tile).to.include({ id: 'news-1', type: 'news', limit: 5 });
      expect((await put('/home/tiles/news-1', tile)).status).to.equal(401);
      as('enseignant');
      expect((await put('/home/tiles/news-1', tile)).status).to.equal(403);
      as('admin');
      const saved = await put('/home/tiles/news-1', { ...tile, title: 'À la une', rubriques: ['rub-cdi'], limit: 3 });
      expect(saved.status).to.equal(200);
      expect(saved.body).to.include({ title: 'À la une', limit: 3 });
      expect(Date.parse(saved.body.updatedAt)).to.be.greaterThan(Date.parse(tile.updatedAt));
      as('anonyme');
      expect(await ok('/home/tiles/news-1')).to.deep.equal(saved.body);
    });

    it('explain what is wrong, field by field', async () => {
      as('admin');
      const tile = await ok('/home/tiles/news-1');
      const invalid = await put('/home/tiles/news-1', { ...tile, title: '  ', rubriques: ['rub-archives', 'rub-inconnue'], limit: 0 });
      expect(invalid.status).to.equal(422);
      expect(invalid.body.errors.map((e: any) => `${e.field} ${e.code}`)).to.have.members(['title required', 'rubriques[0] blog-disabled', 'rubriques[1] unknown', 'limit out-of-range']);
      // limit 0 is off the contract on purpose: only the request may be found at fault.
      await expectOnlyRequestDrift();
      const banner = await ok('/home/tiles/banner-1');
      const typeChange = await put('/home/tiles/banner-1', { ...banner, type: 'news' });
      expect(typeChange.body.errors[0]).to.include({ field: 'type', code: 'immutable' });
      // A banner image may be decorative only when an article carries the message.
      const noAlt = await put('/home/tiles/banner-1', { ...banner, articleId: null, image: { ...banner.image, alt: '' } });
      expect(noAlt.body.errors).to.deep.equal([{ field: 'image.alt', code: 'required', message: noAlt.body.errors[0].message }]);
      const decorative = await put('/home/tiles/banner-1', { ...banner, image: { ...banner.image, alt: '' } });
      expect(decorative.status).to.equal(200);
      const unsafe = await put('/home/tiles/banner-1', { ...banner, image: { ...banner.image, url: 'javascript:alert(1)' } });
      expect(unsafe.body.errors[0]).to.include({ field: 'image.url', code: 'unsafe-url' });
    });

    it('resolve the banner’s linked article for the caller', async () => {
      as('admin');
      const banner = await ok('/home/tiles/banner-1');
      const privateArticle = (await ok('/news/articles?rubriques=rub-vie-scolaire&limit=1')).articles[0];
      const saved = await put('/home/tiles/banner-1', { ...banner, articleId: privateArticle.id });
      expect(saved.body.linkedArticle.id).to.equal(privateArticle.id);
      as('anonyme');
      const publicView = await ok('/home/tiles/banner-1');
      expect(publicView.articleId).to.equal(privateArticle.id);
      expect(publicView).not.to.have.property('linkedArticle');
    });
  });
});
