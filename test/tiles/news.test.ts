import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import '../../src/tiles/define.js';
import type { EntTileNews } from '../../src/tiles/define.js';
import type { Article } from '../../src/shared/api/types.js';
import { worker, OFF_CONTRACT, requestsReceived } from '../support/msw.js';
import '../support/contract.js';
import { article, articles, feedServer, images, newsTile, problem, rubriques, signedIn, signedOut, tileHandler, until } from './fixtures.js';

function titles(el: EntTileNews): string[] {
  return [...el.shadowRoot!.querySelectorAll('article .article-title')].map((h) => h.textContent!.trim());
}
function root(el: EntTileNews): ShadowRoot {
  return el.shadowRoot!;
}
async function ready(el: EntTileNews): Promise<void> {
  await el.loaded;
  await el.updateComplete;
}
function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<ent-tile-news>', () => {
  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers();
    delete (document as { visibilityState?: unknown }).visibilityState;
    localStorage.clear();
  });

  describe('with a tile id', () => {
    it('renders the tile title and the articles, newest activity first', async () => {
      const feed = feedServer(articles);
      worker.use(tileHandler(newsTile), feed.handler, signedIn(), images());
      const el = await fixture<EntTileNews>(html`<ent-tile-news tile-id="actualites"></ent-tile-news>`);
      await ready(el);
      expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal('À la une au collège');
      expect(titles(el)).to.deep.equal(['Cross du collège : les résultats', 'Menus de la cantine de décembre', 'Réunion parents-professeurs des 3e']);
      expect(root(el).querySelectorAll('article h3')).to.have.length(3);
      const query = feed.requests[0]!.searchParams;
      expect(query.get('rubriques')).to.equal('rub-vie-scolaire,rub-unss');
      expect(query.get('limit')).to.equal('5');
      const first = root(el).querySelector('article')!;
      const link = first.querySelector('h3 a')!;
      expect(link.getAttribute('href')).to.equal('/articles/a-cross');
      expect(first.querySelector('.rubrique')!.textContent).to.equal('UNSS');
      const time = first.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2026-11-20T17:05:00+01:00');
      expect(time.textContent).to.equal('Publié le 20 novembre 2026');
      const all = root(el).querySelector<HTMLAnchorElement>('a.all')!;
      expect(all.textContent).to.equal('Toutes les actualités');
      expect(all.getAttribute('href')).to.equal('/actualites');
      expect(root(el).querySelector('section')!.getAttribute('aria-busy')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('sorts by last activity client-side too: an updated article moves up, marked "Mis à jour"', async () => {
      // The server (wrongly) sends them by publication date.
      const updated = article({ id: 'a-reunion', title: 'Réunion parents-professeurs des 3e', publishedAt: '2026-11-05T09:00:00+01:00', updatedAt: '2026-11-22T11:45:00+01:00' });
      const feed = feedServer([articles[0]!, articles[1]!, updated]);
      worker.use(tileHandler(newsTile), feed.handler, signedIn(), images());
      const el = await fixture<EntTileNews>(html`<ent-tile-news tile-id="actualites" lang="en"></ent-tile-news>`);
      await ready(el);
      expect(titles(el)[0]).to.equal('Réunion parents-professeurs des 3e');
      const time = root(el).querySelector('article time')!;
      expect(time.textContent).to.equal('Updated on 22 November 2026');
      expect(time.getAttribute('datetime')).to.equal('2026-11-22T11:45:00+01:00');
      await expect(el).to.be.accessible();
    });

    it('renders nothing and is hidden when the tile is disabled', async () => {
      worker.use(tileHandler({ ...newsTile, disabled: true }), signedIn());
      const el = await fixture<EntTileNews>(html`<ent-tile-news tile-id="actualites"></ent-tile-news>`);
      await ready(el);
      expect(el.hidden).to.equal(true);
      expect(root(el).querySelector('section')).to.equal(null);
    });

    it('explains an empty tile: no rubrique chosen', async () => {
      worker.use(tileHandler({ ...newsTile, rubriques: [] }), signedIn());
      const el = await fixture<EntTileNews>(html`<ent-tile-news tile-id="actualites"></ent-tile-news>`);
      await ready(el);
      expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain('Aucune rubrique choisie');
      await expect(el).to.be.accessible();
    });
  });

  describe('with direct rubriques', () => {
    it('uses rubriques and limit, cuts to the limit and sets heading levels', async () => {
      const feed = feedServer(articles);
      worker.use(feed.handler, signedIn(), images());
      const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss, rub-vie-scolaire" limit="2" heading-level="3"></ent-tile-news>`);
      await ready(el);
      expect(feed.requests[0]!.searchParams.get('rubriques')).to.equal('rub-unss,rub-vie-scolaire');
      expect(feed.requests[0]!.searchParams.get('limit')).to.equal('2');
      expect(root(el).querySelector('h3')!.textContent!.trim()).to.equal('Actualités');
      expect(root(el).querySelectorAll('article h4')).to.have.length(2);
    });

    it('empty in French and English: why, and what happens next', async () => {
      const feed = feedServer([]);
      worker.use(feed.handler, signedIn());
      for (const [lang, text] of [['fr', 'Aucune actualité pour le moment'], ['en', 'No news yet']] as const) {
        const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss" lang=${lang}></ent-tile-news>`);
        await ready(el);
        expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain(text);
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('private articles', () => {
    const privateArticle = article({
      id: 'a-conseil',
      title: 'Compte rendu du conseil pédagogique',
      rubrique: { id: rubriques.profs.id, name: rubriques.profs.name },
      visibility: 'private',
      publishedAt: '2026-11-23T18:00:00+01:00',
      updatedAt: '2026-11-23T18:00:00+01:00',
    });

    it('never shows a private article on the public page, even when the server sends one', async () => {
      const feed = feedServer([privateArticle, ...articles]);
      worker.use(feed.handler, signedIn(), images());
      const el = await fixture<EntTileNews>(html`<ent-tile-news public rubriques="rub-salle-des-profs,rub-unss"></ent-tile-news>`);
      await ready(el);
      expect(titles(el)).not.to.include('Compte rendu du conseil pédagogique');
      expect(titles(el)).to.have.length(3);
    });

    it('never shows one when nobody is signed in', async () => {
      const feed = feedServer([privateArticle, ...articles]);
      worker.use(feed.handler, signedOut(), images());
      const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-salle-des-profs,rub-unss"></ent-tile-news>`);
      await ready(el);
      expect(titles(el)).not.to.include('Compte rendu du conseil pédagogique');
    });

    it('shows it to a signed-in user on the personal page', async () => {
      const feed = feedServer([privateArticle, ...articles]);
      worker.use(feed.handler, signedIn(), images());
      const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-salle-des-profs,rub-unss"></ent-tile-news>`);
      await ready(el);
      expect(titles(el)[0]).to.equal('Compte rendu du conseil pédagogique');
    });

    it('says why the public tile is empty when every article is private', async () => {
      const feed = feedServer([privateArticle]);
      worker.use(feed.handler);
      const el = await fixture<EntTileNews>(html`<ent-tile-news public rubriques="rub-salle-des-profs"></ent-tile-news>`);
      await ready(el);
      expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain('réservés aux utilisateurs connectés');
      expect(root(el).querySelectorAll('article')).to.have.length(0);
    });
  });

  describe('illustrations', () => {
    it('crops to 680×383 with object-fit: cover, lazy, srcset + sizes, alt from the data', async () => {
      const small = article({ id: 'a-small', title: 'Petite image', illustration: { url: '/images/small.png', alt: 'Le CDI rénové', width: 320, height: 180 } });
      const feed = feedServer([articles[0]!, small]);
      worker.use(feed.handler, signedIn(), images());
      const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss" style="width: 400px"></ent-tile-news>`);
      await ready(el);
      const [big, smallImg] = [...root(el).querySelectorAll('img')];
      expect(big!.getAttribute('loading')).to.equal('lazy');
      expect(big!.getAttribute('alt')).to.equal('Départ du cross des 6e sur la pelouse du parc');
      expect(big!.getAttribute('srcset')).to.equal('/images/cross-680.jpg 680w, /images/cross-1360.jpg 1360w, /images/cross.jpg 1360w');
      expect(big!.getAttribute('sizes')).to.be.a('string');
      for (const img of [big!, smallImg!]) {
        expect(getComputedStyle(img).objectFit).to.equal('cover');
        const frame = img.parentElement!.getBoundingClientRect();
        expect(frame.width / frame.height).to.be.closeTo(680 / 383, 0.02);
        const box = img.getBoundingClientRect();
        expect(box.width).to.be.closeTo(frame.width, 1);
        expect(box.height).to.be.closeTo(frame.height, 1);
      }
      expect(smallImg!.getAttribute('alt')).to.equal('Le CDI rénové');
    });

    it('decorative illustrations get alt=""; an article without one has no image box at all', async () => {
      const feed = feedServer(articles);
      worker.use(feed.handler, signedIn(), images());
      const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss"></ent-tile-news>`);
      await ready(el);
      const cards = [...root(el).querySelectorAll('article')];
      expect(cards[1]!.querySelector('img')!.getAttribute('alt')).to.equal('');
      expect(cards[2]!.querySelector('img')).to.equal(null);
      expect(cards[2]!.querySelector('[part~="illustration"]')).to.equal(null);
      expect(cards[2]!.querySelector('[part~="placeholder"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    for (const width of [320, 800]) {
      it(`lays a card without illustration out as text alone, its title first, at ${width} px`, async () => {
        const bare = article({ id: 'a-bare', title: 'Fermeture du secrétariat', summary: 'Mercredi après-midi.', illustration: undefined });
        const pictured = article({ id: 'a-pictured', title: 'Cross du collège', illustration: { url: '/images/cross-680.jpg', alt: '', width: 680, height: 383 } });
        worker.use(feedServer([bare, pictured]).handler, signedIn(), images());
        const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss" style=${`display: block; width: ${width}px`}></ent-tile-news>`);
        await ready(el);
        const card = root(el).querySelector<HTMLElement>('article[data-id="a-bare"]')!;
        const title = card.querySelector('.article-title')!.getBoundingClientRect();
        const box = card.getBoundingClientRect();
        // No 16:9 box above or beside it: the title starts at the card's top left, the text spans the card.
        expect(title.top - box.top).to.be.below(2);
        expect(title.left - box.left).to.be.below(2);
        expect(card.querySelector('.body')!.getBoundingClientRect().width).to.be.closeTo(box.width, 1);
        expect(box.height).to.be.below((width * 383) / 680);
        // The card with an illustration still shows it.
        expect(root(el).querySelector('article[data-id="a-pictured"] img')).not.to.equal(null);
      });
    }

    it('a broken image URL leaves the card without an image (no broken icon, no empty box)', async () => {
      const broken = article({ id: 'a-broken', title: 'Image cassée', illustration: { url: '/images/broken.jpg', alt: 'Photo de classe' } });
      const feed = feedServer([broken]);
      worker.use(feed.handler, signedIn(), images());
      const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss"></ent-tile-news>`);
      await ready(el);
      const img = root(el).querySelector('img')!;
      // lazy images load once in view; the fixture is in view.
      await until(() => root(el).querySelector('img') === null);
      expect(img.isConnected).to.equal(false);
      expect(root(el).querySelector('[part~="illustration"]')).to.equal(null);
    });
  });

  describe('an article that cannot be drawn', () => {
    it('is replaced by a short localised notice; the other articles stay', async () => {
      // The browser's date formatting throws for this one article's date (as any drawing fault would).
      const faulty = article({ id: 'a-faulty', title: 'Article en défaut', publishedAt: '2026-11-11T11:11:00+01:00', updatedAt: '2026-11-11T11:11:00+01:00', illustration: undefined });
      const others = [article({ id: 'a-one', title: 'Premier', publishedAt: '2026-11-12T08:00:00+01:00', updatedAt: '2026-11-12T08:00:00+01:00', illustration: undefined }), article({ id: 'a-two', title: 'Second', publishedAt: '2026-11-10T08:00:00+01:00', updatedAt: '2026-11-10T08:00:00+01:00', illustration: undefined })];
      const descriptor = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!;
      const bad = Date.parse(faulty.publishedAt);
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
        configurable: true,
        get(this: Intl.DateTimeFormat) {
          const format = descriptor.get!.call(this) as (date?: Date | number) => string;
          return (date?: Date | number) => {
            if (date !== undefined && +date === bad) throw new RangeError('cannot format');
            return format(date);
          };
        },
      });
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => void warnings.push(args);
      try {
        worker.use(feedServer([others[0]!, faulty, others[1]!]).handler, signedIn(), images());
        for (const lang of ['fr', 'en'] as const) {
          const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss" lang=${lang}></ent-tile-news>`);
          await ready(el);
          const items = [...root(el).querySelectorAll('li')];
          expect(items).to.have.length(3);
          expect(titles(el)).to.deep.equal(['Premier', 'Second']);
          expect(items[1]!.querySelector('article')).to.equal(null);
          expect(items[1]!.textContent!.trim()).to.equal(lang === 'fr' ? 'Cet article ne peut pas être affiché.' : 'This article cannot be displayed.');
          await expect(el).to.be.accessible();
        }
        expect(warnings.some(([first]) => String(first).includes('<ent-tile-news>: a record could not be drawn'))).to.equal(true);
        // Never the record's data in the console.
        expect(JSON.stringify(warnings.map((args) => args.map(String)))).not.to.contain('Article en défaut');
      } finally {
        Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', descriptor);
        console.warn = warn;
      }
    });
  });

  describe('hostile content', () => {
    it('renders titles and summaries as text and does not link javascript: URLs', async () => {
      const hostile = article({
        id: 'a-xss',
        title: '<img src=x onerror="window.__pwned=1">Sortie au musée',
        summary: '<script>window.__pwned=1</script><b>gras</b>',
        url: 'javascript:window.__pwned=1',
        illustration: { url: 'javascript:alert(1)', alt: 'x' },
      });
      const feed = feedServer([hostile]);
      worker.use(feed.handler, signedIn());
      const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss"></ent-tile-news>`);
      await ready(el);
      const card = root(el).querySelector('article')!;
      expect(card.querySelector('.article-title')!.textContent!.trim()).to.equal('<img src=x onerror="window.__pwned=1">Sortie au musée');
      expect(card.querySelector('.summary')!.textContent).to.equal('<script>window.__pwned=1</script><b>gras</b>');
      expect(card.querySelector('a')).to.equal(null);
      expect(card.querySelector('img')).to.equal(null);
      expect(card.querySelector('script, b')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('does not link an unsafe "Toutes les actualités" URL', async () => {
      const feed = feedServer(articles, 'javascript:alert(1)');
      worker.use(feed.handler, signedIn(), images());
      const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss"></ent-tile-news>`);
      await ready(el);
      expect(root(el).querySelector('a.all')).to.equal(null);
    });
  });

  describe('revalidation', () => {
    it('a 304 keeps the same DOM (no re-render); a change re-renders and is announced politely', async () => {
      const feed = feedServer(articles);
      worker.use(feed.handler, signedIn(), images());
      const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss" refresh-interval="0"></ent-tile-news>`);
      await ready(el);
      const first = root(el).querySelector('article')!;
      let renders = 0;
      const original = (el as unknown as { render: () => unknown }).render;
      (el as unknown as { render: () => unknown }).render = function (this: EntTileNews) {
        renders++;
        return original.call(this);
      };
      await el.refresh();
      await el.updateComplete;
      expect(feed.notModified).to.equal(1);
      expect(feed.requests.at(-1)).to.exist;
      expect(renders).to.equal(0);
      expect(root(el).querySelector('article')).to.equal(first);

      const fresh = article({ id: 'a-brevet', title: 'Brevet blanc : calendrier', publishedAt: '2026-11-24T08:00:00+01:00', updatedAt: '2026-11-24T08:00:00+01:00' });
      feed.set([fresh, ...articles]);
      await el.refresh();
      await el.updateComplete;
      expect(titles(el)[0]).to.equal('Brevet blanc : calendrier');
      const status = root(el).querySelector('p[role="status"]')!;
      await until(() => status.textContent === 'Les actualités ont été mises à jour.');
    });

    it('revalidates every refresh-interval while visible, pauses when hidden, revalidates at once when visible again', async () => {
      const feed = feedServer(articles);
      worker.use(feed.handler, signedIn(), images());
      const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss" refresh-interval="0.05"></ent-tile-news>`);
      await ready(el);
      await until(() => feed.requests.length >= 3);
      setVisibility('hidden');
      await new Promise((resolve) => setTimeout(resolve, 30));
      const paused = feed.requests.length;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(feed.requests.length).to.equal(paused);
      el.refreshInterval = 3600;
      setVisibility('visible');
      await until(() => feed.requests.length === paused + 1);
      expect(feed.requests.at(-1)).to.exist;
    });

    it('keeps the last good list with a notice when a refresh fails (stale), then recovers', async () => {
      const feed = feedServer(articles);
      worker.use(feed.handler, signedIn(), images());
      const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss" refresh-interval="0" lang="en"></ent-tile-news>`);
      await ready(el);
      feed.fail = () => problem(503, 'Service indisponible', { code: 'unavailable' });
      await el.refresh();
      await el.updateComplete;
      expect(titles(el)).to.have.length(3);
      expect(root(el).querySelector('[part="stale-notice"]')!.textContent).to.contain('Cannot connect');
      await expect(el).to.be.accessible();
      feed.fail = undefined;
      await el.refresh();
      await el.updateComplete;
      expect(root(el).querySelector('[part="stale-notice"]')).to.equal(null);
    });

    it('shows the stored list, marked stale, when the first load fails after an earlier visit', async () => {
      const feed = feedServer(articles);
      worker.use(feed.handler, signedOut(), images());
      const first = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss" refresh-interval="0"></ent-tile-news>`);
      await ready(first);
      first.remove();
      feed.fail = () => problem(500, 'Erreur interne');
      const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss" refresh-interval="0"></ent-tile-news>`);
      await ready(el);
      expect(titles(el)).to.have.length(3);
      expect(root(el).querySelector('[part="stale-notice"]')).not.to.equal(null);
    });
  });

  describe('states', () => {
    it('loading: a skeleton, aria-busy', async () => {
      worker.use(http.get('/api/news/articles', async () => { await delay('infinite'); return HttpResponse.json({ articles: [] }); }), signedIn());
      const received = requestsReceived('/api/news/articles', '/api/me');
      const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss"></ent-tile-news>`);
      expect(root(el).querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
      expect(root(el).querySelector('[part="loading"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
      await received;
      el.remove();
    });

    for (const lang of ['fr', 'en']) {
      it(`error with a working retry (${lang})`, async () => {
        let calls = 0;
        worker.use(
          http.get('/api/news/articles', () => (++calls === 1 ? problem(500, 'Erreur interne') : HttpResponse.json({ articles }))),
          signedIn(),
          images(),
        );
        const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss" lang=${lang}></ent-tile-news>`);
        await ready(el);
        const error = root(el).querySelector('[part="error"]')!;
        expect(error.textContent).to.contain(lang === 'fr' ? 'Le chargement a échoué' : 'Loading failed');
        await expect(el).to.be.accessible();
        root(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
        await ready(el);
        expect(titles(el)).to.have.length(3);
      });

      it(`forbidden (${lang})`, async () => {
        worker.use(http.get('/api/home/tiles/:id', () => problem(403, 'Accès refusé', { code: 'forbidden' })), signedIn());
        const el = await fixture<EntTileNews>(html`<ent-tile-news tile-id="actualites" lang=${lang}></ent-tile-news>`);
        await ready(el);
        expect(root(el).querySelector('[part="forbidden"]')!.textContent).to.contain(lang === 'fr' ? 'Accès refusé' : 'Access denied');
        await expect(el).to.be.accessible();
      });
    }

    it('a malformed response is an error, not a crash', async () => {
      worker.use(http.get('/api/news/articles', () => new HttpResponse('{oops', { headers: { 'Content-Type': 'application/json', [OFF_CONTRACT]: '1' } })), signedIn());
      const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss"></ent-tile-news>`);
      await ready(el);
      expect(root(el).querySelector('[part="error"]')).not.to.equal(null);
    });
  });

  describe('events', () => {
    it('ent-tile-news-open is cancelable and stops the navigation', async () => {
      const feed = feedServer(articles);
      worker.use(feed.handler, signedIn(), images());
      const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss"></ent-tile-news>`);
      await ready(el);
      const link = root(el).querySelector<HTMLAnchorElement>('article a')!;
      let event: CustomEvent<{ article: Article }> | undefined;
      el.addEventListener('ent-tile-news-open', (e) => {
        event = e as CustomEvent<{ article: Article }>;
        e.preventDefault();
      });
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
      expect(event!.detail.article.id).to.equal('a-cross');
      expect(event!.cancelable).to.equal(true);
      expect(event!.composed).to.equal(true);
    });
  });

  describe('layout by container width', () => {
    async function layout(width: number): Promise<string[]> {
      const feed = feedServer(articles);
      worker.use(feed.handler, signedIn(), images());
      const el = await fixture<EntTileNews>(html`<ent-tile-news rubriques="rub-unss" style=${`width: ${width}px`}></ent-tile-news>`);
      await ready(el);
      const card = root(el).querySelector('article')!;
      expect(card.scrollWidth).to.be.at.most(width);
      return getComputedStyle(card).gridTemplateColumns.split(' ');
    }

    it('one column at 280 px: image above text', async () => {
      expect(await layout(280)).to.have.length(1);
    });

    it('image beside text when wide', async () => {
      const columns = await layout(900);
      expect(columns).to.have.length(2);
      expect(parseFloat(columns[0]!)).to.be.lessThan(parseFloat(columns[1]!));
    });
  });
});
