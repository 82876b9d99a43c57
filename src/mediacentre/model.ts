// Pure logic of the médiacentre: GAR records as they really come (arrays missing or empty,
// a lone object instead of an array, unknown fields, the same resource in two establishments,
// families of resources) become display entries; search, filters with counts and sort run on
// precomputed folded strings so that a keystroke over 1,000 resources stays within a frame.
import { isRecord } from '../shared/api/errors.js';
import { MAX_TEXT } from '../shared/api/read.js';
import type { GarResource } from '../shared/api/types.js';
import { safeImageUrl, safeUrl } from '../shared/url.js';

export type Facet = 'type' | 'discipline' | 'level' | 'publisher';
export const FACETS: readonly Facet[] = ['type', 'discipline', 'level', 'publisher'];
export type SortKey = 'title' | 'publisher';

/** One resource, cleaned up for display. `record` is the GAR record as received. */
export interface Resource {
  id: string;
  title: string;
  publisher: string;
  /** Safe (http(s) or relative) or undefined. */
  url?: string;
  thumbnail?: string;
  type?: { code: string; label: string };
  levels: string[];
  disciplines: string[];
  pedagogicalTypes: string[];
  documentTypes: string[];
  garBadge?: string;
  distributor?: string;
  validator?: string;
  isMother: boolean;
  motherId?: string;
  /** Establishments (UAI) whose listing holds this resource, in load order. */
  uais: string[];
  record: GarResource;
}

/** What the list shows: a resource, with its family members when it is a *mère de famille*. */
export interface Entry {
  resource: Resource;
  members: Resource[];
  /** Folded text of the entry and its members, for search (worked out on first use). */
  readonly haystack: string;
  /** Folded publisher, for sorting (titles sort through the collator as they are). */
  publisherKey: string;
  facets: Record<Facet, string[]>;
}

export interface Catalog {
  entries: Entry[];
  labels: Record<Facet, Map<string, string>>;
  /** Every resource by id (entries and members). */
  byId: Map<string, Resource>;
}

export interface FilterState {
  q: string;
  type: string;
  discipline: string;
  level: string;
  publisher: string;
  favoritesOnly: boolean;
  sort: SortKey;
}

export const EMPTY_FILTERS: FilterState = {
  q: '',
  type: '',
  discipline: '',
  level: '',
  publisher: '',
  favoritesOnly: false,
  sort: 'title',
};

/** Lower case, no accents, ligatures spelled out, one kind of apostrophe, single spaces. */
export function fold(text: string): string {
  // Fast path: plain ASCII needs no Unicode normalisation.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/ {2,}/g, ' ').trim();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(SPELLED_OUT, (c) => SPELLINGS[c]!)
    .replace(/\s+/g, ' ')
    .trim();
}

