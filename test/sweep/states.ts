// The states of every element, for the sweeps of test/sweep/: who is signed in, the mock's
// scenario, what shows the state is on screen, and what opens a dialog, disclosure or form.
// Elements run on the project's mock back end (src/mocks), one per test, without a provider.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { NOW, resetMock, useMock } from '../support/mock.js';
import { worker } from '../support/msw.js';
import { resetMockData, type DemoUser, type Scenario } from '../../src/mocks/index.js';
import type { Locale } from '../../src/shared/i18n.js';
import '../../src/index.js';

export const LANGS: Locale[] = ['fr', 'en'];

export type Tag =
  | 'ent-tile-news'
  | 'ent-tile-banner'
  | 'ent-tile-settings'
  | 'ent-targeted-announcement'
  | 'ent-announcement-admin'
  | 'gar-mediacentre'
  | 'gar-affectation-console';

export interface State {
  tag: Tag;
  state: string;
  user: DemoUser;
  /** `loading`: every API answer but GET /me waits until the test ends. */
  scenario?: Scenario | 'loading';
  /** True once the state is on screen. */
  shown: (root: ShadowRoot, el: HTMLElement) => unknown;
  /** From the data state: opens a dialog, a disclosure, a form… and waits until it shows. */
  open?: (root: ShadowRoot, el: HTMLElement) => Promise<unknown>;
}

const attrs: Record<Tag, Record<string, string>> = {
  'ent-tile-news': { 'tile-id': 'news-1' },
  'ent-tile-banner': { 'tile-id': 'banner-1' },
  'ent-tile-settings': { 'tile-id': 'news-1' },
  'ent-targeted-announcement': { 'refresh-interval': '0' },
  'ent-announcement-admin': {},
  'gar-mediacentre': {},
  'gar-affectation-console': { section: 'subscriptions' },
};

export const $ = <T extends Element = HTMLElement>(root: ShadowRoot, selector: string): T | null => root.querySelector<T>(selector);
const loading = (root: ShadowRoot) => $(root, '[part~="loading"]');
const error = (root: ShadowRoot) => $(root, '[part~="error"]');
const empty = (root: ShadowRoot) => $(root, '[part~="empty"]');

async function until(predicate: () => unknown, message: string): Promise<void> {
  await waitUntil(predicate, message, { timeout: 5000 });
}

