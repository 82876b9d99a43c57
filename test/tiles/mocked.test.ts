// The tiles on the project's msw mock back end (src/mocks), as the demo runs them.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/tiles/define.js';
import '../../src/shared/provider.js';
import type { EntTileBanner, EntTileNews } from '../../src/tiles/define.js';
import { configureMock, createHandlers, resetMockData, type DemoUser, type Scenario } from '../../src/mocks/index.js';
import { worker } from '../support/msw.js';
import '../support/contract.js';

const root = (el: Element) => el.shadowRoot!;

async function as(user: DemoUser, scenario: Scenario = 'default') {
  resetMockData();
  configureMock({ user, scenario });
  worker.use(...createHandlers());
}

async function ready(el: EntTileNews | EntTileBanner) {
  await el.loaded;
  await el.updateComplete;
}

describe('home-page tiles on the mock back end', () => {
  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers();
    configureMock({ user: 'eleve', scenario: 'default' });
    localStorage.clear();
  });

  for (const lang of ['fr', 'en']) {
    it(`public home page (anonymous): banner and news, no private article, accessible (${lang})`, async () => {
      await as('anonyme');
      const page = await fixture(html`<ent-widgets-provider lang=${lang}>
        <ent-tile-banner tile-id="banner-1" public></ent-tile-banner>
        <ent-tile-news tile-id="news-1" public></ent-tile-news>
      </ent-widgets-provider>`);
      const banner = page.querySelector('ent-tile-banner')!;
      const news = page.querySelector('ent-tile-news')!;
      await ready(news);
      await ready(banner);
      expect(root(banner).querySelector('img')).to.exist;
      const cards = [...root(news).querySelectorAll('article')];
      expect(cards.length).to.be.within(1, 5);
      for (const card of cards) expect(card.querySelector('.rubrique')!.textContent).not.to.equal('Vie scolaire');
      await expect(banner).to.be.accessible();
      await expect(news).to.be.accessible();
    });
  }

  it('personal page (pupil): private rubriques included, newest activity first', async () => {
    await as('eleve');
    const news = await fixture<EntTileNews>(html`<ent-tile-news tile-id="news-1"></ent-tile-news>`);
    await ready(news);
    const times = [...root(news).querySelectorAll('article time')].map((t) => Date.parse(t.getAttribute('datetime')!));
    expect(times.length).to.be.greaterThan(1);
    expect([...times].sort((a, b) => b - a)).to.deep.equal(times);
  });

  it('empty scenario: the news tile explains why', async () => {
    await as('eleve', 'empty');
    const news = await fixture<EntTileNews>(html`<ent-tile-news tile-id="news-1"></ent-tile-news>`);
    await ready(news);
    expect(root(news).querySelector('[part="empty"]')).to.exist;
    await expect(news).to.be.accessible();
  });

  it('error scenario: error view with retry', async () => {
    await as('eleve', 'error');
    const news = await fixture<EntTileNews>(html`<ent-tile-news tile-id="news-1"></ent-tile-news>`);
    await ready(news);
    expect(root(news).querySelector('[part="error"]')).to.exist;
    await expect(news).to.be.accessible();
  });
});
