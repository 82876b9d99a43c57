// Pure helpers of <gar-affectation-console>: licence arithmetic as shown, subscription
// filtering and sorting, merging fresh counts. No DOM, no I/O.
import type { AssignmentResult, Person, Public, PublicCount, Subscription, SubscriptionCounts } from '../shared/api/types.js';
import { freshCounts } from './read.js';

export const PUBLICS: Public[] = ['eleve', 'enseignant', 'documentaliste', 'personnel'];

export type LicenceFilter = '' | 'individuelle' | 'etablissement';
export type SortKey = 'title' | 'publisher' | 'validUntil' | 'available';
export type SortDirection = 'ascending' | 'descending';

export interface SubscriptionFilters {
  query: string;
  licenceType: LicenceFilter;
  public: '' | Public;
  attention: boolean;
  sort: SortKey;
  direction: SortDirection;
}

export const DEFAULT_FILTERS: SubscriptionFilters = {
  query: '',
  licenceType: '',
  public: '',
  attention: false,
  sort: 'title',
  direction: 'ascending',
};

/** Lower case, no accents: "Élève" and "eleve" match. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function titleOf(sub: Subscription): string {
  return sub.resource.nomRessource ?? sub.id;
}

export function countFor(sub: Subscription, pub: Public): PublicCount | undefined {
  return sub.counts.find((c) => c.public === pub);
}

/** Licences left over every public (null: unlimited). */
export function totalAvailable(sub: Subscription): number | null {
  let sum = 0;
  for (const count of sub.counts) {
    if (count.available === null) return null;
    sum += count.available;
  }
  return sum;
}

export function totalAssigned(sub: Subscription): number {
  return sub.counts.reduce((sum, c) => sum + c.assigned, 0);
}

const DAY = 24 * 60 * 60 * 1000;

/** Days from `now` to the end of validity (negative when expired). */
export function daysLeft(sub: Subscription, now: Date): number {
  return Math.floor((Date.parse(`${sub.validUntil}T23:59:59`) - now.getTime()) / DAY);
}

export type AttentionReason = 'unassigned' | 'family' | 'expiring' | 'new';

/** Why a subscription needs the responsable's attention now (empty: it does not). */
export function attentionReasons(sub: Subscription, now: Date): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (totalAssigned(sub) === 0) reasons.push('unassigned');
  if (sub.familyMother && sub.familyComplete === false) reasons.push('family');
  const left = daysLeft(sub, now);
  if (left >= 0 && left <= 30) reasons.push('expiring');
  if (sub.receivedAt && now.getTime() - Date.parse(sub.receivedAt) <= 7 * DAY) reasons.push('new');
  return reasons;
}

export interface Row {
  sub: Subscription;
  title: string;
  publisher: string;
  haystack: string;
  reasons: AttentionReason[];
  /** For a member of a publisher's family (bundle), its mother's title. */
  familyTitle?: string;
}

