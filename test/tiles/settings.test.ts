import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/tiles/define.js';
import type { EntTileNews, EntTileSettings } from '../../src/tiles/define.js';
import { fieldOf } from '../../src/tiles/settings.js';
import type { Tile } from '../../src/shared/api/types.js';
import { configureMock, createHandlers, resetMockData, type DemoUser } from '../../src/mocks/index.js';
import { worker } from '../support/msw.js';
import '../support/contract.js';
import { article, newsTile, problem, rubriques, signedIn, tileHandler, until } from './fixtures.js';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector)!;

async function ready(el: EntTileSettings) {
  await el.loaded;
  await el.updateComplete;
}

async function mockAs(user: DemoUser) {
  resetMockData();
  configureMock({ user, scenario: 'default' });
  worker.use(...createHandlers());
}

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function rubriqueBox(el: EntTileSettings, id: string): HTMLInputElement {
  return $<HTMLInputElement>(el, `input[name="rubrique"][value="${id}"]`);
}

async function submit(el: EntTileSettings) {
  $<HTMLButtonElement>(el, '[part="save-button"]').click();
  await el.updateComplete;
  await until(() => !$<HTMLButtonElement>(el, '[part="save-button"]').disabled && !$(el, '[part="save-button"]').hasAttribute('aria-disabled'));
  await el.updateComplete;
}

