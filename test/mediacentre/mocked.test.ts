// The main flows against the project's msw mock back end (src/mocks), as the demo runs them.
import { expect, oneEvent } from '@open-wc/testing';
import '../support/contract.js';
import { withEverythingLaidOut } from '../support/axe.js';
import { text } from '../support/dom.js';
import { worker } from '../support/msw.js';
import { configureMock, createHandlers, resetMockData, type DemoUser, type Scenario } from '../../src/mocks/index.js';
import { byLabel, cards, choose, clearStorage, mount, root, settled } from './fixtures.js';


async function as(user: DemoUser, scenario: Scenario = 'default', lang = 'fr') {
  resetMockData();
  configureMock({ user, scenario });
  worker.use(...createHandlers());
  const el = await mount({ lang, affectationUrl: '/affectation.html' });
  await settled(el);
  return el;
}

describe('<gar-mediacentre> on the mock back end', () => {
  beforeEach(() => clearStorage());
  afterEach(() => {
    worker.resetHandlers();
    configureMock({ user: 'eleve', scenario: 'default' });
  });

  for (const user of ['eleve', 'enseignant', 'responsable'] as DemoUser[]) {
    it(`lists the resources of ${user}, accessible in French and English`, async () => {
      for (const lang of ['fr', 'en']) {
        const el = await as(user, 'default', lang);
        expect(cards(el).length, `${user} has resources`).to.be.greaterThan(0);
        for (const li of cards(el)) {
          const links = li.querySelectorAll(':scope > .body > .card-title a, :scope > .body > h2 a, :scope > .body > h3 a');
          expect(links.length).to.be.at.most(1);
        }
        const manage = root(el).querySelector('[part="manage-link"]');
        expect(Boolean(manage), 'manage link only for responsables').to.equal(user === 'responsable');
        expect(Boolean(root(el).querySelector('#establishment')), 'selector only with several establishments').to.equal(user === 'responsable');
        await withEverythingLaidOut(el, () => expect(el).to.be.accessible());
        el.remove();
      }
    });
  }

  it('keeps favourites on the server across visits', async () => {
    let el = await as('eleve');
    const plain = cards(el).filter((li) => li.querySelector('[part="favorite-button"]')!.getAttribute('aria-pressed') === 'false').at(-1)!;
    const star = plain.querySelector<HTMLButtonElement>('[part="favorite-button"]')!;
    const title = text(plain.querySelector('.card-title a'));
    setTimeout(() => star.click());
    const event = await oneEvent(el, 'gar-favorite-change');
    expect(event.detail.favorite).to.equal(true);
    el.remove();
    configureMock({ user: 'eleve' });
    worker.resetHandlers();
    worker.use(...createHandlers());
    el = await mount();
    await settled(el);
    // Favourites come first (a family counts when one of its manuals is a favourite).
    const index = cards(el).findIndex((li) => text(li.querySelector('.card-title a')) === title);
    expect(cards(el)[index]!.querySelector('[part="favorite-button"]')!.getAttribute('aria-pressed')).to.equal('true');
    const firstPlain = cards(el).findIndex(
      (li) => li.querySelector('[part="favorite-button"]')!.getAttribute('aria-pressed') === 'false' && !li.querySelector('[aria-expanded]'),
    );
    expect(index).to.be.lessThan(firstPlain);
  });

  it('explains the empty scenario', async () => {
    const el = await as('eleve', 'empty');
    expect(root(el).querySelector('[part="empty"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows the error scenario as an error with retry', async () => {
    const el = await as('eleve', 'error');
    expect(root(el).querySelector('[role="alert"] [part="retry-button"], [part="retry-button"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows the GAR error body of the lycée in the error scenario', async () => {
    const el = await as('responsable', 'error');
    expect(root(el).querySelector('[role="alert"]')).to.exist;
    await choose(el, byLabel<HTMLSelectElement>(el, 'Établissement'), '0330002B');
    expect(text(root(el).querySelector('[role="alert"]'))).to.contain('Le service de listage des ressources du GAR ne répond pas.');
    await expect(el).to.be.accessible();
  });

  it('stays usable with the many scenario', async () => {
    const el = await as('eleve', 'many');
    expect(cards(el).length).to.be.greaterThan(0);
    expect(Number(cards(el)[0]!.getAttribute('aria-setsize'))).to.be.at.least(cards(el).length);
  });
});
