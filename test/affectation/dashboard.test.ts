// Dashboard (each item one click from its fix) and recovery of licences of people who left.
import { expect, waitUntil } from '@open-wc/testing';
import '../support/contract.js';
import { chosenResource, click, mount, PHYSIQUE, resetMock, root, settled, tab, text, useMock, waitFor } from './helpers.js';
import type { GarAffectationConsole } from '../../src/affectation/console.js';

function item(el: GarAffectationConsole, kind: string): HTMLElement {
  return root(el).querySelector<HTMLElement>(`.dashboard-item[data-kind="${kind}"]`)!;
}

describe('<gar-affectation-console> dashboard and recovery', () => {
  afterEach(() => resetMock());

  it('opens on the dashboard: sentences with counts, in French and English', async () => {
    useMock('responsable');
    for (const lang of ['fr', 'en']) {
      const el = await mount({ lang, section: 'dashboard' });
      await settled(el);
      const first = await waitFor(() => root(el).querySelector('.dashboard-item'), 'dashboard items');
      expect(text(first)).to.match(/\d/);
      expect(tab(el, lang === 'fr' ? 'Tableau de bord' : 'Dashboard').getAttribute('aria-current')).to.equal('page');
      if (lang === 'fr') expect(text(item(el, 'unassigned-subscriptions'))).to.match(/abonnements? n’ont? jamais été affectés?/);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('takes an unassigned subscription to the par ressource flow in one click', async () => {
    useMock('responsable');
    const el = await mount({ section: 'dashboard' });
    await settled(el);
    const unassigned = await waitFor(() => item(el, 'unassigned-subscriptions'), 'unassigned item');
    await click(el, unassigned.querySelector<HTMLButtonElement>('.button')!);
    expect(el.section).to.equal('resource');
    expect(chosenResource(el, '#flow-subscription')).to.match(/^sub-0330001A-/);
    const news = await (async () => {
      await click(el, tab(el, 'Tableau de bord'));
      return waitFor(() => item(el, 'new-licences'), 'new licences item');
    })();
    const physique = [...news.querySelectorAll<HTMLButtonElement>('.button')].find((b) => text(b).includes('Physique-Chimie'));
    expect(physique, 'Physique-Chimie received new licences').to.not.equal(undefined);
    await click(el, physique!);
    expect(chosenResource(el, '#flow-subscription')).to.equal(PHYSIQUE);
  });

  it('completes a family mother from the dashboard, which then drops it', async () => {
    useMock('responsable');
    const el = await mount({ section: 'dashboard' });
    await settled(el);
    const families = await waitFor(() => item(el, 'families-to-validate'), 'families item');
    const before = Number(/\d+/.exec(text(families.querySelector('p')))![0]);
    const button = [...families.querySelectorAll<HTMLButtonElement>('.button')].find((b) => text(b).includes('CNS'))!;
    await click(el, button);
    const confirm = await waitFor(() => root(el).querySelector<HTMLButtonElement>('#family-confirm'), 'family summary');
    await click(el, confirm);
    await waitFor(() => root(el).querySelector('[part="toast"]'), 'assigned');
    await click(el, tab(el, 'Abonnements'));
    await click(el, tab(el, 'Tableau de bord'));
    await waitUntil(() => {
      const now = item(el, 'families-to-validate');
      return !now || Number(/\d+/.exec(text(now.querySelector('p')))![0]) === before - 1;
    }, 'one family fewer');
  });

  it('recovers the licences of people who left, after confirmation', async () => {
    useMock('responsable');
    const el = await mount({ section: 'dashboard' });
    await settled(el);
    const recoverable = await waitFor(() => item(el, 'recoverable-licences'), 'recoverable item');
    await click(el, recoverable.querySelector<HTMLButtonElement>('.button')!);
    expect(el.section).to.equal('recovery');
    const r = root(el);
    const boxes = await waitFor(() => {
      const found = r.querySelectorAll<HTMLInputElement>('fieldset.departed input');
      return found.length > 0 && found;
    }, 'departed people');
    const count = boxes.length;
    // « départ le … », never « partie le … » for a person whose gender is unknown; one person is « Élève ».
    const label = text(boxes[0]!.closest('label'));
    expect(label).to.match(/ — (Élève|Enseignant ou enseignante|Documentaliste|Membre du personnel) — départ le \d/);
    await click(el, boxes[0]!);
    await click(el, r.querySelector<HTMLButtonElement>('#recover-selected')!);
    expect(text(r.querySelector('[part="recover-confirm"]'))).to.contain('ne peut pas être annulée');
    // The count is known: « 1 personne partie », never « personne(s) partie(s) ».
    expect(text(r.querySelector('[part="recover-confirm"]'))).to.contain('par 1 personne partie ?').and.not.contain('(s)');
    await expect(el).to.be.accessible();
    await click(el, r.querySelector<HTMLButtonElement>('#recover-confirm')!);
    await waitUntil(() => /licences? récupérées? \(1 personne\)/.test(text(r.querySelector('[part="toast"]'))), 'recovered');
    await waitUntil(() => r.querySelectorAll('fieldset.departed input').length === count - 1 || (count === 1 && r.querySelector('[part="empty"]')), 'list refreshed');
  });

  it('recovers everything in one confirmed action', async () => {
    useMock('responsable');
    const el = await mount({ section: 'recovery' });
    await settled(el);
    const r = root(el);
    await waitFor(() => r.querySelector('#recover-all'), 'departed people');
    await click(el, r.querySelector<HTMLButtonElement>('#recover-all')!);
    expect(text(r.querySelector('#recover-question'))).to.match(/Récupérer \d+ licences détenues par \d+ personne/);
    await click(el, r.querySelector<HTMLButtonElement>('#recover-confirm')!);
    await waitFor(() => r.querySelector('[part="empty"]'), 'nobody left holding a licence');
    expect(text(r.querySelector('[part="empty"]'))).to.contain('Aucune personne partie ne détient de licence');
    await expect(el).to.be.accessible();
  });
});