describe('<ent-tile-settings>', () => {
  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers();
    configureMock({ user: 'eleve', scenario: 'default' });
    localStorage.clear();
  });

  it('maps 422 field paths onto the form fields', () => {
    expect(fieldOf('rubriques[2]')).to.equal('rubriques');
    expect(fieldOf('image.url')).to.equal('imageUrl');
    expect(fieldOf('image.alt')).to.equal('alt');
    expect(fieldOf('limit')).to.equal('limit');
    expect(fieldOf('nope')).to.equal(undefined);
  });

  describe('on the mock back end', () => {
    for (const lang of ['fr', 'en']) {
      it(`news tile: blog-enabled rubriques only, private ones flagged, accessible (${lang})`, async () => {
        await mockAs('admin');
        const el = await fixture<EntTileSettings>(html`<ent-tile-settings tile-id="news-1" lang=${lang}></ent-tile-settings>`);
        await ready(el);
        expect($<HTMLInputElement>(el, '#title').value).to.equal('Actualités du collège');
        expect($<HTMLInputElement>(el, '#limit').value).to.equal('5');
        const boxes = [...root(el).querySelectorAll<HTMLInputElement>('input[name="rubrique"]')];
        expect(boxes.map((b) => b.value)).not.to.include('rub-archives');
        expect(rubriqueBox(el, 'rub-cdi').checked).to.equal(true);
        expect(rubriqueBox(el, 'rub-as').checked).to.equal(false);
        const privateLabel = rubriqueBox(el, 'rub-salle-des-profs').closest('label')!;
        expect(privateLabel.textContent).to.contain(lang === 'fr' ? 'non visible par les visiteurs' : 'not visible to visitors');
        expect(rubriqueBox(el, 'rub-cdi').closest('label')!.querySelector('.tag')).to.equal(null);
        await el.feedLoaded;
        await expect(el).to.be.accessible();
      });
    }

    it('round trip, as a new admin would: add a rubrique, show 3 articles, and the home page shows it', async () => {
      await mockAs('admin');
      const el = await fixture<EntTileSettings>(html`<ent-tile-settings tile-id="news-1"></ent-tile-settings>`);
      await ready(el);
      expect($(el, 'h2').textContent!.trim()).to.equal('Réglages de la tuile d’actualités');
      rubriqueBox(el, 'rub-as').click();
      type($<HTMLInputElement>(el, '#limit'), '3');
      await el.updateComplete;
      // The live preview follows the draft.
      const preview = $<EntTileNews>(el, 'ent-tile-news');
      expect(preview.getAttribute('limit')).to.equal('3');
      expect(preview.getAttribute('rubriques')).to.contain('rub-as');
      setTimeout(() => $<HTMLButtonElement>(el, '[part="save-button"]').click());
      const saved = (await oneEvent(el, 'ent-tile-settings-saved')) as CustomEvent<{ tile: Tile }>;
      expect(saved.detail.tile.limit).to.equal(3);
      expect(saved.detail.tile.rubriques).to.include('rub-as');
      await el.updateComplete;
      expect($(el, '[role="status"] .message').textContent).to.equal('Réglages enregistrés.');

      const home = await fixture<EntTileNews>(html`<ent-tile-news tile-id="news-1"></ent-tile-news>`);
      await home.loaded;
      await home.updateComplete;
      expect(root(home).querySelectorAll('article')).to.have.length(3);
      expect($(home, 'h2').textContent!.trim()).to.equal('Actualités du collège');

      configureMock({ user: 'anonyme' });
      const publicHome = await fixture<EntTileNews>(html`<ent-tile-news tile-id="news-1" public></ent-tile-news>`);
      await publicHome.loaded;
      await publicHome.updateComplete;
      const cards = [...root(publicHome).querySelectorAll('article')];
      expect(cards).to.have.length.within(1, 3);
      for (const card of cards) expect(card.querySelector('.rubrique')!.textContent).not.to.equal('Salle des professeurs');
      await expect(publicHome).to.be.accessible();
    });

    it('a tile on the same page shows the saved settings at once', async () => {
      await mockAs('admin');
      const page = await fixture(html`<div>
        <ent-tile-news tile-id="news-1" refresh-interval="0"></ent-tile-news>
        <ent-tile-settings tile-id="news-1"></ent-tile-settings>
      </div>`);
      const news = page.querySelector('ent-tile-news')!;
      const el = page.querySelector('ent-tile-settings')!;
      await ready(el);
      await news.loaded;
      expect(root(news).querySelectorAll('article')).to.have.length(5);
      type($<HTMLInputElement>(el, '#limit'), '2');
      type($<HTMLInputElement>(el, '#title'), 'La vie du collège');
      await submit(el);
      await until(() => root(news).querySelectorAll('article').length === 2);
      expect($(news, 'h2').textContent!.trim()).to.equal('La vie du collège');
    });

    it('banner tile: edit the alt text, unlink the article, preview follows, save', async () => {
      await mockAs('admin');
      const el = await fixture<EntTileSettings>(html`<ent-tile-settings tile-id="banner-1"></ent-tile-settings>`);
      await ready(el);
      // Not « Réglages de la tuile « Tuile haute (bannière) » ».
      expect($(el, 'h2').textContent!.trim()).to.equal('Réglages de la bannière');
      expect($<HTMLInputElement>(el, '#imageUrl').value).to.equal('/demo-assets/news/banner-college.svg');
      const select = $<HTMLSelectElement>(el, '#articleId');
      expect(select.value).to.equal('art-02');
      const banner = $(el, 'ent-tile-banner');
      await until(() => root(banner).querySelector('[part="panel"]') !== null);
      expect(root(banner).querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('Bienvenue au Collège Jules-Ferry');
      await expect(el).to.be.accessible();
      type($<HTMLInputElement>(el, '#title'), 'Bienvenue !');
      await until(() => root(banner).querySelector('[part~="heading"]')?.textContent?.trim() === 'Bienvenue !');
      select.value = '';
      select.dispatchEvent(new Event('change'));
      type($<HTMLInputElement>(el, '#alt'), 'La cour sous la neige');
      await el.updateComplete;
      await until(() => root(banner).querySelector('[part="panel"]') === null);
      expect(root(banner).querySelector('img')!.getAttribute('alt')).to.equal('La cour sous la neige');
      setTimeout(() => $<HTMLButtonElement>(el, '[part="save-button"]').click());
      const saved = (await oneEvent(el, 'ent-tile-settings-saved')) as CustomEvent<{ tile: Tile }>;
      expect(saved.detail.tile.articleId).to.equal(null);
      expect(saved.detail.tile.image!.alt).to.equal('La cour sous la neige');
    });

    it('banner tile: upload an image (POST /uploads)', async () => {
      await mockAs('admin');
      const el = await fixture<EntTileSettings>(html`<ent-tile-settings tile-id="banner-1" lang="en"></ent-tile-settings>`);
      await ready(el);
      const canvas = document.createElement('canvas');
      canvas.width = 2000;
      canvas.height = 453;
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
      const transfer = new DataTransfer();
      transfer.items.add(new File([blob], 'rentree.png', { type: 'image/png' }));
      const input = $<HTMLInputElement>(el, '#imageFile');
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await until(() => $<HTMLInputElement>(el, '#imageUrl').value !== '/demo-assets/news/banner-college.svg');
      expect($(el, '[role="status"] .message').textContent).to.equal('Image uploaded: rentree.png. Describe it in “Alternative text of the image”.');
      // The old image's alternative text does not describe the new one.
      expect($<HTMLInputElement>(el, '#alt').value).to.equal('');
      await until(() => root($(el, 'ent-tile-banner')).querySelector('img')?.getAttribute('alt') === '');
      setTimeout(() => $<HTMLButtonElement>(el, '[part="save-button"]').click());
      const saved = (await oneEvent(el, 'ent-tile-settings-saved')) as CustomEvent<{ tile: Tile }>;
      expect(saved.detail.tile.image).to.include({ width: 2000, height: 453 });
    });

    it('refuses non-admins with a clear message, and asks visitors to sign in', async () => {
      await mockAs('eleve');
      const el = await fixture<EntTileSettings>(html`<ent-tile-settings tile-id="news-1"></ent-tile-settings>`);
      await ready(el);
      expect($(el, '[part="forbidden"]').textContent).to.contain('Seuls les administrateurs');
      expect(root(el).querySelector('form')).to.equal(null);
      await expect(el).to.be.accessible();
      configureMock({ user: 'anonyme' });
      const anon = await fixture<EntTileSettings>(html`<ent-tile-settings tile-id="news-1" lang="en"></ent-tile-settings>`);
      await ready(anon);
      expect($(anon, '[part="signed-out"]')).to.exist;
    });
  });

  describe('failure paths', () => {
    const admin = () => signedIn();
    const rubriquesHandler = () =>
      http.get('/api/news/rubriques', () => HttpResponse.json({ rubriques: Object.values(rubriques) }));
    const feedHandler = (list = [article({ id: 'a1', title: 'Kermesse' })]) =>
      http.get('/api/news/articles', () => HttpResponse.json({ articles: list }));

    async function mountNews(): Promise<EntTileSettings> {
      const el = await fixture<EntTileSettings>(html`<ent-tile-settings tile-id="actualites"></ent-tile-settings>`);
      await ready(el);
      return el;
    }

    it('checks the form before sending: an empty title is marked on its field, nothing is sent', async () => {
      let puts = 0;
      worker.use(admin(), tileHandler(newsTile), rubriquesHandler(), feedHandler(), http.put('/api/home/tiles/:id', () => (puts++, HttpResponse.json(newsTile))));
      const el = await mountNews();
      type($<HTMLInputElement>(el, '#title'), '  ');
      await submit(el);
      const title = $<HTMLInputElement>(el, '#title');
      expect(puts).to.equal(0);
      expect(title.getAttribute('aria-invalid')).to.equal('true');
      expect(title.getAttribute('aria-describedby')).to.contain('title-error');
      expect($(el, '#title-error').textContent).to.equal('Donnez un titre à la tuile.');
      expect(root(el).activeElement).to.equal(title);
      await expect(el).to.be.accessible();
    });

    it('422: the server’s field errors are shown on their fields, the form is kept', async () => {
      worker.use(
        admin(),
        tileHandler(newsTile),
        rubriquesHandler(),
        feedHandler(),
        http.put('/api/home/tiles/:id', () =>
          problem(422, 'Saisie invalide', {
            code: 'invalid',
            errors: [
              { field: 'rubriques[1]', code: 'blog-disabled', message: 'Le blog de la rubrique « UNSS » n’est pas activé.' },
              { field: 'limit', code: 'out-of-range', message: 'Le nombre d’articles va de 1 à 20.' },
            ],
          }),
        ),
      );
      const el = await mountNews();
      type($<HTMLInputElement>(el, '#title'), 'Nos actualités');
      await submit(el);
      expect($<HTMLInputElement>(el, '#title').value).to.equal('Nos actualités');
      const group = $(el, '#rubriques');
      expect(group.getAttribute('aria-invalid')).to.equal('true');
      expect(group.getAttribute('aria-describedby')).to.contain('rubriques-error');
      expect($(el, '#rubriques-error').textContent).to.contain('UNSS');
      expect($(el, '#limit').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '[role="alert"] .message').textContent).to.contain('Corrigez les champs');
      await expect(el).to.be.accessible();
    });

    it('403 on save: the admin-only message, the form kept', async () => {
      worker.use(admin(), tileHandler(newsTile), rubriquesHandler(), feedHandler(), http.put('/api/home/tiles/:id', () => problem(403, 'Accès refusé', { code: 'forbidden' })));
      const el = await mountNews();
      rubriqueBox(el, rubriques.profs.id).click();
      await submit(el);
      expect($(el, '[role="alert"] .message').textContent).to.contain('Seuls les administrateurs');
      expect(rubriqueBox(el, rubriques.profs.id).checked).to.equal(true);
    });

    it('500 on save: a failure message, changes kept, and a retry works', async () => {
      let calls = 0;
      worker.use(
        admin(),
        tileHandler(newsTile),
        rubriquesHandler(),
        feedHandler(),
        http.put('/api/home/tiles/:id', async ({ request }) =>
          ++calls === 1 ? problem(500, 'Erreur interne') : HttpResponse.json({ ...(await request.json() as object), id: 'actualites' }),
        ),
      );
      const el = await mountNews();
      type($<HTMLInputElement>(el, '#limit'), '4');
      await submit(el);
      expect($(el, '[role="alert"] .message').textContent).to.contain('Vos modifications sont conservées');
      expect($<HTMLInputElement>(el, '#limit').value).to.equal('4');
      await submit(el);
      expect($(el, '[role="status"] .message').textContent).to.equal('Réglages enregistrés.');
    });

    it('warns about feed articles without illustration or smaller than 680×383', async () => {
      const list = [
        article({ id: 'a1', title: 'Kermesse', illustration: undefined }),
        article({ id: 'a2', title: 'Chorale', illustration: { url: '/images/chorale.jpg', alt: '', width: 320, height: 180 } }),
        article({ id: 'a3', title: 'Voyage à Rome' }),
      ];
      worker.use(admin(), tileHandler(newsTile), rubriquesHandler(), feedHandler(list), http.get('/images/:name', () => new HttpResponse(null, { status: 404 })));
      const el = await mountNews();
      await el.feedLoaded;
      await el.updateComplete;
      const items = [...root(el).querySelectorAll('[part="warnings"] li')].map((li) => li.textContent!.trim());
      expect(items).to.have.length(2);
      expect(items[0]).to.contain('« Kermesse » n’a pas d’illustration');
      expect(items[1]).to.contain('320 × 180 px');
    });

    it('loading and error states', async () => {
      let calls = 0;
      worker.use(admin(), http.get('/api/home/tiles/:id', () => (++calls === 1 ? problem(500, 'Erreur interne') : HttpResponse.json(newsTile))), rubriquesHandler(), feedHandler());
      const el = await fixture<EntTileSettings>(html`<ent-tile-settings tile-id="actualites" lang="en"></ent-tile-settings>`);
      expect(root(el).querySelector('[aria-busy="true"]')).to.exist;
      await ready(el);
      expect($(el, '[part="error"]').textContent).to.contain('Loading failed');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part="retry-button"]').click();
      await ready(el);
      expect(root(el).querySelector('form')).to.exist;
    });
  });
});
