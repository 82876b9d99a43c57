// The demo portal's own pieces, on the mock back end: the header says who is signed in and
// offers the demo's controls; the home page card shows the mock user's session.
import { expect, fixture, html } from '@open-wc/testing';
import { createHandlers, configureMock, resetMockData } from '../../src/mocks/index.js';
import '../../src/index.js';
import '../../demo/portal-header.js';
import '../../demo/session-card.js';
import { worker } from '../support/msw.js';
import '../support/contract.js';

describe('demo portal', () => {
  beforeEach(() => {
    resetMockData();
    worker.use(...createHandlers());
  });
  afterEach(() => {
    worker.resetHandlers();
    configureMock({ user: 'eleve', scenario: 'default' });
  });

  async function portal(lang = 'fr') {
    const provider = await fixture(html`<ent-widgets-provider lang=${lang}>
      <demo-portal-header></demo-portal-header>
      <demo-session-card></demo-session-card>
    </ent-widgets-provider>`);
    const header = provider.querySelector('demo-portal-header')!;
    const card = provider.querySelector('demo-session-card')!;
    await waitFor(() => !card.shadowRoot!.querySelector('[role="status"]'));
    // English copy comes on demand: updateComplete waits for it and the redraw.
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await (header as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    return { header: header.shadowRoot!, card: card.shadowRoot!, provider };
  }

  async function waitFor(condition: () => boolean, timeout = 3000) {
    const start = performance.now();
    while (!condition()) {
      if (performance.now() - start > timeout) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('shows the signed-in mock user and the demo controls', async () => {
    configureMock({ user: 'responsable' });
    const { header, card, provider } = await portal();
    expect(header.querySelector('.who')!.textContent).to.contain('Claire Moreau');
    expect(card.querySelector('h2')!.textContent).to.equal('Votre session : Claire Moreau');
    // Words, not the API's codes (« Profil : eleve »).
    const terms = [...card.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(terms[1]).to.equal('Responsable d’affectation');
    expect(card.textContent).not.to.contain('responsable-affectation');
    const selects = [...header.querySelectorAll('select')].map((s) => s.name);
    expect(selects).to.deep.equal(['as', 'lang', 'scenario', 'theme']);
    expect([...header.querySelectorAll('button')].map((b) => b.textContent)).to.deep.equal(['Appliquer', 'Réinitialiser les données de démo']);
    await expect(provider).to.be.accessible();
  });

  it('names the profile in words, in English too (« Your session: », no space before the colon)', async () => {
    configureMock({ user: 'eleve' });
    const { card } = await portal('en');
    expect(card.querySelector('h2')!.textContent).to.match(/^Your session: \S/);
    expect(card.querySelector('dd')!.textContent).to.equal('Pupil');
  });

  it('speaks English and says when nobody is signed in', async () => {
    configureMock({ user: 'anonyme' });
    const { header, card, provider } = await portal('en');
    expect(header.querySelector('.who')!.textContent).to.equal('Visitor, not signed in');
    expect(card.textContent).to.contain('You are not signed in');
    await expect(provider).to.be.accessible();
  });
});
