// The par population flow and the "whole population" target, on the mock back end.
import { expect, waitUntil } from '@open-wc/testing';
import '../support/contract.js';
import { click, mount, PHYSIQUE, PIX, resetMock, root, row, settled, tab, text, useMock, waitFor } from './helpers.js';
import type { GarAffectationConsole } from '../../src/affectation/console.js';

function meterText(el: GarAffectationConsole, id: string): string {
  return text(row(el, id).querySelector('.counts'));
}

async function choose(el: GarAffectationConsole, select: HTMLSelectElement, label: string): Promise<void> {
  select.value = [...select.options].find((o) => o.text.trim() === label)!.value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

function resourceBox(el: GarAffectationConsole, id: string): HTMLInputElement {
  return root(el).querySelector<HTMLInputElement>(`fieldset.resources input[value="${id}"]`)!;
}

/** As a responsable, par population: a class, its pupils, the resources offered to them. */
async function classResources(division: string): Promise<GarAffectationConsole> {
  useMock('responsable');
  const el = await mount();
  await settled(el);
  await click(el, tab(el, 'Par population'));
  await choose(el, root(el).querySelector<HTMLSelectElement>('#pop-target')!, division);
  await click(el, root(el).querySelector<HTMLInputElement>('input[name="pop-public"][value="eleve"]')!);
  return el;
}

describe('<gar-affectation-console> par population', () => {
  afterEach(() => resetMock());

  it('assigns several resources to a class at once, with one summary line per resource', async () => {
    const el = await classResources('5e A');
    const r = root(el);
    await click(el, resourceBox(el, PHYSIQUE));
    await click(el, resourceBox(el, 'sub-0330001A-029'));
    expect(text(r.querySelector('fieldset.resources legend'))).to.contain('2 choisies');
    await expect(el).to.be.accessible();
    await click(el, r.querySelector<HTMLButtonElement>('#preview')!);
    const summary = await waitFor(() => r.querySelector('.summary'), 'summary');
    expect(summary.querySelectorAll('li')).to.have.length(2);
    expect(text(summary.querySelector('.summary-who'))).to.equal('Pour : 5e A');
    expect(text(summary)).to.contain('cette affectation utilise');
    await click(el, r.querySelector<HTMLButtonElement>('#confirm')!);
    await waitFor(() => r.querySelector('[part="toast"]'), 'toast');
    await click(el, tab(el, 'Abonnements'));
    expect(meterText(el, PHYSIQUE)).to.not.contain('Élèves : 0 /');
  });

  it('marks what the class already has, lists it last, and asks for a resource, not a class', async () => {
    const el = await classResources('5e A');
    const r = root(el);
    expect(text(r.querySelector('.flow'))).to.contain('Cochez au moins une ressource');
    expect(text(r.querySelector('.flow'))).to.not.contain('Choisissez au moins une classe');
    await waitFor(() => r.querySelector('fieldset.resources .badge.held'), 'something 5e A already has is marked');
    // What is marked is what the class (or all pupils) was given.
    const given = async (query: string) => ((await (await fetch(`/api/affectation/establishments/0330001A/assignments?${query}&pageSize=200`)).json()) as { items: Array<{ subscriptionId: string; public: string }> }).items;
    const held = new Set([...(await given('targetType=division&targetId=div-0330001A-5A')), ...(await given('targetType=profil&targetId=eleve'))].filter((a) => a.public === 'eleve').map((a) => a.subscriptionId));
    const boxes = [...r.querySelectorAll<HTMLInputElement>('fieldset.resources input[type="checkbox"]')];
    const marked = boxes.filter((box) => box.closest('label')!.querySelector('.badge.held')).map((box) => box.value);
    expect(marked).to.have.members([...held].filter((id) => boxes.some((box) => box.value === id)));
    // Marked ones come last (in the level's list, and in the list of other levels).
    for (const list of r.querySelectorAll('fieldset.resources ul')) {
      const listed = [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      const firstMarked = listed.findIndex((box) => marked.includes(box.value));
      if (firstMarked >= 0) expect(listed.slice(firstMarked).every((box) => marked.includes(box.value))).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });

  it('offers a class the resources of its level first; other levels wait in a closed list', async () => {
    const el = await classResources('5e A');
    const r = root(el);
    const labels = (selector: string) => [...r.querySelectorAll(selector)].map((label) => text(label));
    const shown = labels('fieldset.resources > ul label');
    const others = r.querySelector<HTMLDetailsElement>('fieldset.resources details.other-levels')!;
    expect(others.open).to.equal(false);
    expect(text(others.querySelector('summary'))).to.match(/^Ressources pour d’autres niveaux que 5e \(\d+\)$/);
    const hidden = labels('details.other-levels label');
    // Level-specific manuals: the 5e's shown, the 6e's, 4e's and 3e's behind the summary; cycle 4 fits a 5e.
    expect(shown.some((label) => label.startsWith('Français 5e'))).to.equal(true);
    expect(shown.some((label) => label.startsWith('Physique-Chimie cycle 4'))).to.equal(true);
    for (const other of ['Français 6e', 'Français 4e', 'Mathématiques 3e']) {
      expect(shown.some((label) => label.startsWith(other)), other).to.equal(false);
      expect(hidden.some((label) => label.startsWith(other)), other).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });

  it('assigns a resource to one person found by name (a new pupil arriving mid-year)', async () => {
    useMock('responsable');
    const el = await mount({ lang: 'en' });
    await settled(el);
    await click(el, tab(el, 'By population'));
    const r = root(el);
    await click(el, r.querySelector<HTMLInputElement>('input[name="pop-kind"][value="personne"]')!);
    const search = r.querySelector<HTMLInputElement>('#people-search')!;
    search.value = 'martin';
    search.dispatchEvent(new Event('input'));
    const pupil = await waitFor(
      () => [...r.querySelectorAll<HTMLInputElement>('input[name="pop-person"]')].find((i) => text(i.closest('label')).includes('— Pupil')),
      'a pupil found',
    );
    // One person is « Pupil », not « Pupils ».
    expect(text(pupil.closest('label'))).not.to.contain('Pupils');
    await click(el, pupil);
    const publicRadio = r.querySelector<HTMLInputElement>('input[name="pop-public"][value="eleve"]')!;
    expect(publicRadio.checked).to.equal(true);
    expect(text(publicRadio.closest('label'))).to.equal('Pupil (1 person)');
    await click(el, resourceBox(el, PHYSIQUE));
    await click(el, r.querySelector<HTMLButtonElement>('#preview')!);
    const summary = await waitFor(() => r.querySelector('.summary'), 'summary');
    expect(text(summary)).to.match(/uses 1 licence; 339 will be left/);
    await expect(el).to.be.accessible();
    await click(el, r.querySelector<HTMLButtonElement>('#confirm')!);
    await waitUntil(() => text(r.querySelector('[part="toast"]')).includes('1 / 340, 339 licences left'), 'assigned');
  });

  it('shows the Pix advisory when Pix is chosen for teachers', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    await click(el, tab(el, 'Par population'));
    const r = root(el);
    await click(el, r.querySelector<HTMLInputElement>('input[name="pop-kind"][value="groupe"]')!);
    const select = r.querySelector<HTMLSelectElement>('#pop-target')!;
    const withTeachers = [...select.options].filter((o) => o.value);
    // Pick any group; then the class 3e A which has teachers.
    expect(withTeachers.length).to.be.greaterThan(0);
    await click(el, r.querySelector<HTMLInputElement>('input[name="pop-kind"][value="division"]')!);
    await choose(el, r.querySelector<HTMLSelectElement>('#pop-target')!, '3e A');
    const teachers = r.querySelector<HTMLInputElement>('input[name="pop-public"][value="enseignant"]');
    expect(teachers).to.not.equal(null);
    await click(el, teachers!);
    await click(el, resourceBox(el, PIX));
    expect(text(r.querySelector('[part="advisory"]'))).to.contain('Avertissement');
  });

  it('assigns a family mother to the whole population in one action', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    expect(text(row(el, 'sub-0330001A-001'))).to.contain('Mère de famille à compléter');
    await click(el, row(el, 'sub-0330001A-001').querySelector<HTMLButtonElement>('.family-action')!);
    const r = root(el);
    const confirm = await waitFor(() => r.querySelector<HTMLButtonElement>('#family-confirm'), 'family summary');
    expect(text(r.querySelector('[part="family"]'))).to.contain('(Enseignants)');
    await expect(el).to.be.accessible();
    await click(el, confirm);
    await waitFor(() => r.querySelector('[part="toast"]'), 'toast');
    expect(text(row(el, 'sub-0330001A-001'))).to.not.contain('Mère de famille à compléter');
    expect(row(el, 'sub-0330001A-001').querySelector('.family-action')).to.equal(null);
  });
});
