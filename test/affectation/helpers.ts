// Mounting <gar-affectation-console> on the project's mock back end, and reading it as a user.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { root, text } from '../support/dom.js';
import { NOW, resetMock as resetSharedMock, useMock as useSharedMock } from '../support/mock.js';
import { resetMockData, type DemoUser, type Scenario } from '../../src/mocks/index.js';
import '../../src/affectation/define.js';
import type { GarAffectationConsole } from '../../src/affectation/console.js';

export { click, root, text, waitFor } from '../support/dom.js';
export { NOW };

export const COLLEGE = '0330001A';
export const PHYSIQUE = 'sub-0330001A-015';
export const ANGLAIS = 'sub-0330001A-013';
export const PIX = 'sub-0330001A-025';
export const TECHNO = 'sub-0330001A-018';

/** The mock answers as `user` (a responsable by default), on fresh data. */
export function useMock(user: DemoUser = 'responsable', scenario: Scenario = 'default'): void {
  resetMockData();
  useSharedMock(user, '/api', scenario);
}

export const resetMock = resetSharedMock;

export async function mount(attrs: { lang?: string; uai?: string; headingLevel?: number; apiBase?: string; section?: string } = {}): Promise<GarAffectationConsole> {
  const el = await fixture<GarAffectationConsole>(html`<gar-affectation-console
    lang=${ifDefined(attrs.lang)}
    uai=${ifDefined(attrs.uai)}
    api-base=${attrs.apiBase ?? '/api'}
    heading-level=${ifDefined(attrs.headingLevel)}
    section=${attrs.section ?? 'subscriptions'}
    .now=${() => NOW}
  ></gar-affectation-console>`);
  return el;
}

/** Waits until the session and the establishment's data are shown (or a state view). */
export async function settled(el: GarAffectationConsole): Promise<void> {
  await waitUntil(
    () => {
      const r = root(el);
      return Boolean(r.querySelector('[part="forbidden"], [part="signed-out"], [part="error"]') || r.querySelector('.panel[aria-busy="false"]'));
    },
    'console still loading',
    { timeout: 5000 },
  );
  await el.updateComplete;
}

export function tab(el: GarAffectationConsole, name: string): HTMLButtonElement {
  const button = [...root(el).querySelectorAll<HTMLButtonElement>('.tab')].find((b) => text(b) === name);
  if (!button) throw new Error(`no tab ${name}`);
  return button;
}

export function row(el: GarAffectationConsole, subscriptionId: string): HTMLTableRowElement {
  const tr = root(el).querySelector<HTMLTableRowElement>(`tr[data-id="${subscriptionId}"]`);
  if (!tr) throw new Error(`no row ${subscriptionId}`);
  return tr;
}

export function checkbox(el: GarAffectationConsole, fieldsetClass: string, labelStart: string): HTMLInputElement {
  const label = [...root(el).querySelectorAll<HTMLLabelElement>(`fieldset.${fieldsetClass} label`)].find((l) => text(l).startsWith(labelStart));
  if (!label) throw new Error(`no checkbox ${labelStart}`);
  return label.querySelector('input')!;
}


/** The resources a picker (« #flow-subscription », « #stats-subscription ») offers: its radios. */
export function resourceChoices(el: GarAffectationConsole, picker: string): HTMLInputElement[] {
  return [...root(el).querySelectorAll<HTMLInputElement>(`${picker} input[type="radio"]`)];
}

/** The resource a picker has chosen (its checked radio's value), or undefined. */
export function chosenResource(el: GarAffectationConsole, picker: string): string | undefined {
  return root(el).querySelector<HTMLInputElement>(`${picker} input:checked`)?.value;
}
