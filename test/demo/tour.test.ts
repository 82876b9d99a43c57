// The README's first tour, steps 4 and 5, across two widgets on the mock back end: the
// licence assigned in the console is what the pupil then finds in the médiacentre (steps 1–3,
// an announcement for the 4e seen by a 4e pupil and not by a 3e pupil, are the admin tests').
import { expect, fixture, html } from '@open-wc/testing';
import '../support/contract.js';
import { configureMock } from '../../src/mocks/index.js';
import '../../src/mediacentre/define.js';
import '../../src/affectation/define.js';
import type { GarAffectationConsole } from '../../src/affectation/console.js';
import { NOW, resetMock, useMock } from '../support/mock.js';
import { waitFor } from '../support/dom.js';
import { ConsoleHarness } from '../affectation/harness.js';
import { MediacentreHarness } from '../mediacentre/harness.js';

const PHYSIQUE = 'sub-0330001A-015';
const TITLE = 'Physique-Chimie cycle 4';

/** The titles of the pupil's médiacentre, once listed. */
async function mediacentreTitles(): Promise<string[]> {
  const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<gar-mediacentre api-base="/api"></gar-mediacentre>`);
  const harness = new MediacentreHarness(el);
  await waitFor(() => harness.cards().length > 0, 'resources listed');
  const titles = harness.titles();
  el.remove();
  return titles;
}

describe('first tour: assign a manual, find it in the médiacentre', () => {
  afterEach(() => resetMock());

  it('the 4e B pupil finds the manual assigned to 4e B; the 3e pupil does not', async () => {
    useMock('eleve');
    expect((await mediacentreTitles()).some((title) => title.startsWith(TITLE)), 'not assigned yet').to.equal(false);

    configureMock({ user: 'responsableCollege' });
    const el = await fixture<GarAffectationConsole>(html`<gar-affectation-console api-base="/api" section="subscriptions" .now=${() => NOW}></gar-affectation-console>`);
    await waitFor(() => el.shadowRoot!.querySelector(`tr[data-id="${PHYSIQUE}"]`), 'subscriptions listed');
    const done = await new ConsoleHarness(el).assignDivisions(PHYSIQUE, 'eleve', '4e B');
    expect(done).to.contain('Affectation enregistrée');
    el.remove();

    configureMock({ user: 'eleve' });
    expect((await mediacentreTitles()).some((title) => title.startsWith(TITLE)), 'the 4e B pupil has it').to.equal(true);
    configureMock({ user: 'eleve3e' });
    expect((await mediacentreTitles()).some((title) => title.startsWith(TITLE)), 'the 3e pupil does not').to.equal(false);
  });
});
