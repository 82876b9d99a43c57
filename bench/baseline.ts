// The plain-DOM baseline: the médiacentre's cards written for the benchmark with
// document.createElement, no framework, no search index, no facets — from the same GAR
// listing body, with the same markup and the same stylesheets as <gar-mediacentre>. It sorts by
// title like the widget and renders either its first page (what the widget paints) or every card.
import { tokens } from '../src/shared/tokens.js';
import { stateStyles } from '../src/shared/states.js';
import { formStyles } from '../src/shared/form-styles.js';
import { mediacentreStyles } from '../src/mediacentre/styles.js';

const SVG = 'http://www.w3.org/2000/svg';
const sheets = [tokens, stateStyles, formStyles, mediacentreStyles].map((s) => s.styleSheet!);

type Raw = Record<string, unknown>;

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value == null ? [] : [value];
  return list.map((v) => (typeof v === 'object' && v !== null ? String((v as Raw).nom ?? '') : String(v))).filter(Boolean);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function icon(className: string, viewBox: string, paths: Array<[string, string?]>): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', className);
  svg.setAttribute('viewBox', viewBox);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const [d, fill] of paths) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    if (fill) path.setAttribute('fill', fill);
    svg.append(path);
  }
  return svg;
}

function chipsRow(label: string, values: string[]): HTMLElement | undefined {
  if (values.length === 0) return undefined;
  const row = el('div');
  row.append(el('dt', 'visually-hidden', label));
  const dd = el('dd', 'chips');
  for (const v of values) dd.append(el('span', 'chip', v), ' ');
  row.append(dd);
  return row;
}

function card(r: Raw, index: number, total: number): HTMLLIElement {
  const title = String(r.nomRessource ?? r.idRessource);
  const li = el('li', 'card');
  li.setAttribute('part', 'card');
  li.setAttribute('aria-setsize', String(total));
  li.setAttribute('aria-posinset', String(index + 1));
  const thumb = el('div', 'thumb');
  thumb.append(icon('placeholder', '0 0 48 48', [['M8 6h24l8 8v28H8zM30 8v8h8', 'currentColor'], ['M14 22h20v2H14zm0 6h20v2H14zm0 6h14v2H14z', '#fff']]));
  if (typeof r.urlVignette === 'string') {
    const img = el('img');
    img.src = r.urlVignette;
    img.alt = '';
    img.loading = 'lazy';
    img.decoding = 'async';
    thumb.append(img);
  }
  li.append(thumb);
  if (typeof r.nomSourceEtiquetteGar === 'string') {
    const badge = el('span', 'gar-badge');
    badge.title = r.nomSourceEtiquetteGar;
    const shown = el('span', undefined, 'GAR');
    shown.setAttribute('aria-hidden', 'true');
    badge.append(shown, el('span', 'visually-hidden', r.nomSourceEtiquetteGar));
    li.append(badge);
  }
  const body = el('div', 'body');
  const h = el('h3', 'card-title');
  const link = el('a', 'title-link', title);
  link.href = String(r.urlAccesRessource ?? '#');
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.append(el('span', 'visually-hidden', ' (nouvel onglet)'));
  h.append(link);
  body.append(h);
  if (r.nomEditeur) body.append(el('p', 'publisher', String(r.nomEditeur)));
  const meta = el('dl', 'meta');
  const type = (r.typePresentation as Raw | undefined)?.nom;
  if (type) {
    const row = el('div');
    row.append(el('dt', 'visually-hidden', 'Type'), el('dd', undefined, String(type)));
    meta.append(row);
  }
  for (const row of [chipsRow('Niveaux', names(r.niveauEducatif)), chipsRow('Disciplines', names(r.domaineEnseignement))]) if (row) meta.append(row);
  body.append(meta);
  const actions = el('div', 'actions');
  const star = el('button', 'button small favorite');
  star.type = 'button';
  star.setAttribute('aria-pressed', 'false');
  star.append(icon('star', '0 0 24 24', [['M12 2.8l2.8 5.8 6.4.9-4.6 4.5 1.1 6.3L12 17.3l-5.7 3 1.1-6.3-4.6-4.5 6.4-.9z']]), el('span', 'visually-hidden', `Favori : ${title}`));
  const details = el('button', 'button small', 'Détails');
  details.type = 'button';
  details.setAttribute('aria-haspopup', 'dialog');
  details.append(el('span', 'visually-hidden', ` : ${title}`));
  actions.append(star, ' ', details);
  body.append(actions);
  li.append(body);
  return li;
}

/** Renders the cards of a GAR listing body into `host` (its own shadow root, the widget's stylesheets). */
export function renderBaseline(host: HTMLElement, body: unknown, limit: number): number {
  const records = ((body as { listeRessources?: { ressource?: Raw[] } }).listeRessources?.ressource ?? []).filter((r) => r && r.idRessource);
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  const sorted = records
    .map((r) => ({ r, key: String(r.nomRessource ?? r.idRessource) }))
    .sort((a, b) => collator.compare(a.key, b.key))
    .map((x) => x.r);
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const list = el('ul', 'cards grid');
  list.setAttribute('role', 'list');
  list.setAttribute('aria-label', 'Ressources');
  const shown = sorted.slice(0, limit);
  shown.forEach((r, i) => list.append(card(r, i, sorted.length)));
  root.replaceChildren(list);
  return shown.length;
}
