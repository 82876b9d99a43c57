import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import '../../src/tiles/define.js';
import type { EntTileBanner } from '../../src/tiles/define.js';
import type { Tile } from '../../src/shared/api/types.js';
import { OFF_CONTRACT, requestsReceived, worker } from '../support/msw.js';
import '../support/contract.js';
import { bannerArticle, bannerTile, fakeMatchMedia, images, problem, rubriques, signedIn, signedOut, tileHandler, until } from './fixtures.js';

const linked = bannerArticle;
const banner = bannerTile;

const root = (el: EntTileBanner) => el.shadowRoot!;
async function ready(el: EntTileBanner) {
  await el.loaded;
  await el.updateComplete;
}

describe('<ent-tile-banner>', () => {
  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers();
  });

  it('shows the image with its alt and the linked article on a white panel with a real link', async () => {
    worker.use(tileHandler(banner), signedIn(), images());
    const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere"></ent-tile-banner>`);
    await ready(el);
    const img = root(el).querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('/images/facade.jpg');
    expect(img.getAttribute('alt')).to.equal('La façade du collège Jules-Ferry au printemps');
    const panel = root(el).querySelector('[part="panel"]')!;
    expect(getComputedStyle(panel).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal('Tuile haute');
    const link = panel.querySelector('h3 a')!;
    expect(link.getAttribute('href')).to.equal('/articles/portes-ouvertes');
    expect(link.textContent).to.equal('Portes ouvertes le samedi 7 mars');
    expect(panel.querySelector('p')!.textContent).to.contain('Venez découvrir le collège');
    expect(root(el).querySelector('[part="motion-button"]')).to.equal(null);
    expect(el.hidden).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows the tile title as its heading, the article one level below; without a title, the article at heading-level', async () => {
    worker.use(tileHandler(banner), signedIn(), images());
    const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere" heading-level="3"></ent-tile-banner>`);
    await ready(el);
    const headings = [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent!.trim()}`);
    expect(headings).to.deep.equal(['h3 Tuile haute', 'h4 Portes ouvertes le samedi 7 mars']);
    expect(root(el).querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('Tuile haute');
    await expect(el).to.be.accessible();
    worker.use(tileHandler({ ...banner, title: '  ' }));
    const untitled = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere" heading-level="3"></ent-tile-banner>`);
    await ready(untitled);
    expect([...root(untitled).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName)).to.deep.equal(['h3']);
  });

  it('image only when no article is linked', async () => {
    worker.use(tileHandler({ ...banner, articleId: null, linkedArticle: undefined }), signedIn(), images());
    const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere"></ent-tile-banner>`);
    await ready(el);
    expect(root(el).querySelector('img')).not.to.equal(null);
    expect(root(el).querySelector('[part="panel"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders nothing and is hidden when disabled', async () => {
    worker.use(tileHandler({ ...banner, disabled: true }), signedIn(), images());
    const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere"></ent-tile-banner>`);
    await ready(el);
    expect(el.hidden).to.equal(true);
    expect(root(el).children.length).to.equal(0);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('hides itself for a tile of nulls (a broken back end), and for an image or article it cannot show', async () => {
    const nulls = { id: null, type: null, title: null, disabled: null, image: null, articleId: null, linkedArticle: null, updatedAt: null };
    const broken = { ...nulls, image: { url: 42, alt: null }, linkedArticle: { id: 'a', title: null, url: [] } };
    for (const body of [nulls, broken]) {
      worker.use(http.get('/api/home/tiles/:id', () => HttpResponse.json(body, { headers: { [OFF_CONTRACT]: '1' } })), signedIn(), images());
      const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere"></ent-tile-banner>`);
      await ready(el);
      expect(el.hidden).to.equal(true);
      expect(root(el).children.length).to.equal(0);
      expect(getComputedStyle(el).display).to.equal('none');
      fixtureCleanup();
    }
  });

  it('shows its error with a retry for an answer that is not a tile', async () => {
    worker.use(http.get('/api/home/tiles/:id', () => HttpResponse.json(['pas', 'une', 'tuile'], { headers: { [OFF_CONTRACT]: '1' } })), signedIn(), images());
    const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere"></ent-tile-banner>`);
    await ready(el);
    expect(el.hidden).to.equal(false);
    expect(root(el).querySelector('[part~="error"]')!.textContent).to.contain('Le service a renvoyé une réponse illisible');
    expect(root(el).querySelector('[part~="error"] button')!.textContent).to.contain('Réessayer');
    await expect(el).to.be.accessible();
  });

  it('never shows a private linked article on the public page or to an anonymous visitor', async () => {
    const privateLinked = { ...linked, visibility: 'private' as const, rubrique: { id: rubriques.profs.id, name: rubriques.profs.name } };
    worker.use(tileHandler({ ...banner, linkedArticle: privateLinked }), signedOut(), images());
    const pub = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere" public></ent-tile-banner>`);
    await ready(pub);
    expect(root(pub).querySelector('[part="panel"]')).to.equal(null);
    expect(root(pub).querySelector('img')).not.to.equal(null);
    const anon = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere"></ent-tile-banner>`);
    await ready(anon);
    expect(root(anon).querySelector('[part="panel"]')).to.equal(null);
  });

  it('does not link a javascript: article URL and renders hostile text as text', async () => {
    const hostile = { ...linked, title: '<b onclick="x()">Piège</b>', url: 'javascript:alert(1)' };
    worker.use(tileHandler({ ...banner, linkedArticle: hostile, image: { url: 'javascript:alert(1)', alt: 'x' } }), signedIn());
    const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere"></ent-tile-banner>`);
    await ready(el);
    expect(root(el).querySelector('a')).to.equal(null);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).querySelector('[part="panel"] h3')!.textContent!.trim()).to.equal('<b onclick="x()">Piège</b>');
  });

  it('hides the frame when the image is broken, keeping the article panel', async () => {
    worker.use(tileHandler({ ...banner, image: { url: '/images/broken.jpg', alt: 'Façade' } }), signedIn(), images());
    const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere"></ent-tile-banner>`);
    await ready(el);
    await until(() => root(el).querySelector('img') === null);
    expect(root(el).querySelector('[part="panel"]')).not.to.equal(null);
  });

  describe('animated images', () => {
    const gif: Tile = { ...banner, image: { url: '/images/rentree.gif', alt: 'Animation : les élèves de 6e le jour de la rentrée' } };

    it('under prefers-reduced-motion: a still frame and a "Lire l’animation" button', async () => {
      worker.use(tileHandler(gif), signedIn(), images());
      const media = fakeMatchMedia(true);
      const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere" .matchMedia=${media}></ent-tile-banner>`);
      await ready(el);
      expect(el.animating).to.equal(false);
      expect(root(el).querySelector('img')).to.equal(null);
      const still = root(el).querySelector('canvas')!;
      expect(still.getAttribute('role')).to.equal('img');
      expect(still.getAttribute('aria-label')).to.equal('Animation : les élèves de 6e le jour de la rentrée');
      await until(() => still.width === 1);
      const button = root(el).querySelector<HTMLButtonElement>('[part="motion-button"]')!;
      expect(button.textContent!.trim()).to.equal('Lire l’animation');
      await expect(el).to.be.accessible();
      button.click();
      await el.updateComplete;
      expect(el.animating).to.equal(true);
      expect(root(el).querySelector('img')!.getAttribute('src')).to.equal('/images/rentree.gif');
      expect(button.textContent!.trim()).to.equal('Mettre l’animation en pause');
    });

    it('without the preference: animated, with a pause button (WCAG 2.2.2), and it follows a change of preference', async () => {
      worker.use(tileHandler(gif), signedIn(), images());
      const media = fakeMatchMedia(false);
      const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere" lang="en" .matchMedia=${media}></ent-tile-banner>`);
      await ready(el);
      expect(el.animating).to.equal(true);
      expect(root(el).querySelector('[part="motion-button"]')!.textContent!.trim()).to.equal('Pause the animation');
      media.set(true);
      await el.updateComplete;
      expect(el.animating).to.equal(false);
      expect(root(el).querySelector('canvas')).not.to.equal(null);
      expect(root(el).querySelector('[part="motion-button"]')!.textContent!.trim()).to.equal('Play the animation');
    });

    it('a still image is not affected by the motion preference', async () => {
      worker.use(tileHandler(banner), signedIn(), images());
      const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere" .matchMedia=${fakeMatchMedia(true)}></ent-tile-banner>`);
      await ready(el);
      expect(root(el).querySelector('img')).not.to.equal(null);
      expect(root(el).querySelector('[part="motion-button"]')).to.equal(null);
    });
  });

  describe('states', () => {
    it('loading: aria-busy skeleton', async () => {
      worker.use(http.get('/api/home/tiles/:id', async () => { await delay('infinite'); return HttpResponse.json(banner); }));
      const received = requestsReceived('/api/home/tiles/banniere');
      const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere"></ent-tile-banner>`);
      expect(root(el).querySelector('[aria-busy="true"] [part="loading"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
      await received;
      el.remove();
    });

    for (const lang of ['fr', 'en']) {
      it(`error with retry (${lang})`, async () => {
        let calls = 0;
        worker.use(
          http.get('/api/home/tiles/:id', () => (++calls === 1 ? problem(500, 'Erreur interne') : HttpResponse.json(banner))),
          signedIn(),
          images(),
        );
        const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere" lang=${lang}></ent-tile-banner>`);
        await ready(el);
        expect(root(el).querySelector('[part="error"]')!.textContent).to.contain(lang === 'fr' ? 'Réessayer' : 'Try again');
        await expect(el).to.be.accessible();
        root(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
        await until(() => root(el).querySelector('img') !== null);
      });

      it(`forbidden (${lang})`, async () => {
        worker.use(http.get('/api/home/tiles/:id', () => problem(403, 'Accès refusé', { code: 'forbidden' })));
        const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere" lang=${lang}></ent-tile-banner>`);
        await ready(el);
        expect(root(el).querySelector('[part="forbidden"]')).not.to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('layout by container width', () => {
    async function panelPosition(width: number) {
      worker.use(tileHandler(banner), signedIn(), images());
      const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere" style=${`width: ${width}px`}></ent-tile-banner>`);
      await ready(el);
      const panel = root(el).querySelector<HTMLElement>('[part="panel"]')!;
      const frame = root(el).querySelector<HTMLElement>('.frame')!;
      expect(el.scrollWidth).to.be.at.most(width);
      return { position: getComputedStyle(panel).position, panel: panel.getBoundingClientRect(), frame: frame.getBoundingClientRect() };
    }

    it('narrow (280 px): the panel sits under the image', async () => {
      const { position, panel, frame } = await panelPosition(280);
      expect(position).to.equal('static');
      expect(panel.width).to.be.at.most(280);
      expect(panel.top).to.be.at.least(frame.bottom - 1);
    });

    it('wide: the panel sits beside the image, never over it', async () => {
      const { panel, frame } = await panelPosition(1100);
      expect(panel.height).to.be.greaterThan(0);
      expect(panel.left).to.be.at.least(frame.right - 1);
      expect(panel.top).to.be.below(frame.bottom);
    });

    // The image carries its own text (the school's name on the demo's): shown whole, never
    // cropped and never under the panel, at every width.
    for (const width of [320, 360, 1280]) {
      it(`${width} px: the whole image, uncropped, and nothing over it`, async () => {
        const { panel, frame } = await panelPosition(width);
        const img = root(document.querySelector('ent-tile-banner')!).querySelector('img')!;
        await until(() => img.complete && img.naturalWidth > 0);
        const box = img.getBoundingClientRect();
        // Drawn at the picture's own proportions: nothing cut off (object-fit: cover would).
        expect(box.height / box.width).to.be.closeTo(img.naturalHeight / img.naturalWidth, 0.01);
        expect(box.width).to.be.at.most(width);
        expect(frame.height).to.be.closeTo(box.height, 1);
        const overlap = Math.max(0, Math.min(panel.right, frame.right) - Math.max(panel.left, frame.left)) * Math.max(0, Math.min(panel.bottom, frame.bottom) - Math.max(panel.top, frame.top));
        expect(overlap).to.equal(0);
      });
    }
  });
});
