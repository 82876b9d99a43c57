// Long lists stay short in the DOM: assignments and people come page by page from the server,
// the dashboard lists the people holding nothing, and statistics cover the months one picks.
import { expect } from '@open-wc/testing';
import '../support/contract.js';
import { ANGLAIS, click, mount, resetMock, resourceChoices, root, row, settled, text, useMock, waitFor } from './helpers.js';
import type { GarAffectationConsole } from '../../src/affectation/console.js';
import { worker } from '../support/msw.js';
import { badAnswer } from '../sweep/bad-answers.js';

async function search(el: GarAffectationConsole, selector: string, value: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function choose(el: GarAffectationConsole, selector: string, value: string): Promise<void> {
  const select = root(el).querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** The school's subscriptions copied up to 5,000, each title numbered (« … n° 4321 »). */
function fiveThousandSubscriptions() {
  return badAnswer('/affectation/establishments/:uai/subscriptions', (body) => {
    const { subscriptions } = body as { subscriptions: Array<{ id: string; resource: { nomRessource: string } }> };
    const copies = Array.from({ length: 5000 }, (_, i) => {
      const copy = structuredClone(subscriptions[i % subscriptions.length]!);
      copy.id = `${copy.id}-${i}`;
      copy.resource.nomRessource = `${copy.resource.nomRessource} n° ${i}`;
      return copy;
    });
    return { ...(body as object), subscriptions: copies };
  });
}

describe('<gar-affectation-console> long lists', () => {
  afterEach(() => resetMock());

  it('offers the first 100 of 5,000 resources in the picker, the others by typing', async () => {
    useMock('responsable');
    worker.use(fiveThousandSubscriptions());
    const el = await mount({ section: 'resource' });
    await settled(el);
    const r = root(el);
    await waitFor(() => resourceChoices(el, '#flow-subscription').length > 0, 'the picker');
    expect(resourceChoices(el, '#flow-subscription').length).to.equal(100);
    expect(text(r.querySelector('#flow-subscription > p.hint'))).to.equal('4 900 autres ressources : précisez la recherche pour les voir.');
    await search(el, '#flow-subscription-search', 'n° 4321');
    const found = resourceChoices(el, '#flow-subscription');
    expect(found.length).to.equal(1);
    expect(found[0]!.parentElement!.textContent).to.contain('n° 4321');
    expect(r.querySelector('#flow-subscription > p.hint')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lists a subscription’s 102 assignments 100 at a time', async () => {
    useMock('responsable', 'many');
    const el = await mount();
    await settled(el);
    await search(el, '#search', 'anglais');
    await click(el, row(el, ANGLAIS).querySelector<HTMLButtonElement>('td .button')!);
    const r = root(el);
    const details = await waitFor(() => r.querySelector<HTMLDetailsElement>('details.existing'), 'assignments');
    details.open = true;
    await waitFor(() => details.querySelectorAll('tr[data-assignment]').length === 100, 'first page');
    expect(details.querySelector('table')!.getAttribute('aria-rowcount')).to.equal('103');
    expect(text(details.querySelector('summary'))).to.contain('102');
    const more = details.querySelector<HTMLButtonElement>('#more-assignments')!;
    expect(text(more)).to.equal('Afficher plus (100 affichés sur 102)');
    await click(el, more);
    await waitFor(() => details.querySelectorAll('tr[data-assignment]').length === 102, 'second page');
    const rows = details.querySelectorAll('tr[data-assignment]');
    expect(new Set([...rows].map((tr) => tr.getAttribute('data-assignment'))).size, 'no assignment twice').to.equal(102);
    expect(r.activeElement).to.equal(rows[100]!.querySelector('th'));
    expect(details.querySelector('#more-assignments')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('loads more people found than the first 20 (population flow)', async () => {
    useMock('responsable');
    const el = await mount({ section: 'population' });
    await settled(el);
    const r = root(el);
    await click(el, r.querySelector<HTMLInputElement>('input[name="pop-kind"][value="personne"]')!);
    await search(el, '#people-search', 'ma');
    await waitFor(() => text(r.querySelector('[role="status"].hint')).includes('89 personnes trouvées'), '89 found');
    expect(r.querySelectorAll('.people-results input[type="radio"]').length).to.equal(20);
    await click(el, r.querySelector<HTMLButtonElement>('#more-people')!);
    await waitFor(() => r.querySelectorAll('.people-results input[type="radio"]').length === 40, 'second page');
    expect(r.activeElement).to.equal(r.querySelectorAll('.people-results input[type="radio"]')[20]);
    expect(text(r.querySelector('#more-people'))).to.contain('40 affichés sur 89');
  });

  it('lists the people holding no resource from the dashboard', async () => {
    useMock('responsable', 'many');
    const el = await mount({ section: 'dashboard' });
    await settled(el);
    const r = root(el);
    const item = await waitFor(() => r.querySelector<HTMLElement>('.dashboard-item[data-kind="people-without-assignment"]'), 'dashboard item');
    expect(text(item)).to.contain('34');
    await click(el, item.querySelector<HTMLButtonElement>('button')!);
    await waitFor(() => r.querySelectorAll('.people-results input[type="radio"]').length === 20, 'people listed');
    expect(text(r.querySelector('[role="status"].hint'))).to.equal('34 personnes n’ont aucune ressource');
    expect(r.activeElement).to.equal(r.querySelector('#people-search'));
    await click(el, r.querySelector<HTMLButtonElement>('#more-people')!);
    await waitFor(() => r.querySelectorAll('.people-results input[type="radio"]').length === 34, 'all of them');
    // Picking one leads on to their resources, as in the population flow.
    await click(el, r.querySelectorAll<HTMLInputElement>('.people-results input[type="radio"]')[0]!);
    await waitFor(() => r.querySelector('fieldset.resources'), 'resources step');
    await expect(el).to.be.accessible();
  });

  it('shows the statistics of the months chosen', async () => {
    useMock('responsable');
    const el = await mount({ section: 'statistics' });
    await settled(el);
    const r = root(el);
    await waitFor(() => r.querySelector('table.statistics'), 'statistics');
    // By default: the school year so far (September to November 2026).
    expect(r.querySelector<HTMLSelectElement>('#stats-from')!.value).to.equal('2026-09');
    expect(r.querySelector<HTMLSelectElement>('#stats-to')!.value).to.equal('2026-11');
    expect(r.querySelectorAll('table.statistics tbody tr').length).to.equal(3);
    expect(r.querySelector<HTMLSelectElement>('#stats-from')!.options.length).to.equal(36);
    const months = () => [...r.querySelectorAll('table.statistics tbody th')].map((th) => text(th));
    await choose(el, '#stats-from', '2025-09');
    await waitFor(() => r.querySelector<HTMLSelectElement>('#stats-from')?.value === '2025-09' && !text(r.querySelector('.toolbar [role="status"]')), 'loaded');
    // Subscriptions bought last year (those expiring soon) have last year's months.
    let found = '';
    for (const option of resourceChoices(el, '#stats-subscription')) {
      await click(el, option);
      if (months().length > 3) {
        found = option.value;
        break;
      }
    }
    expect(found, 'a subscription running since last school year').not.to.equal('');
    expect(months().at(-1)).to.equal('novembre 2026');
    expect(months()).to.include('janvier 2026');
    await choose(el, '#stats-to', '2026-06');
    await waitFor(() => months().at(-1) === 'juin 2026', 'up to June');
    expect(months()).to.include('janvier 2026');
    expect(months()).not.to.include('septembre 2026');
    // Moving the start past the end brings the end along.
    await choose(el, '#stats-from', '2026-10');
    await waitFor(() => r.querySelectorAll('table.statistics tbody tr').length === 1, 'one month');
    expect(r.querySelector<HTMLSelectElement>('#stats-to')!.value).to.equal('2026-10');
    await expect(el).to.be.accessible();
  });
});
