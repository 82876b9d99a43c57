// The bad-answer sweep's material: what a buggy or half-migrated back end may answer (cases),
// which element reads which operation (targets), and how to tell a usable element from a broken
// one. Each case rewrites the mock's own (valid) answer to one operation.
import { http, HttpResponse, getResponse } from 'msw';
import { createHandlers } from '../../src/mocks/index.js';
import { OFF_CONTRACT, worker } from '../support/msw.js';

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rewrites every value below the top level (the top-level object keeps its keys). */
function deep(body: Json, leaf: (value: Json, key: string) => Json): Json {
  const walk = (value: Json, key: string): Json => {
    if (Array.isArray(value) || isObject(value)) {
      const next = leaf(value, key);
      if (next !== value) return next;
      if (Array.isArray(value)) return value.map((v) => walk(v, key));
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return leaf(value, key);
  };
  return isObject(body) ? Object.fromEntries(Object.entries(body).map(([k, v]) => [k, walk(v, k)])) : walk(body, '');
}

/** The arrays of records of an answer (at most two levels down: `articles`, `listeRessources.ressource`). */
function recordLists(body: Json, depth = 0): Json[][] {
  if (Array.isArray(body)) return body.some(isObject) ? [body] : [];
  if (!isObject(body) || depth > 1) return [];
  return Object.values(body).flatMap((value) => recordLists(value, depth + 1));
}

const TITLES = new Set(['title', 'nomRessource', 'name', 'displayName', 'lastName', 'label']);
const TWO_MB = 'Titre très long '.repeat(131_072);

/** The cases: each returns the answer's new JSON, or a string sent as is (not JSON). */
export const CASES: Record<string, (body: Json) => Json> = {
  'malformed JSON': () => ({ raw: '{"unterminated": [1, 2' }),
  'wrong types': (body) =>
    deep(body, (value) => (typeof value === 'string' ? 42 : typeof value === 'number' ? 'beaucoup' : typeof value === 'boolean' ? 'oui' : value)),
  'string for array': (body) => deep(body, (value) => (Array.isArray(value) ? 'pas une liste' : value)),
  'nulls everywhere': (body) => deep(body, () => null),
  'missing required fields': (body) => {
    const copy = structuredClone(body);
    // The first record of each list loses its text fields; the others are intact.
    for (const list of recordLists(copy)) {
      const first = list[0];
      if (isObject(first)) for (const [key, value] of Object.entries(first)) if (typeof value === 'string' || isObject(value)) delete first[key];
    }
    if (recordLists(copy).length === 0 && isObject(copy)) for (const key of Object.keys(copy).slice(0, 2)) delete copy[key];
    return copy;
  },
  '5,000 records': (body) => {
    const copy = structuredClone(body);
    for (const list of recordLists(copy)) {
      const model = list.slice();
      list.length = 0;
      for (let i = 0; i < 5000; i += 1) {
        const record = structuredClone(model[i % model.length]);
        if (isObject(record)) for (const key of ['id', 'idRessource']) if (typeof record[key] === 'string') record[key] = `${record[key]}-${i}`;
        list.push(record);
      }
    }
    return copy;
  },
  '2 MB title': (body) => {
    const copy = structuredClone(body);
    const lists = recordLists(copy);
    const first = lists.length > 0 ? lists[0][0] : copy;
    const stretch = (value: Json) => {
      if (!isObject(value)) return;
      for (const [key, inner] of Object.entries(value)) {
        if (typeof inner === 'string' && TITLES.has(key)) value[key] = TWO_MB;
        else stretch(inner);
      }
    };
    stretch(first);
    return copy;
  },
};

/** Cases a list operation must survive with its data shown (the records are valid, or most are). */
export const DATA_CASES = new Set(['missing required fields', '5,000 records', '2 MB title']);

export interface Target {
  tag: string;
  label?: string;
  user: 'eleve' | 'admin' | 'responsable';
  attrs?: Record<string, string>;
  /** GET operations the element reads, as msw paths under /api. */
  operations: string[];
  /** The element's data is on screen. */
  data: (root: ShadowRoot, el: HTMLElement) => unknown;
}

const console = 'gar-affectation-console';
const establishment = '/affectation/establishments/:uai';

export const TARGETS: Target[] = [
  { tag: 'ent-tile-news', user: 'eleve', attrs: { 'tile-id': 'news-1' }, operations: ['/me', '/home/tiles/:tileId', '/news/articles'], data: (r) => r.querySelector('[part~="article"]') },
  { tag: 'ent-tile-banner', user: 'eleve', attrs: { 'tile-id': 'banner-1' }, operations: ['/home/tiles/:tileId'], data: (r) => r.querySelector('[part~="banner"]') },
  { tag: 'ent-tile-settings', user: 'admin', attrs: { 'tile-id': 'news-1' }, operations: ['/me', '/home/tiles/:tileId', '/news/rubriques', '/news/articles'], data: (r) => r.querySelector('[part~="form"]') },
  { tag: 'ent-targeted-announcement', user: 'eleve', attrs: { 'refresh-interval': '0' }, operations: ['/announcements'], data: (r) => r.querySelector('article') },
  { tag: 'ent-announcement-admin', user: 'admin', operations: ['/me', '/admin/announcements'], data: (r) => r.querySelector('li.row') },
  { tag: 'gar-mediacentre', user: 'eleve', operations: ['/me', '/mediacentre/resources', '/mediacentre/favorites'], data: (r) => r.querySelector('[part~="card"]') },
  { tag: console, label: 'subscriptions', user: 'responsable', attrs: { section: 'subscriptions' }, operations: ['/me', `${establishment}/subscriptions`, `${establishment}/populations`], data: (r) => r.querySelector('tr[data-id]') },
  { tag: console, label: 'dashboard', user: 'responsable', attrs: { section: 'dashboard' }, operations: [`${establishment}/dashboard`], data: (r) => r.querySelector('[part~="dashboard"] li') },
  { tag: console, label: 'recovery', user: 'responsable', attrs: { section: 'recovery' }, operations: [`${establishment}/people`], data: (r) => r.querySelector('.departed input[type="checkbox"]') },
  { tag: console, label: 'statistics', user: 'responsable', attrs: { section: 'statistics' }, operations: [`${establishment}/statistics`], data: (r) => r.querySelector('table tbody tr') },
];

/** The instant the last bad answer was handed to the page (its preparation is the test's, not the element's). */
export let answeredAt = Number.POSITIVE_INFINITY;

let sent: string | undefined;
// Once msw has handed the answer over to the page's request: from then on the time is the element's.
worker.events.on('response:mocked', ({ request }) => {
  if (sent && new URL(request.url).pathname.startsWith('/api') && matches(sent, new URL(request.url).pathname)) answeredAt = performance.now();
});

function matches(operation: string, pathname: string): boolean {
  return new RegExp(`^/api${operation.replace(/:\w+/g, '[^/]+')}$`).test(pathname);
}

/** A handler answering `operation` with the mock's own answer rewritten by `rewrite`. */
export function badAnswer(operation: string, rewrite: (body: Json) => Json) {
  const handlers = createHandlers({ base: '/api' });
  answeredAt = Number.POSITIVE_INFINITY;
  sent = operation;
  return http.get(`/api${operation}`, async ({ request }) => {
    const real = await getResponse(handlers, request.clone());
    if (!real || !real.ok) return real;
    const next = rewrite(await real.json());
    const text = isObject(next) && typeof next.raw === 'string' ? next.raw : JSON.stringify(next);
    return new HttpResponse(text, { headers: { 'Content-Type': 'application/json', [OFF_CONTRACT]: '1' } });
  });
}

/** Every text of the element as a user gets it: text, labels, titles, alt texts, values (nested shadow roots too). */
export function userText(root: ShadowRoot | Element): string {
  const parts: string[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'value']) {
        const value = el.getAttribute(name);
        if (value) parts.push(value);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  parts.push(root.textContent ?? '');
  visit(root);
  return parts.join('\n');
}

/**
 * Measures the page's longest task from now on: a timer that should fire every 10 ms; a late
 * one tells how long the main thread was held. Only what follows `answeredAt` counts.
 */
export function watchLongestTask(): { stop: () => number } {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    if (last >= answeredAt) longest = Math.max(longest, now - last - 10);
    last = now;
    if (running) setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
  return {
    stop: () => {
      running = false;
      return Math.max(0, longest);
    },
  };
}
