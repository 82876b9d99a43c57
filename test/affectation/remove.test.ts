// Taking assignments back (single and bulk), with confirmation and undo; assignments as CSV.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../support/contract.js';
import { checkbox, click, mount, PHYSIQUE, resetMock, root, row, settled, tab, text, useMock, waitFor } from './helpers.js';
import type { GarAffectationConsole } from '../../src/affectation/console.js';

const MATHS_TEACHERS = 'sub-0330001A-010';
const ANGLAIS = 'sub-0330001A-013';

async function openExisting(el: GarAffectationConsole, id: string): Promise<HTMLDetailsElement> {
  await click(el, row(el, id).querySelector<HTMLButtonElement>('td .button')!);
  const details = root(el).querySelector<HTMLDetailsElement>('details.existing')!;
  details.open = true;
  await waitFor(() => details.querySelectorAll('tr[data-assignment]').length > 0, 'assignments listed');
  return details;
}

function assigned(el: GarAffectationConsole, id: string): number {
  return Number(/Élèves : (\d+)/.exec(text(row(el, id).querySelector('.counts')))?.[1] ?? NaN);
}

describe('<gar-affectation-console> removing assignments', () => {
  afterEach(() => resetMock());

  it('removes one assignment after confirmation, and undo gives it back', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    // First give 5e A its Physique-Chimie manual.
    await click(el, row(el, PHYSIQUE).querySelector<HTMLButtonElement>('td .button')!);
    const r = root(el);
    await click(el, r.querySelector<HTMLInputElement>('input[name="flow-public"][value="eleve"]')!);
    await click(el, checkbox(el, 'divisions', '5e A'));
    await click(el, r.querySelector<HTMLButtonElement>('#preview')!);
    await click(el, await waitFor(() => r.querySelector<HTMLButtonElement>('#confirm'), 'confirm'));
    await waitFor(() => r.querySelector('[part="toast"]'), 'assigned');
    const details = r.querySelector<HTMLDetailsElement>('details.existing')!;
    details.open = true;
    const line = await waitFor(() => details.querySelector<HTMLTableRowElement>('tr[data-assignment]'), 'assignment listed');
    expect(text(line.querySelector('th'))).to.equal('Classe 5e A');
    await click(el, tab(el, 'Abonnements'));
    const size = assigned(el, PHYSIQUE);
    expect(size).to.be.greaterThan(0);
    await click(el, tab(el, 'Par ressource'));
    await click(el, r.querySelector<HTMLButtonElement>('tr[data-assignment] .remove-one')!);
    expect(r.querySelector('tr[data-assignment] .remove-one')!.getAttribute('aria-label')).to.equal('Retirer : Classe 5e A');
    expect(text(r.querySelector('[part="remove-confirm"]'))).to.contain('Retirer 1 affectation ?');
    await expect(el).to.be.accessible();
    await click(el, r.querySelector<HTMLButtonElement>('#remove-confirm')!);
    await waitUntil(() => text(r.querySelector('[part="toast"]')).includes('1 affectation retirée'), 'removed');
    await waitFor(() => text(r.querySelector('details.existing')).includes('n’est encore affectée à personne'), 'list refreshed');
    await click(el, tab(el, 'Abonnements'));
    expect(assigned(el, PHYSIQUE)).to.equal(0);
    await click(el, r.querySelector<HTMLButtonElement>('#undo')!);
    await waitUntil(() => text(r.querySelector('[part="toast"]')).includes('Modification annulée'), 'undone');
    expect(assigned(el, PHYSIQUE)).to.equal(size);
  });

  it('removes several assignments at once (bulk)', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    const details = await openExisting(el, MATHS_TEACHERS);
    const boxes = [...details.querySelectorAll<HTMLInputElement>('tr[data-assignment] input[type="checkbox"]')];
    expect(boxes.length).to.be.greaterThan(0);
    for (const box of boxes) await click(el, box);
    const bulk = root(el).querySelector<HTMLButtonElement>('#remove-selected')!;
    expect(text(bulk)).to.contain(`(${boxes.length})`);
    await click(el, bulk);
    await click(el, root(el).querySelector<HTMLButtonElement>('#remove-confirm')!);
    await waitUntil(() => /affectations? retirées?/.test(text(root(el).querySelector('[part="toast"]'))), 'removed');
    await waitFor(() => text(details).includes('n’est encore affectée à personne'), 'none left');
  });

  it('exports the assignments of a subscription as CSV', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    const details = await openExisting(el, ANGLAIS);
    const rows = details.querySelectorAll('tr[data-assignment]').length;
    const listener = oneEvent(el, 'gar-csv-download');
    await click(el, root(el).querySelector<HTMLButtonElement>('#export-assignments')!);
    const event = (await listener) as CustomEvent<{ csv: string; filename: string }>;
    const lines = event.detail.csv.trim().split('\r\n');
    expect(lines[0]).to.equal('Ressource;Destinataires;Public;Personnes;Affectée le;id');
    expect(lines).to.have.length(rows + 1);
    expect(lines[1]).to.contain('Anglais');
    expect(event.detail.filename).to.equal(`affectations-0330001A-${ANGLAIS}.csv`);
  });
});