async function click(root: ShadowRoot, selector: string): Promise<void> {
  const target = $(root, selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await (root.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/** Every state of every element that applies. */
export const STATES: State[] = [
  { tag: 'ent-tile-news', state: 'loading', user: 'eleve', scenario: 'loading', shown: loading },
  { tag: 'ent-tile-news', state: 'empty', user: 'eleve', scenario: 'empty', shown: empty },
  { tag: 'ent-tile-news', state: 'error', user: 'eleve', scenario: 'error', shown: error },
  { tag: 'ent-tile-news', state: 'data', user: 'eleve', shown: (r) => $(r, '[part~="article"]') },

  { tag: 'ent-tile-banner', state: 'loading', user: 'eleve', scenario: 'loading', shown: loading },
  { tag: 'ent-tile-banner', state: 'error', user: 'eleve', scenario: 'error', shown: error },
  // The empty data set links no article: the image alone.
  { tag: 'ent-tile-banner', state: 'empty (image only)', user: 'eleve', scenario: 'empty', shown: (r) => $(r, 'img') && !$(r, '[part~="panel"]') },
  { tag: 'ent-tile-banner', state: 'data', user: 'eleve', shown: (r) => $(r, '[part~="panel"]') },

  { tag: 'ent-tile-settings', state: 'loading', user: 'admin', scenario: 'loading', shown: loading },
  { tag: 'ent-tile-settings', state: 'error', user: 'admin', scenario: 'error', shown: error },
  { tag: 'ent-tile-settings', state: 'data', user: 'admin', shown: (r) => $(r, '[part~="form"]') && $(r, '[part~="preview"] ent-tile-news')?.shadowRoot?.querySelector('[part~="article"]') },
  {
    tag: 'ent-tile-settings',
    state: 'validation error',
    user: 'admin',
    shown: (r) => $(r, '[part~="form"]'),
    async open(root) {
      const title = $<HTMLInputElement>(root, '#title')!;
      title.value = '  ';
      title.dispatchEvent(new Event('input', { bubbles: true }));
      await click(root, '[part~="save-button"]');
      await until(() => title.getAttribute('aria-invalid') === 'true' && $(root, '#title-error')?.textContent, 'no error on the title');
    },
  },

  { tag: 'ent-targeted-announcement', state: 'loading', user: 'eleve', scenario: 'loading', shown: loading },
  // Nothing to show: the element hides itself.
  { tag: 'ent-targeted-announcement', state: 'empty (hidden)', user: 'eleve', scenario: 'empty', shown: (_, el) => el.hidden && (el as unknown as { phase: string }).phase !== 'loading' },
  { tag: 'ent-targeted-announcement', state: 'error', user: 'eleve', scenario: 'error', shown: error },
  { tag: 'ent-targeted-announcement', state: 'data', user: 'eleve', shown: (r) => $(r, 'article') },
  {
    tag: 'ent-targeted-announcement',
    state: 'hidden messages open',
    user: 'eleve',
    shown: (r) => $(r, 'article .dismiss'),
    async open(root) {
      await click(root, 'article .dismiss');
      await until(() => $(root, '[part~="hidden-toggle"]'), 'no hidden messages toggle');
      await click(root, '[part~="hidden-toggle"]');
      await until(() => $(root, '[part~="hidden-toggle"]')!.getAttribute('aria-expanded') === 'true' && $(root, '.hidden-list button'), 'hidden messages not shown');
    },
  },
  {
    tag: 'ent-targeted-announcement',
    state: 'form with errors',
    user: 'eleve',
    shown: (r) => $(r, '[part~="form"] form'),
    async open(root) {
      await click(root, '[part~="submit-button"]');
      await until(() => $(root, '[part~="form"] [aria-invalid="true"]'), 'no field marked invalid');
    },
  },

  { tag: 'ent-announcement-admin', state: 'loading', user: 'admin', scenario: 'loading', shown: loading },
  { tag: 'ent-announcement-admin', state: 'empty', user: 'admin', scenario: 'empty', shown: (r) => $(r, '.new-button') && !$(r, 'li.row') },
  { tag: 'ent-announcement-admin', state: 'error', user: 'admin', scenario: 'error', shown: error },
  { tag: 'ent-announcement-admin', state: 'data', user: 'admin', shown: (r) => $(r, 'li.row') },
  {
    tag: 'ent-announcement-admin',
    state: 'composer with errors',
    user: 'admin',
    shown: (r) => $(r, 'li.row'),
    async open(root) {
      await click(root, '.new-button');
      await until(() => $(root, 'fieldset fieldset') && /\d/.test($(root, '.reach')?.textContent ?? ''), 'composer not ready');
      await click(root, '.publish');
      await until(() => $(root, '#f-title')?.getAttribute('aria-invalid') === 'true', 'no error on the title');
    },
  },
  {
    tag: 'ent-announcement-admin',
    state: 'delete confirmation',
    user: 'admin',
    shown: (r) => $(r, 'li.row .delete'),
    async open(root) {
      await click(root, 'li.row .delete');
      await until(() => $(root, '.confirm .danger'), 'no confirmation');
    },
  },

  { tag: 'gar-mediacentre', state: 'loading', user: 'eleve', scenario: 'loading', shown: loading },
  { tag: 'gar-mediacentre', state: 'empty', user: 'eleve', scenario: 'empty', shown: empty },
  { tag: 'gar-mediacentre', state: 'error', user: 'eleve', scenario: 'error', shown: error },
  { tag: 'gar-mediacentre', state: 'data', user: 'eleve', shown: (r) => $(r, '[part~="card"]') },
  {
    tag: 'gar-mediacentre',
    state: 'details dialog',
    user: 'eleve',
    shown: (r) => $(r, '[part~="details-button"]'),
    async open(root) {
      await click(root, '[part~="details-button"]');
      await until(() => $<HTMLDialogElement>(root, 'dialog')?.open, 'details dialog not open');
    },
  },

  { tag: 'gar-affectation-console', state: 'loading', user: 'responsable', scenario: 'loading', shown: loading },
  { tag: 'gar-affectation-console', state: 'empty', user: 'responsable', scenario: 'empty', shown: (r) => $(r, '.panel[aria-busy="false"]') },
  { tag: 'gar-affectation-console', state: 'error', user: 'responsable', scenario: 'error', shown: error },
  { tag: 'gar-affectation-console', state: 'data', user: 'responsable', shown: (r) => $(r, '.panel[aria-busy="false"] tr[data-id]') },
  {
    tag: 'gar-affectation-console',
    state: 'assignment summary',
    user: 'responsable',
    shown: (r) => $(r, 'tr[data-id="sub-0330001A-015"] td .button'),
    async open(root) {
      await click(root, 'tr[data-id="sub-0330001A-015"] td .button');
      await click(root, 'input[name="flow-public"][value="eleve"]');
      const division = () => [...root.querySelectorAll<HTMLLabelElement>('fieldset.divisions label')].find((l) => l.textContent!.trim().startsWith('5e A'));
      await until(division, 'no division 5e A');
      division()!.querySelector('input')!.click();
      await (root.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await click(root, '#preview');
      await until(() => $(root, '[part~="summary"]'), 'no summary');
    },
  },
  {
    tag: 'gar-affectation-console',
    state: 'assignment saved, undo offered',
    user: 'responsable',
    shown: (r) => $(r, 'tr[data-id="sub-0330001A-015"] td .button'),
    async open(root, el) {
      await STATES.find((s) => s.tag === 'gar-affectation-console' && s.state === 'assignment summary')!.open!(root, el);
      await click(root, '#confirm');
      await until(() => $(root, '[part~="toast"] #undo'), 'no undo toast');
    },
  },
  ...(
    [
      ['dashboard', (r: ShadowRoot) => $(r, '[part~="dashboard"]')],
      ['recovery', (r: ShadowRoot) => $(r, 'fieldset.departed')],
      ['statistics', (r: ShadowRoot) => $(r, 'table.statistics')],
    ] as const
  ).map(
    ([section, ready]): State => ({
      tag: 'gar-affectation-console',
      state: `section ${section}`,
      user: 'responsable',
      shown: (r) => $(r, '.panel[aria-busy="false"] tr[data-id]'),
      async open(root) {
        await click(root, `.tab[data-tab="${section}"]`);
        await until(() => ready(root), `${section} not shown`);
      },
    }),
  ),
  {
    tag: 'gar-affectation-console',
    state: 'section population, resources listed',
    user: 'responsable',
    shown: (r) => $(r, '.panel[aria-busy="false"] tr[data-id]'),
    async open(root) {
      await click(root, '.tab[data-tab="population"]');
      const target = $<HTMLSelectElement>(root, '#pop-target')!;
      target.value = target.options[1]!.value;
      target.dispatchEvent(new Event('change'));
      await until(() => $(root, 'input[name="pop-public"][value="eleve"]'), 'no public');
      await click(root, 'input[name="pop-public"][value="eleve"]');
      await until(() => $(root, 'fieldset.resources input'), 'no resources listed');
    },
  },
];

let release: (() => void) | undefined;

/** Mounts the element of a state in a language, on the mock back end, and waits until the state shows. */
export async function mountState(s: State, lang: Locale, width: number | 'auto' = 760): Promise<HTMLElement> {
  resetMockData();
  useMock(s.user, '/api', s.scenario === 'loading' ? 'default' : s.scenario);
  if (s.scenario === 'loading') {
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Falls through to the mock once released (a resolver returning nothing).
    worker.use(http.all('/api/*', async ({ request }) => (new URL(request.url).pathname === '/api/me' ? undefined : gate)));
  }
  const el = document.createElement(s.tag) as HTMLElement & { now?: unknown };
  for (const [name, value] of Object.entries({ 'api-base': '/api', lang, 'heading-level': '2', ...attrs[s.tag] })) el.setAttribute(name, value);
  if (s.tag === 'ent-targeted-announcement') el.now = () => NOW.getTime();
  if (s.tag === 'gar-affectation-console') el.now = () => NOW;
  await fixture(html`<div style="width: ${width === 'auto' ? 'auto' : `${width}px`}">${el}</div>`);
  await until(() => s.shown(el.shadowRoot!, el), `${s.tag}: ${s.state} not shown`);
  if (s.open) await s.open(el.shadowRoot!, el);
  return el;
}

/** Lets a held request through, removes the element and resets the mock. */
export async function unmountState(): Promise<void> {
  release?.();
  release = undefined;
  await resetMock();
}
