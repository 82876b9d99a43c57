// Bench page: <gar-affectation-console> for the responsable of scenario `many` (collège: ~3,000
// people, 200 subscriptions), on the real mock back end (msw).
import { configureMock } from '../src/mocks/index.js';
import { startMockApi } from '../src/mocks/browser.js';
import type { GarAffectationConsole } from '../src/affectation/console.js';
import type { Subscription } from '../src/shared/api/types.js';
import { armKeystroke, arrivalOf, clearWidgetStorage, installFetchProbe, layoutNow, nextPaint, pause, until } from './harness.js';

const COLLEGE = '0330001A';

configureMock({ user: 'responsable', scenario: 'many' });
await startMockApi({ quiet: true });
installFetchProbe();
await import('../src/affectation/define.js');

const stage = document.getElementById('stage')!;
let current: GarAffectationConsole | undefined;

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(): Promise<{ el: GarAffectationConsole; start: number; painted: number }> {
  current?.remove();
  clearWidgetStorage();
  await pause(50);
  const start = performance.now();
  const el = document.createElement('gar-affectation-console');
  el.setAttribute('section', 'subscriptions');
  el.setAttribute('heading-level', '2');
  stage.append(el);
  current = el;
  await el.updateComplete;
  const root = el.shadowRoot!;
  await until(root, () => root.querySelector('.panel[aria-busy="false"]') && root.querySelectorAll('tbody tr').length >= 50);
  const painted = await nextPaint();
  return { el, start, painted };
}

/** Fresh console: data arrival (subscriptions and populations) → table painted. */
async function load(): Promise<{ dataToPaint: number; mountToPaint: number; rows: number; subscriptions: number }> {
  const { el, start, painted } = await mount();
  const arrived = Math.max(arrivalOf('/subscriptions', start), arrivalOf('/populations', start));
  const subscriptions = ((await (await fetch(`/api/affectation/establishments/${COLLEGE}/subscriptions`)).json()) as { subscriptions: unknown[] }).subscriptions.length;
  return { dataToPaint: painted - arrived, mountToPaint: painted - start, rows: el.shadowRoot!.querySelectorAll('tbody tr').length, subscriptions };
}

/** Subscriptions a pupils' division can take: individual, for pupils, valid, enough licences left. */
async function candidates(need: number): Promise<Array<{ id: string; title: string }>> {
  const body = (await (await fetch(`/api/affectation/establishments/${COLLEGE}/subscriptions`)).json()) as { subscriptions: Subscription[] };
  const today = new Date().toISOString().slice(0, 10);
  return body.subscriptions
    .filter((s) => s.licenceType === 'individuelle' && !s.familyMother && !s.familyMemberOf && s.publics.includes('eleve') && s.validUntil >= today && s.validFrom <= today)
    .filter((s) => {
      const c = s.counts.find((x) => x.public === 'eleve');
      return c && (c.available === null || c.available >= need);
    })
    .map((s) => ({ id: s.id, title: String(s.resource.nomRessource ?? s.id) }));
}

/** Opens the "par ressource" flow of a subscription (searching the table for it when not among the first rows), public pupils. */
async function openFlow(el: GarAffectationConsole, sub: { id: string; title: string }): Promise<ShadowRoot> {
  const root = el.shadowRoot!;
  const selector = `tr[data-id="${sub.id}"] td .button`;
  if (!root.querySelector(selector)) {
    const search = root.querySelector<HTMLInputElement>('#search')!;
    search.value = sub.title;
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  (await until(root, () => root.querySelector<HTMLButtonElement>(selector))).click();
  const pupils = await until(root, () => root.querySelector<HTMLInputElement>('input[name="flow-public"][value="eleve"]'));
  pupils.click();
  await until(root, () => root.querySelector('fieldset.divisions input') && root.querySelector('#people-search'));
  await el.updateComplete;
  return root;
}

let keystroke: Promise<unknown> | undefined;

/** Mounts a console with the flow open on a subscription, the people search focused and empty. */
async function prepareSearch(): Promise<void> {
  const { el } = await mount();
  const [sub] = await candidates(1);
  const root = await openFlow(el, sub!);
  root.querySelector<HTMLInputElement>('#people-search')!.focus();
}

/** After typing a name: the people search answer → its results painted. */
async function peopleResults(since: number): Promise<{ answerToPaint: number; found: string }> {
  const el = current!;
  const root = el.shadowRoot!;
  await until(root, () => arrivals(since) && root.querySelector('.people-results'), 10_000);
  await el.updateComplete;
  const painted = await nextPaint();
  return { answerToPaint: painted - arrivalOf('/people', since), found: text(root.querySelector('.people-results')?.previousElementSibling) };
}

function arrivals(since: number): boolean {
  try {
    arrivalOf('/people', since);
    return true;
  } catch {
    return false;
  }
}

/** The largest division: assign it a subscription; click on Confirm → answer → UI updated and painted. */
async function assign(run: number): Promise<{ clickToPaint: number; answerToPaint: number; size: number }> {
  const { el } = await mount();
  const subs = await candidates(40);
  const sub = subs[run % subs.length];
  if (!sub) throw new Error('bench: no subscription left with 40 pupil licences');
  const root = await openFlow(el, sub);
  // The largest divisions, a different one each run (a new assignment, not an extension).
  const sizeOf = (box: HTMLInputElement) => Number(/\((\d+)/.exec(text(box.closest('label')))?.[1] ?? 0);
  const boxes = [...root.querySelectorAll<HTMLInputElement>('fieldset.divisions input[type="checkbox"]')].sort((a, b) => sizeOf(b) - sizeOf(a));
  const box = boxes[run % boxes.length]!;
  box.click();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('#preview')!.click();
  await until(root, () => root.querySelector('.summary'));
  const confirm = await until(root, () => {
    const button = root.querySelector<HTMLButtonElement>('#confirm');
    return button && !button.disabled && button;
  });
  await nextPaint();
  const start = performance.now();
  confirm.click();
  await until(root, () => root.querySelector('[part="toast"]'), 10_000);
  await el.updateComplete;
  const painted = await nextPaint();
  return { clickToPaint: painted - start, answerToPaint: painted - arrivalOf(/\/assignments$/, start, 'POST'), size: sizeOf(box) };
}

window.bench = {
  load,
  prepareSearch,
  armKeystroke: () => {
    keystroke = armKeystroke(current!);
  },
  keystroke: () => keystroke,
  now: () => performance.now(),
  peopleResults,
  assign,
  unmount: () => {
    current?.remove();
    current = undefined;
  },
  warm: async () => {
    await (await fetch(`/api/affectation/establishments/${COLLEGE}/subscriptions`)).text();
    await (await fetch(`/api/affectation/establishments/${COLLEGE}/populations`)).text();
  },
  layoutNow,
  ready: true,
};
