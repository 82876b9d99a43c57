// Bench page: <gar-mediacentre> for the pupil of scenario `many` (~1,000 GAR records), served
// by the real mock back end (msw), and the plain-DOM baseline fed by the same request.
import { configureMock } from '../src/mocks/index.js';
import { startMockApi } from '../src/mocks/browser.js';
import type { GarMediacentre } from '../src/mediacentre/mediacentre.js';
import { renderBaseline } from './baseline.js';
import { armKeystroke, arrivalOf, clearWidgetStorage, installFetchProbe, layoutNow, nextPaint, pause, until } from './harness.js';

const COLLEGE = '0330001A';

configureMock({ user: 'eleve', scenario: 'many' });
await startMockApi({ quiet: true });
installFetchProbe();
await import('../src/mediacentre/define.js');

const stage = document.getElementById('stage')!;
const baselineHost = document.getElementById('baseline')!;
let current: GarMediacentre | undefined;

function cardsOf(el: GarMediacentre): NodeListOf<HTMLElement> {
  return el.shadowRoot!.querySelectorAll<HTMLElement>('.cards > li');
}

/** Mounts a fresh widget; data arrival (resources and favourites) → list painted. */
async function load(): Promise<{ dataToPaint: number; mountToPaint: number; cards: number; total: number }> {
  baselineHost.shadowRoot?.replaceChildren();
  current?.remove();
  clearWidgetStorage();
  await pause(50);
  const start = performance.now();
  const el = document.createElement('gar-mediacentre');
  el.setAttribute('heading-level', '2');
  stage.append(el);
  current = el;
  await el.updateComplete;
  await until(el.shadowRoot!, () => el.shadowRoot!.querySelector('[part="base"][aria-busy="false"] .cards > li'));
  const painted = await nextPaint();
  const arrived = Math.max(arrivalOf('/mediacentre/resources', start), arrivalOf('/mediacentre/favorites', start));
  const cards = cardsOf(el);
  return { dataToPaint: painted - arrived, mountToPaint: painted - start, cards: cards.length, total: Number(cards[0]?.getAttribute('aria-setsize')) };
}

/** The plain-DOM baseline: same request, then its cards (`limit`: the widget's first page, or all). */
async function baseline(limit: number): Promise<{ dataToPaint: number; cards: number }> {
  current?.remove();
  current = undefined;
  baselineHost.shadowRoot?.replaceChildren();
  await pause(50);
  const start = performance.now();
  const response = await fetch(`/api/mediacentre/resources?uai=${COLLEGE}`, { headers: { Accept: 'application/json' } });
  const body: unknown = JSON.parse(await response.text());
  const cards = renderBaseline(baselineHost, body, limit);
  const painted = await nextPaint();
  return { dataToPaint: painted - arrivalOf('/mediacentre/resources', start), cards };
}

/** Focuses the search field of the mounted widget, and empties it. */
async function focusSearch(): Promise<void> {
  const input = current!.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
  input.focus();
  if (input.value !== '') {
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await current!.updateComplete;
  }
}

let keystroke: Promise<unknown> | undefined;

/** Star of the n-th card: click → pressed state painted (optimistic), answer → saved and painted. */
async function favorite(n: number): Promise<{ clickToPaint: number; answerToPaint: number; clickToSaved: number }> {
  const el = current!;
  const star = cardsOf(el)[n]!.querySelector<HTMLButtonElement>('[part="favorite-button"]')!;
  const wanted = star.getAttribute('aria-pressed') !== 'true';
  const saved = new Promise<void>((resolve) => el.addEventListener('gar-favorite-change', () => resolve(), { once: true }));
  const start = performance.now();
  star.click();
  await el.updateComplete;
  if ((star.getAttribute('aria-pressed') === 'true') !== wanted) throw new Error('star not toggled');
  layoutNow();
  const shown = await nextPaint();
  await saved;
  await el.updateComplete;
  const painted = await nextPaint();
  const answer = arrivalOf('/mediacentre/favorites/', start, wanted ? 'PUT' : 'DELETE');
  return { clickToPaint: shown - start, answerToPaint: painted - answer, clickToSaved: painted - start };
}

window.bench = {
  load,
  baseline,
  focusSearch,
  armKeystroke: () => {
    keystroke = armKeystroke(current!);
  },
  keystroke: () => keystroke,
  shownCount: () => (current ? cardsOf(current).length : 0),
  favorite,
  unmount: () => {
    current?.remove();
    current = undefined;
    baselineHost.shadowRoot?.replaceChildren();
  },
  /** Generates the mock's data once (its cost is not the widget's), for a heap reference without the widget. */
  warm: async () => {
    await (await fetch(`/api/mediacentre/resources?uai=${COLLEGE}`)).text();
    await (await fetch('/api/me')).text();
  },
  ready: true,
};
