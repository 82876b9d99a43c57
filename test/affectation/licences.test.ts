// Licence arithmetic against the real mock: concurrent writers, re-assigning, establishment licences.
import { expect, waitUntil } from '@open-wc/testing';
import '../support/contract.js';
import { ANGLAIS, checkbox, click, mount, PHYSIQUE, resetMock, root, row, settled, tab, TECHNO, text, useMock, waitFor } from './helpers.js';
import type { GarAffectationConsole } from '../../src/affectation/console.js';
import { ConsoleHarness } from './harness.js';

async function prepare(el: GarAffectationConsole, id: string, pub: string): Promise<void> {
  await click(el, row(el, id).querySelector<HTMLButtonElement>('td .button')!);
  await click(el, root(el).querySelector<HTMLInputElement>(`input[name="flow-public"][value="${pub}"]`)!);
}

async function pickPeople(el: GarAffectationConsole, query: string, n: number, except: string[] = []): Promise<string[]> {
  const r = root(el);
  const search = r.querySelector<HTMLInputElement>('#people-search')!;
  search.value = query;
  search.dispatchEvent(new Event('input'));
  const boxes = await waitFor(() => {
    // 6e pupils: they do not hold Anglais cycle 4 (5e–3e) yet.
    const found = [...r.querySelectorAll<HTMLInputElement>('.people-results input')].filter((box) => text(box.closest('label')).includes('(6e ') && !except.includes(box.value));
    return found.length >= n && found;
  }, 'people found');
  for (const box of boxes.slice(0, n)) await click(el, box);
  return boxes.slice(0, n).map((box) => box.value);
}

async function previewed(el: GarAffectationConsole): Promise<string> {
  await click(el, root(el).querySelector<HTMLButtonElement>('#preview')!);
  return text(await waitFor(() => root(el).querySelector('.summary'), 'summary'));
}

describe('<gar-affectation-console> licence rules', () => {
  afterEach(() => resetMock());

  it('two responsables at once cannot together exceed the licences: the second gets the 409 with fresh counts', async () => {
    useMock('responsable');
    const a = await mount();
    const b = await mount();
    await settled(a);
    await settled(b);
    // 6e pupils do not hold Anglais cycle 4: each console picks 2 of them; 3 licences are left.
    for (const el of [a, b]) {
      await prepare(el, ANGLAIS, 'eleve');
    }
    const taken = await pickPeople(a, 'ma', 2);
    await pickPeople(b, 'be', 2, taken);
    expect(await previewed(a)).to.match(/il en restera [0-3]/);
    expect(await previewed(b)).to.match(/il en restera [0-3]/);
    const aNeeds = Number(/utilise (\d+) licence/.exec(text(root(a).querySelector('.summary')))?.[1] ?? 0);
    const bNeeds = Number(/utilise (\d+) licence/.exec(text(root(b).querySelector('.summary')))?.[1] ?? 0);
    expect(aNeeds).to.equal(2);
    expect(bNeeds).to.equal(2);
    await click(a, root(a).querySelector<HTMLButtonElement>('#confirm')!);
    await waitFor(() => root(a).querySelector('[part="toast"]'), 'first writer applied');
    await click(b, root(b).querySelector<HTMLButtonElement>('#confirm')!);
    const alert = await waitFor(() => root(b).querySelector('.conflict[role="alert"]'), 'second writer refused');
    expect(text(alert)).to.contain('Rien n’a été affecté');
    await click(b, tab(b, 'Abonnements'));
    expect(text(row(b, ANGLAIS).querySelector('.counts'))).to.contain(`— ${3 - aNeeds} disponible`);
  });

  it('re-assigning a class already assigned offers no undo that would remove the earlier assignment', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    await prepare(el, PHYSIQUE, 'eleve');
    await click(el, checkbox(el, 'divisions', '4e B'));
    await previewed(el);
    await click(el, root(el).querySelector<HTMLButtonElement>('#confirm')!);
    await waitFor(() => root(el).querySelector('#undo'), 'first assignment can be undone');
    await click(el, checkbox(el, 'divisions', '4e B'));
    expect(await previewed(el)).to.contain('aucune nouvelle licence nécessaire');
    await click(el, root(el).querySelector<HTMLButtonElement>('#confirm')!);
    await waitUntil(() => text(root(el).querySelector('[part="toast"]')).includes('existait déjà'), 'nothing new reported');
    expect(root(el).querySelector('#undo')).to.equal(null);
  });

  it('a selection mixing an assigned class and a new one undoes only the new one', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    const console = new ConsoleHarness(el);
    await console.assignDivisions(PHYSIQUE, 'eleve', '4e B');
    const assignedAfterFirst = await console.counts(PHYSIQUE);
    const second = await console.assignDivisions(PHYSIQUE, 'eleve', '4e B', '4e C');
    expect(second).to.contain('existait déjà');
    await click(el, await waitFor(() => console.undoButton(), 'undo offered for the new class'));
    await waitUntil(() => text(root(el).querySelector('[part="toast"]')).includes('Modification annulée'), 'undone');
    // 4e C is taken back; 4e B, assigned before, keeps its licences.
    expect(await console.counts(PHYSIQUE)).to.equal(assignedAfterFirst);
  });

  it('counts establishment licences without limit', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    await prepare(el, TECHNO, 'eleve');
    await click(el, root(el).querySelector<HTMLInputElement>('#everyone')!);
    const summary = await previewed(el);
    expect(summary).to.contain('licence établissement, illimitée');
    expect(root(el).querySelector<HTMLButtonElement>('#confirm')!.disabled).to.equal(false);
  });
});