export function buildRows(subs: Subscription[], now: Date): Row[] {
  const byId = new Map(subs.map((sub) => [sub.id, sub]));
  return subs.map((sub) => {
    const title = titleOf(sub);
    const publisher = sub.resource.nomEditeur ?? '';
    const mother = sub.familyMemberOf ? byId.get(sub.familyMemberOf) : undefined;
    return {
      sub,
      title,
      publisher,
      haystack: fold(`${title} ${publisher} ${sub.distributor ?? ''} ${sub.orderRef ?? ''}`),
      reasons: attentionReasons(sub, now),
      ...(mother ? { familyTitle: titleOf(mother) } : {}),
    };
  });
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export function filterRows(rows: Row[], filters: SubscriptionFilters): Row[] {
  const words = fold(filters.query).split(/\s+/).filter(Boolean);
  const kept = rows.filter((row) => {
    if (filters.licenceType && row.sub.licenceType !== filters.licenceType) return false;
    if (filters.public && !row.sub.publics.includes(filters.public)) return false;
    if (filters.attention && row.reasons.length === 0) return false;
    return words.every((word) => row.haystack.includes(word));
  });
  const sign = filters.direction === 'ascending' ? 1 : -1;
  const compare = (a: Row, b: Row): number => {
    switch (filters.sort) {
      case 'publisher':
        return collator.compare(a.publisher, b.publisher);
      case 'validUntil':
        return a.sub.validUntil.localeCompare(b.sub.validUntil);
      case 'available': {
        const x = totalAvailable(a.sub) ?? Number.POSITIVE_INFINITY;
        const y = totalAvailable(b.sub) ?? Number.POSITIVE_INFINITY;
        return x === y ? 0 : x < y ? -1 : 1;
      }
      default:
        return collator.compare(a.title, b.title);
    }
  };
  kept.sort((a, b) => sign * compare(a, b) || collator.compare(a.title, b.title));
  return groupFamilies(kept);
}

/** Members of a family follow their mother (in the sorted order) when she is listed too. */
function groupFamilies(rows: Row[]): Row[] {
  const listed = new Set(rows.map((row) => row.sub.id));
  const membersOf = new Map<string, Row[]>();
  for (const row of rows) {
    const mother = row.sub.familyMemberOf;
    if (mother && listed.has(mother)) membersOf.set(mother, [...(membersOf.get(mother) ?? []), row]);
  }
  if (membersOf.size === 0) return rows;
  return rows.flatMap((row) => (row.sub.familyMemberOf && listed.has(row.sub.familyMemberOf) ? [] : [row, ...(membersOf.get(row.sub.id) ?? [])]));
}

/** Replaces the counts of the subscriptions the server answered; untouched ones keep their object. */
export function mergeCounts(subs: Subscription[], fresh: SubscriptionCounts[] | undefined): Subscription[] {
  // A 409's body is not read by the client's readers: its counts are checked here.
  const usable = Array.isArray(fresh) ? fresh.filter(freshCounts) : [];
  if (usable.length === 0) return subs;
  const byId = new Map(usable.map((c) => [c.id, c]));
  return subs.map((sub) => {
    const counts = byId.get(sub.id);
    if (!counts) return sub;
    const next: Subscription = { ...sub, counts: counts.counts };
    if (counts.familyComplete !== undefined) next.familyComplete = counts.familyComplete;
    return next;
  });
}

/** A stable signature of a request: the same signature keeps the same Idempotency-Key. */
/** A person as the console lists them: LAST NAME First name. */
export function personName(p: Person): string {
  return `${p.lastName.toUpperCase()} ${p.firstName}`;
}

/** The assignments an answer says it created: what an undo removes (extended ones existed before). */
export function createdIds(result: AssignmentResult): string[] {
  return result.assignments.filter((a) => a.outcome === 'created').map((a) => a.id);
}

export function requestSignature(request: { subscriptionIds: string[]; public: string; targets: Array<{ type: string; id: string }> }): string {
  const targets = request.targets.map((t) => `${t.type}:${t.id}`).sort();
  return JSON.stringify([[...request.subscriptionIds].sort(), request.public, targets]);
}

/** A CSV field, quoted when needed; formulas are neutralised (CSV injection). */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: Array<Array<string | number>>): string {
  return rows.map((row) => row.map(csvField).join(';')).join('\r\n') + '\r\n';
}

/** The `count` months up to `now`'s month in Europe/Paris (YYYY-MM), most recent first: the statistics range choices. */
export function recentMonths(now: Date, count: number): string[] {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' }).format(now).split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, back) => {
    const index = year * 12 + (month - 1) - back;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** The school levels a GAR level term covers (ScoLOMFR voc-022): a cycle or a stage spans several. */
const SPANS: Record<string, readonly string[]> = {
  'cycle 3': ['6e'],
  'cycle 4': ['5e', '4e', '3e'],
  collège: ['6e', '5e', '4e', '3e'],
  lycée: ['2nde', '1re', 'Tle'],
};

/**
 * Whether a resource is for one of `levels` (« 4e »…): it names it, or a cycle or stage holding
 * it. A resource naming no level is taken as fitting: its record says nothing against it.
 */
export function fitsLevels(terms: ReadonlyArray<{ nom: string }> | undefined, levels: ReadonlySet<string>): boolean {
  if (!terms?.length || levels.size === 0) return true;
  return terms.some(({ nom }) => {
    const name = nom.trim();
    const spanned = SPANS[name] ?? (name.startsWith('lycée') ? SPANS['lycée'] : undefined);
    return levels.has(name) || Boolean(spanned?.some((level) => levels.has(level)));
  });
}