// Ligatures, apostrophes and dashes in one pass.
const SPELLINGS: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', '’': "'", '‘': "'", 'ʼ': "'", '`': "'", '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-' };
const SPELLED_OUT = /[œæß’‘ʼ`‐‑‒–—]/g;

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  // A text longer than the contract allows (a broken GAR proxy) is cut before anything reads it.
  const text = value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) : value;
  // Most fields have single spaces only: then trimming is all there is to do (no new string).
  const trimmed = (MESSY_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Whitespace other than a single space. */
const MESSY_SPACE = /[^\S ]| {2}/;

/** What one normalisation pass shares: the base URL (read once) and a memo of folded strings. */
interface NormalizeContext {
  base: string;
  fold: (value: string) => string;
}

function newContext(): NormalizeContext {
  const memo = new Map<string, string>();
  return {
    base: document.baseURI,
    fold: (value) => {
      let result = memo.get(value);
      if (result === undefined) memo.set(value, (result = fold(value)));
      return result;
    },
  };
}

/** `[{nom}]`, a lone `{nom}`, strings, or nothing → distinct names, in order. */
function terms(value: unknown, foldText: (value: string) => string): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  // Most records have a single term: nothing to tell apart then.
  const seen = list.length > 1 ? new Set<string>() : undefined;
  const names: string[] = [];
  for (const item of list) {
    const name = isRecord(item) ? text(item.nom) : text(item);
    if (!name) continue;
    if (seen) {
      const key = foldText(name);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    names.push(name);
  }
  return names;
}

/** The records of a GAR listing body, whatever its shape; anything unusable is dropped. */
export function listingRecords(body: unknown): unknown[] {
  if (!isRecord(body)) return [];
  const list = isRecord(body.listeRessources) ? body.listeRessources.ressource : undefined;
  if (Array.isArray(list)) return list;
  return isRecord(list) ? [list] : [];
}

/** A GAR error body (`{"Erreur":{"Code","Message","Resource"}}`), which some proxies forward with a 200. */
export function isGarErrorBody(body: unknown): boolean {
  if (!isRecord(body) || !('Erreur' in body) || 'listeRessources' in body) return false;
  return isRecord(body.Erreur) && typeof body.Erreur.Message === 'string';
}

/** A family matches a search through one of its members only (then it is shown open). */
export function matchesThroughMember(entry: Entry, q: string): boolean {
  const words = fold(q).split(' ').filter(Boolean);
  const matches = (r: Resource) => {
    const text = searchText([r], fold);
    return words.every((word) => text.includes(word));
  };
  return words.length > 0 && !matches(entry.resource) && entry.members.some(matches);
}

/** One GAR record → a Resource, or undefined when it has no usable id. */
export function normalizeRecord(raw: unknown, uai?: string, context: NormalizeContext = newContext()): Resource | undefined {
  if (!isRecord(raw)) return undefined;
  const id = text(raw.idRessource);
  return id ? new RecordResource(id, raw, uai, context) : undefined;
}

/**
 * A Resource from its GAR record. A class rather than an object literal with getters: all
 * resources then share one shape, which keeps sorting, filtering and rendering 1,000 of them
 * on the engine's fast paths. What only the details dialog shows, and the links (checked by the
 * URL parser), are worked out when first read: for the resources looked at, not for the whole
 * listing before the first paint.
 */
class RecordResource implements Resource {
  readonly record: GarResource;
  title: string;
  publisher: string;
  type?: { code: string; label: string };
  levels: string[];
  disciplines: string[];
  garBadge?: string;
  isMother: boolean;
  motherId?: string;
  uais: string[];
  private readonly base: string;
  // `null`: not worked out yet.
  private checkedUrl: string | undefined | null = null;
  private checkedThumbnail: string | undefined | null = null;

  constructor(
    readonly id: string,
    raw: Record<string, unknown>,
    uai: string | undefined,
    { base, fold: foldText }: NormalizeContext,
  ) {
    this.record = raw as GarResource;
    this.base = base;
    this.title = text(raw.nomRessource) ?? id;
    this.publisher = text(raw.nomEditeur) ?? '';
    const presentation = isRecord(raw.typePresentation) ? raw.typePresentation : undefined;
    const typeLabel = presentation ? text(presentation.nom) : undefined;
    const typeCode = presentation ? (text(presentation.code)?.toUpperCase() ?? typeLabel) : undefined;
    this.type = typeCode ? { code: typeCode, label: typeLabel ?? typeCode } : undefined;
    this.levels = terms(raw.niveauEducatif, foldText);
    this.disciplines = terms(raw.domaineEnseignement, foldText);
    this.garBadge = text(raw.nomSourceEtiquetteGar);
    this.isMother = raw.mereFamille === true || raw.mereFamille === 'true';
    const motherId = text(raw.membreFamille);
    this.motherId = motherId && motherId !== id ? motherId : undefined;
    this.uais = uai ? [uai] : [];
  }

  get url(): string | undefined {
    if (this.checkedUrl === null) this.checkedUrl = safeUrl(this.record.urlAccesRessource, this.base);
    return this.checkedUrl;
  }

  get thumbnail(): string | undefined {
    if (this.checkedThumbnail === null) this.checkedThumbnail = safeImageUrl(this.record.urlVignette, this.base);
    return this.checkedThumbnail;
  }

  get pedagogicalTypes(): string[] {
    return terms(this.record.typePedagogique, fold);
  }

  get documentTypes(): string[] {
    return terms(this.record.typologieDocument, fold);
  }

  get distributor(): string | undefined {
    return text(this.record.distributeurTech);
  }

  get validator(): string | undefined {
    return text(this.record.validateurTech);
  }
}

// School levels in school order; anything else sorts after them, alphabetically.
const LEVEL_ORDER = [
  'cp', 'ce1', 'ce2', 'cm1', 'cm2', 'cycle 2', 'cycle 3', 'cycle 4',
  '6e', '6eme', 'sixieme', '5e', '5eme', 'cinquieme', '4e', '4eme', 'quatrieme', '3e', '3eme', 'troisieme',
  '2de', '2nde', 'seconde', '1re', '1ere', 'premiere', 'tle', 'terminale',
];

function levelRank(key: string): number {
  const index = LEVEL_ORDER.findIndex((level) => key === level || key.startsWith(`${level} `));
  return index === -1 ? LEVEL_ORDER.length : index;
}

const collators = new Map<string, Intl.Collator>();
export function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return c;
}

/**
 * Builds the catalog from the listings of one or more establishments (in order: the first
 * one's record wins for a resource present in several, its establishments are merged).
 * Family members whose mother is in the list are shown inside her, never twice.
 */
export function buildCatalog(listings: ReadonlyArray<{ uai: string; records: readonly unknown[] }>): Catalog {
  const byId = new Map<string, Resource>();
  const context = newContext();
  const foldOnce = context.fold;
  for (const { uai, records } of listings) {
    for (const raw of records) {
      const resource = normalizeRecord(raw, uai, context);
      if (!resource) continue;
      const existing = byId.get(resource.id);
      if (!existing) {
        byId.set(resource.id, resource);
      } else if (!existing.uais.includes(uai)) {
        existing.uais.push(uai);
      }
    }
  }
  const members = new Map<string, Resource[]>();
  for (const resource of byId.values()) {
    const mother = resource.motherId ? byId.get(resource.motherId) : undefined;
    if (!mother || resource.isMother) continue;
    const list = members.get(mother.id) ?? [];
    list.push(resource);
    members.set(mother.id, list);
  }
  const labels: Record<Facet, Map<string, string>> = {
    type: new Map(),
    discipline: new Map(),
    level: new Map(),
    publisher: new Map(),
  };
  const entries: Entry[] = [];
  for (const resource of byId.values()) {
    const mother = resource.motherId ? byId.get(resource.motherId) : undefined;
    if (mother && !resource.isMother) continue; // shown inside its mother
    const family = members.get(resource.id) ?? [];
    const all = [resource, ...family];
    const facets: Record<Facet, string[]> = { type: [], discipline: [], level: [], publisher: [] };
    const add = (facet: Facet, key: string, label: string) => {
      if (!key) return;
      if (!facets[facet].includes(key)) facets[facet].push(key);
      if (!labels[facet].has(key)) labels[facet].set(key, label);
    };
    for (const r of all) {
      if (r.type) add('type', r.type.code, r.type.label);
      for (const d of r.disciplines) add('discipline', foldOnce(d), d);
      for (const l of r.levels) add('level', foldOnce(l), l);
      if (r.publisher) add('publisher', foldOnce(r.publisher), r.publisher);
    }
    entries.push(new CatalogEntry(resource, family, foldOnce(resource.publisher), facets, foldOnce));
  }
  return { entries, labels, byId };
}

/** An Entry; a class, like RecordResource, so that all entries share one shape. */
class CatalogEntry implements Entry {
  private search: string | undefined = undefined;

  constructor(
    readonly resource: Resource,
    readonly members: Resource[],
    readonly publisherKey: string,
    readonly facets: Record<Facet, string[]>,
    private readonly foldOnce: (value: string) => string,
  ) {}

  // The search text is folded when first searched (or when the page is idle, see warmSearch):
  // the first paint does not wait for 1,000 titles to be folded.
  get haystack(): string {
    return (this.search ??= searchText([this.resource, ...this.members], this.foldOnce));
  }
}

/**
 * Folded part by part through the memo: publishers, types, disciplines and levels repeat across
 * a listing, so most parts are folded once per catalog, not once per entry. Search words never
 * hold a space, so the separator cannot change what matches.
 */
function searchText(resources: readonly Resource[], foldOnce: (value: string) => string): string {
  let text = '';
  for (const r of resources) {
    for (const part of [r.title, r.publisher, r.type?.label ?? '', ...r.disciplines, ...r.levels]) {
      if (part) text += `${foldOnce(part)} `;
    }
  }
  return text;
}

/** Works out every entry's search text ahead of the first keystroke (call it when idle). */
export function warmSearch(catalog: Catalog): void {
  for (const entry of catalog.entries) void entry.haystack;
}

export interface FacetOption {
  key: string;
  label: string;
  count: number;
}

export interface FilterResult {
  entries: Entry[];
  options: Record<Facet, FacetOption[]>;
  /** How many entries, first, are pinned favourites. */
  pinned: number;
}

/**
 * Applies search and filters; each facet's counts are those the user would get by choosing
 * that value with the other criteria unchanged (a selected value stays listed, even at 0).
 * `pinned` are the favourites shown first (a snapshot, so that toggling a star does not move
 * the card under the user's pointer).
 */
export function filterCatalog(
  catalog: Catalog,
  state: FilterState,
  pinned: ReadonlySet<string>,
  locale: string,
): FilterResult {
  const words = fold(state.q).split(' ').filter(Boolean);
  const selected: Record<Facet, string> = {
    type: state.type,
    discipline: state.discipline,
    level: state.level,
    publisher: state.publisher,
  };
  const counts: Record<Facet, Map<string, number>> = {
    type: new Map(),
    discipline: new Map(),
    level: new Map(),
    publisher: new Map(),
  };
  const entries: Entry[] = [];
  const pinnedEntries: Entry[] = [];
  for (const entry of sortedEntries(catalog, state.sort, locale)) {
    if (state.favoritesOnly && !isPinnedEntry(entry, pinned)) continue;
    if (words.length > 0 && !words.every((word) => entry.haystack.includes(word))) continue;
    let misses = 0;
    let missed: Facet | undefined;
    for (const facet of FACETS) {
      const value = selected[facet];
      if (value && !entry.facets[facet].includes(value)) {
        misses++;
        missed = facet;
      }
    }
    if (misses === 0) {
      (isPinnedEntry(entry, pinned) ? pinnedEntries : entries).push(entry);
      for (const facet of FACETS) for (const key of entry.facets[facet]) counts[facet].set(key, (counts[facet].get(key) ?? 0) + 1);
    } else if (misses === 1 && missed) {
      // Matches everything but this facet: counts for this facet's other values.
      for (const key of entry.facets[missed]) counts[missed].set(key, (counts[missed].get(key) ?? 0) + 1);
    }
  }
  const c = collator(locale);

  const options = {} as Record<Facet, FacetOption[]>;
  for (const facet of FACETS) {
    const list: FacetOption[] = [];
    for (const [key, label] of catalog.labels[facet]) {
      const count = counts[facet].get(key) ?? 0;
      if (count > 0 || key === selected[facet]) list.push({ key, label, count });
    }
    list.sort(
      facet === 'level'
        ? (a, b) => levelRank(a.key) - levelRank(b.key) || c.compare(a.label, b.label)
        : (a, b) => c.compare(a.label, b.label),
    );
    options[facet] = list;
  }
  return { entries: pinnedEntries.concat(entries), options, pinned: pinnedEntries.length };
}

// The catalog sorted once per sort order and locale: a keystroke then only filters.
const sortCache = new WeakMap<Catalog, Map<string, Entry[]>>();

function sortedEntries(catalog: Catalog, sort: SortKey, locale: string): Entry[] {
  let byKey = sortCache.get(catalog);
  if (!byKey) sortCache.set(catalog, (byKey = new Map()));
  const key = `${sort}|${locale}`;
  let sorted = byKey.get(key);
  if (!sorted) {
    const c = collator(locale);
    // The collator ignores case and accents (sensitivity: base): titles need no folding first.
    const byTitle = (a: Entry, b: Entry) => c.compare(a.resource.title, b.resource.title) || (a.resource.id < b.resource.id ? -1 : 1);
    const compare =
      sort === 'publisher'
        ? (a: Entry, b: Entry) => (a.publisherKey === '' ? 1 : 0) - (b.publisherKey === '' ? 1 : 0) || c.compare(a.publisherKey, b.publisherKey) || byTitle(a, b)
        : byTitle;
    sorted = [...catalog.entries].sort(compare);
    byKey.set(key, sorted);
  }
  return sorted;
}

/** An entry counts as a favourite when it or one of its members is one. */
export function isPinnedEntry(entry: Entry, pinned: ReadonlySet<string>): boolean {
  if (pinned.size === 0) return false;
  return pinned.has(entry.resource.id) || entry.members.some((member) => pinned.has(member.id));
}

export function isFiltered(state: FilterState): boolean {
  return state.q.trim() !== '' || state.favoritesOnly || FACETS.some((facet) => state[facet] !== '');
}

/** Reads a stored UI state defensively (old versions, hand-edited storage). */
export function restoreFilters(value: unknown): FilterState {
  const state = { ...EMPTY_FILTERS };
  if (!isRecord(value)) return state;
  for (const key of ['q', ...FACETS] as const) {
    if (typeof value[key] === 'string') state[key] = value[key].slice(0, 200);
  }
  state.favoritesOnly = value.favoritesOnly === true;
  state.sort = value.sort === 'publisher' ? 'publisher' : 'title';
  return state;
}
