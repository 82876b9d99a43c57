// The licence side of the GAR, as a real back end must keep it.
//
// An assignment gives a subscription to the people of one public that a target (division,
// group, person, profile) reaches *when it is made*: like the GAR console, later arrivals must
// be assigned again ("il doit attribuer les ressources … à l'arrivée d'un nouvel élève").
// Re-assigning the same target extends it to the newcomers. A person holds a subscription when
// any assignment includes them, so a licence is counted once per person however many
// assignments reach them. People who left keep their licences (counted as assigned) until
// they are recovered; recovered people are excluded everywhere.
import type {
  Assignment,
  AssignmentOutcome,
  AssignmentRequest,
  AssignmentResult,
  DashboardItem,
  FieldError,
  Person,
  PreviewLine,
  Public,
  PublicCount,
  StatisticsRow,
  Subscription,
  SubscriptionCounts,
  Target,
  TargetType,
} from '../api.js';
import type { DataSet } from '../config.js';
import { generateCatalogue, type AssignRule, type Catalogue, type SubscriptionDef } from '../data/catalogue.js';
import { generateDirectory, normalise, presentAt, type Directory, type PersonRec } from '../data/directory.js';
import { garRecord } from '../data/gar.js';
import { USERS } from '../data/users.js';
import { random, unit } from '../random.js';
import { addDays, addHours, dateParis, daysBetween, isoParis, monthParis, monthRange } from '../time.js';

export const PUBLICS: readonly Public[] = ['eleve', 'enseignant', 'documentaliste', 'personnel'];

export interface AssignmentRec {
  id: string;
  subscriptionId: string;
  public: Public;
  target: { type: TargetType; id: string };
  /** The people this assignment gives the licence to (never mutated: replaced when extended, so seeds can share them). */
  members: readonly string[];
  createdAt: string;
  createdBy: string;
}

export interface SubscriptionRec {
  def: SubscriptionDef;
  /** Individual licences bought, per public. */
  totals: Partial<Record<Public, number>>;
}

export interface EstablishmentState {
  uai: string;
  directory: Directory;
  catalogue: Catalogue;
  subscriptions: SubscriptionRec[];
  subscriptionById: Map<string, SubscriptionRec>;
  /** In creation order. */
  assignments: Map<string, AssignmentRec>;
  /** `subscription|public|type|id` → assignment: one assignment per target. */
  byTarget: Map<string, AssignmentRec>;
  /** subscription id → its assignments. */
  bySubscription: Map<string, Set<AssignmentRec>>;
  recovered: Set<string>;
  sequence: number;
  holderCache: Map<string, Map<Public, Set<string>>>;
  holdingCache: Map<string, Set<string>> | null;
}

const targetKey = (subscriptionId: string, pub: Public, type: TargetType, id: string): string => `${subscriptionId}|${pub}|${type}|${id}`;

export function createEstablishment(uai: string, dataSet: DataSet, anchor: Date): EstablishmentState {
  const directory = generateDirectory(uai, dataSet, anchor);
  const catalogue = generateCatalogue(uai, dataSet, anchor);
  const state: EstablishmentState = {
    uai,
    directory,
    catalogue,
    subscriptions: catalogue.subscriptions.map((def) => ({ def, totals: {} })),
    subscriptionById: new Map(),
    assignments: new Map(),
    byTarget: new Map(),
    bySubscription: new Map(),
    recovered: new Set(),
    sequence: 0,
    holderCache: new Map(),
    holdingCache: null,
  };
  for (const sub of state.subscriptions) state.subscriptionById.set(sub.def.id, sub);
  seedAssignments(state, dataSet);
  return state;
}

/** The rentrée: applies each subscription's rules, then sets the licences bought from what was given plus the spare copies. */
function seedAssignments(state: EstablishmentState, dataSet: DataSet): void {
  const rng = random(`assignments:${dataSet}:${state.uai}`);
  const { from, to } = state.directory.seedWindow;
  const span = Math.max(0, to.getTime() - from.getTime());
  const by = `${USERS.responsable.firstName} ${USERS.responsable.lastName}`;
  // Nobody arrives or leaves within the seed window (see directory.ts), so who a target
  // reaches is the same all along it: computed once per target and shared.
  const day = dateParis(to);
  const reached = new Map<string, string[] | string>();
  const targetsOf = new Map<string, Target[]>();
  for (const sub of state.subscriptions) {
    // One click per subscription: its assignments share their moment.
    const at = new Date(Math.min(to.getTime(), Math.max(sub.def.receivedAt.getTime(), from.getTime()) + Math.floor(rng.next() * span)));
    const createdAt = isoParis(addHours(at, rng.next() * 8));
    for (const rule of sub.def.rules) {
      const ruleKey = JSON.stringify(rule);
      let targets = targetsOf.get(ruleKey);
      if (!targets) targetsOf.set(ruleKey, (targets = ruleTargets(state, rule, day)));
      for (const target of targets) {
        const key = `${rule.public}|${target.type}|${target.id}`;
        let members = reached.get(key);
        if (members === undefined) reached.set(key, (members = reach(state, rule.public, target, day)));
        if (typeof members === 'string') continue;
        addAssignment(state, sub.def.id, rule.public, target, members, createdAt, by);
      }
    }
    if (sub.def.licenceType === 'individuelle') {
      const held = holders(state, sub);
      for (const pub of sub.def.publics) sub.totals[pub] = (held.get(pub)?.size ?? 0) + (sub.def.spare[pub] ?? 0);
    }
  }
}

function ruleTargets(state: EstablishmentState, rule: AssignRule, day: string): Target[] {
  const { directory } = state;
  if ('levels' in rule) return directory.divisions.filter((d) => rule.levels.includes(d.level.name)).map((d) => ({ type: 'division', id: d.id }));
  if ('divisions' in rule) return rule.divisions.map((code) => ({ type: 'division', id: `div-${state.uai}-${code}` }));
  if ('groups' in rule) return rule.groups.map((key) => ({ type: 'groupe', id: `grp-${state.uai}-${key}` }));
  if ('profile' in rule) return [{ type: 'profil', id: rule.public }];
  const people = directory.people.filter(
    (p) => p.profile === rule.public && presentAt(p, day) && ('everyone' in rule || (p.discipline !== undefined && rule.teachersOf.includes(p.discipline))),
  );
  return people.map((p) => ({ type: 'personne', id: p.id }));
}

function addAssignment(state: EstablishmentState, subscriptionId: string, pub: Public, target: Target, members: readonly string[], createdAt: string, createdBy: string): { record: AssignmentRec; outcome: AssignmentOutcome } {
  const key = targetKey(subscriptionId, pub, target.type, target.id);
  let record = state.byTarget.get(key);
  let outcome: AssignmentOutcome = 'created';
  if (record) {
    // Assigning the same target again extends it to the people who arrived since.
    const known = new Set(record.members);
    const added = members.filter((id) => !known.has(id));
    if (added.length > 0) record.members = [...record.members, ...added];
    outcome = added.length > 0 ? 'extended' : 'unchanged';
  } else {
    state.sequence += 1;
    record = {
      id: `asg-${state.uai}-${String(state.sequence).padStart(5, '0')}`,
      subscriptionId,
      public: pub,
      target: { type: target.type, id: target.id },
      members,
      createdAt,
      createdBy,
    };
    state.assignments.set(record.id, record);
    state.byTarget.set(key, record);
    let forSubscription = state.bySubscription.get(subscriptionId);
    if (!forSubscription) state.bySubscription.set(subscriptionId, (forSubscription = new Set()));
    forSubscription.add(record);
  }
  invalidate(state, subscriptionId);
  return { record, outcome };
}

function deleteAssignment(state: EstablishmentState, record: AssignmentRec): void {
  state.assignments.delete(record.id);
  state.byTarget.delete(targetKey(record.subscriptionId, record.public, record.target.type, record.target.id));
  state.bySubscription.get(record.subscriptionId)?.delete(record);
  invalidate(state, record.subscriptionId);
}

function invalidate(state: EstablishmentState, subscriptionId?: string): void {
  if (subscriptionId) state.holderCache.delete(subscriptionId);
  else state.holderCache.clear();
  state.holdingCache = null;
}

/** The people of `pub` a target reaches on `day` (present, not recovered), or why it cannot. */
export function reach(state: EstablishmentState, pub: Public, target: Target, day: string): string[] | string {
  const { directory } = state;
  const present = (id: string): boolean => {
    const person = directory.personById.get(id);
    return person !== undefined && person.profile === pub && presentAt(person, day) && !state.recovered.has(id);
  };
  switch (target.type) {
    case 'division': {
      const division = directory.divisionById.get(target.id);
      return division ? division.memberIds.filter(present) : 'unknown-division';
    }
    case 'groupe': {
      const group = directory.groupById.get(target.id);
      return group ? group.memberIds.filter(present) : 'unknown-group';
    }
    case 'personne': {
      const person = directory.personById.get(target.id);
      if (!person) return 'unknown-person';
      if (person.profile !== pub) return 'public-mismatch';
      if (!presentAt(person, day) || state.recovered.has(person.id)) return 'person-departed';
      return [person.id];
    }
    case 'profil':
      if (target.id !== pub) return 'public-mismatch';
      return directory.people.filter((p) => p.profile === pub && presentAt(p, day) && !state.recovered.has(p.id)).map((p) => p.id);
  }
}

/** Who holds the subscription, per public (each person once). */
export function holders(state: EstablishmentState, sub: SubscriptionRec): Map<Public, Set<string>> {
  const cached = state.holderCache.get(sub.def.id);
  if (cached) return cached;
  const result = new Map<Public, Set<string>>();
  for (const assignment of state.bySubscription.get(sub.def.id) ?? []) {
    let set = result.get(assignment.public);
    if (!set) result.set(assignment.public, (set = new Set()));
    for (const id of assignment.members) if (!state.recovered.has(id)) set.add(id);
  }
  state.holderCache.set(sub.def.id, result);
  return result;
}

/** person id → the subscriptions they hold. */
export function holdings(state: EstablishmentState): Map<string, Set<string>> {
  if (state.holdingCache) return state.holdingCache;
  const result = new Map<string, Set<string>>();
  for (const sub of state.subscriptions) {
    for (const set of holders(state, sub).values()) {
      for (const id of set) {
        let held = result.get(id);
        if (!held) result.set(id, (held = new Set()));
        held.add(sub.def.id);
      }
    }
  }
  state.holdingCache = result;
  return result;
}

export function counts(state: EstablishmentState, sub: SubscriptionRec): PublicCount[] {
  const held = holders(state, sub);
  return sub.def.publics.map((pub) => {
    const assigned = held.get(pub)?.size ?? 0;
    if (sub.def.licenceType === 'etablissement') return { public: pub, total: null, assigned, available: null };
    const total = sub.totals[pub] ?? 0;
    return { public: pub, total, assigned, available: Math.max(0, total - assigned) };
  });
}

/** Licences left for a public; null when unlimited (establishment licences). */
function available(state: EstablishmentState, sub: SubscriptionRec, pub: Public): number | null {
  if (sub.def.licenceType === 'etablissement') return null;
  return Math.max(0, (sub.totals[pub] ?? 0) - (holders(state, sub).get(pub)?.size ?? 0));
}

/** A family mother is complete when every present person of each of its publics holds it. */
export function familyComplete(state: EstablishmentState, sub: SubscriptionRec, day: string): boolean {
  const held = holders(state, sub);
  return sub.def.publics.every((pub) => {
    const set = held.get(pub);
    return state.directory.people.every((p) => p.profile !== pub || !presentAt(p, day) || state.recovered.has(p.id) || (set?.has(p.id) ?? false));
  });
}

export function subscriptionCounts(state: EstablishmentState, sub: SubscriptionRec, day: string): SubscriptionCounts {
  const result: SubscriptionCounts = { id: sub.def.id, counts: counts(state, sub) };
  if (sub.def.familyMother) result.familyComplete = familyComplete(state, sub, day);
  return result;
}

export function subscriptionView(state: EstablishmentState, sub: SubscriptionRec, day: string): Subscription {
  const { def } = sub;
  const resource = state.catalogue.resources.get(def.ark)!;
  const view: Subscription = {
    id: def.id,
    resource: garRecord(resource, state.uai),
    licenceType: def.licenceType,
    publics: def.publics,
    counts: counts(state, sub),
    validFrom: def.validFrom,
    validUntil: def.validUntil,
    distributor: def.distributor,
    orderRef: def.orderRef,
    receivedAt: isoParis(def.receivedAt),
  };
  if (def.familyMother) {
    view.familyMother = true;
    view.familyComplete = familyComplete(state, sub, day);
  }
  if (def.familyMemberOf) view.familyMemberOf = def.familyMemberOf;
  if (def.advisories) view.advisories = def.advisories;
  return view;
}

export function targetLabel(state: EstablishmentState, target: { type: TargetType; id: string }): string {
  const { directory } = state;
  switch (target.type) {
    case 'division':
      return directory.divisionById.get(target.id)?.name ?? target.id;
    case 'groupe':
      return directory.groupById.get(target.id)?.name ?? target.id;
    case 'personne': {
      const person = directory.personById.get(target.id);
      return person ? `${person.lastName.toLocaleUpperCase('fr')} ${person.firstName}` : target.id;
    }
    case 'profil':
      return PROFILE_LABELS[target.id as Public] ?? target.id;
  }
}

const PROFILE_LABELS: Record<Public, string> = {
  eleve: 'Tous les élèves',
  enseignant: 'Tous les enseignants',
  documentaliste: 'Tous les professeurs documentalistes',
  personnel: 'Tous les personnels',
};

export function assignmentView(state: EstablishmentState, record: AssignmentRec): Assignment {
  let people = 0;
  for (const id of record.members) if (!state.recovered.has(id)) people += 1;
  return {
    id: record.id,
    subscriptionId: record.subscriptionId,
    public: record.public,
    target: { ...record.target, label: targetLabel(state, record.target) },
    people,
    createdAt: record.createdAt,
    createdBy: record.createdBy,
  };
}

// ---------------------------------------------------------------------------------------
// Writes. Each is synchronous from its check to its last change, so two requests can never
// interleave between "is there enough left?" and "take it".

/** Business validation of an assignment request (the shape is checked by the handler). */
export function validateRequest(state: EstablishmentState, request: AssignmentRequest, day: string): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  request.subscriptionIds.forEach((id, i) => {
    const sub = state.subscriptionById.get(id);
    if (!sub) {
      errors.push({ field: `subscriptionIds[${i}]`, code: 'unknown', message: `Abonnement inconnu : ${id}.` });
      return;
    }
    if (seen.has(id)) errors.push({ field: `subscriptionIds[${i}]`, code: 'duplicate', message: 'Abonnement en double dans la demande.' });
    seen.add(id);
    if (!sub.def.publics.includes(request.public)) {
      errors.push({ field: 'public', code: 'public-not-eligible', message: `« ${state.catalogue.resources.get(sub.def.ark)!.title} » ne peut pas être affecté à ce public.` });
    }
    if (sub.def.validUntil < day) errors.push({ field: `subscriptionIds[${i}]`, code: 'expired', message: 'Cet abonnement a expiré.' });
  });
  const messages: Record<string, string> = {
    'unknown-division': 'Division inconnue dans cet établissement.',
    'unknown-group': 'Groupe inconnu dans cet établissement.',
    'unknown-person': 'Personne inconnue dans cet établissement.',
    'public-mismatch': 'La cible ne correspond pas au public choisi.',
    'person-departed': 'Cette personne a quitté l’établissement.',
  };
  request.targets.forEach((target, i) => {
    const result = reach(state, request.public, target, day);
    if (typeof result === 'string') errors.push({ field: `targets[${i}]`, code: result, message: messages[result]! });
  });
  return errors;
}

export interface PlanLine extends PreviewLine {
  reachedIds: Set<string>;
}

/** What the request would take, per subscription (reached people not already holding it). */
export function plan(state: EstablishmentState, request: AssignmentRequest, day: string): PlanLine[] {
  const reached = new Set<string>();
  for (const target of request.targets) {
    const ids = reach(state, request.public, target, day);
    if (typeof ids !== 'string') ids.forEach((id) => reached.add(id));
  }
  return request.subscriptionIds.map((subscriptionId) => {
    const sub = state.subscriptionById.get(subscriptionId)!;
    const held = holders(state, sub).get(request.public);
    let needed = 0;
    for (const id of reached) if (!held?.has(id)) needed += 1;
    const left = available(state, sub, request.public);
    const line: PlanLine = {
      subscriptionId,
      public: request.public,
      reached: reached.size,
      needed,
      available: left,
      shortfall: left === null ? 0 : Math.max(0, needed - left),
      reachedIds: reached,
    };
    const advisory = sub.def.advisories?.find((a) => a.public === request.public);
    if (advisory) line.advisory = advisory.message;
    return line;
  });
}

export type AssignOutcome =
  | { ok: true; assignments: AssignmentResult['assignments']; subscriptions: SubscriptionCounts[] }
  | { ok: false; shortfalls: Array<{ subscriptionId: string; public: Public; requested: number; available: number }>; subscriptions: SubscriptionCounts[] };

/**
 * All or nothing, over every request of a batch (one per public): checks every subscription
 * and public, then applies, in one synchronous step.
 */
export function assign(state: EstablishmentState, requests: AssignmentRequest[], at: Date, by: string): AssignOutcome {
  const day = dateParis(at);
  const lines = requests.flatMap((request) => plan(state, request, day));
  const subscriptionIds = [...new Set(requests.flatMap((request) => request.subscriptionIds))];
  const fresh = (): SubscriptionCounts[] => subscriptionIds.map((id) => subscriptionCounts(state, state.subscriptionById.get(id)!, day));
  const short = lines.filter((line) => line.shortfall > 0);
  if (short.length > 0) {
    return {
      ok: false,
      shortfalls: short.map((line) => ({ subscriptionId: line.subscriptionId, public: line.public, requested: line.needed, available: line.available ?? 0 })),
      subscriptions: fresh(),
    };
  }
  const touched: Array<{ record: AssignmentRec; outcome: AssignmentOutcome }> = [];
  for (const request of requests) {
    for (const subscriptionId of request.subscriptionIds) {
      for (const target of request.targets) {
        const members = reach(state, request.public, target, day) as string[];
        touched.push(addAssignment(state, subscriptionId, request.public, { type: target.type, id: target.id }, members, isoParis(at), by));
      }
    }
  }
  return { ok: true, assignments: touched.map(({ record, outcome }) => ({ ...assignmentView(state, record), outcome })), subscriptions: fresh() };
}

/** Takes assignments back; unknown ids are reported and nothing is removed. */
export function remove(state: EstablishmentState, ids: string[], day: string): { ok: true; removed: Assignment[]; subscriptions: SubscriptionCounts[] } | { ok: false; missing: string[] } {
  const missing = ids.filter((id) => !state.assignments.has(id));
  if (missing.length > 0) return { ok: false, missing };
  const removed: Assignment[] = [];
  const touched = new Set<string>();
  for (const id of new Set(ids)) {
    const record = state.assignments.get(id)!;
    removed.push(assignmentView(state, record));
    deleteAssignment(state, record);
    touched.add(record.subscriptionId);
  }
  return { ok: true, removed, subscriptions: [...touched].map((id) => subscriptionCounts(state, state.subscriptionById.get(id)!, day)) };
}

/** People who left and are not recovered yet. */
export function departed(state: EstablishmentState, day: string): PersonRec[] {
  return state.directory.people.filter((p) => p.departureDate !== null && p.departureDate <= day && !state.recovered.has(p.id));
}

/** Frees the licences of people who left: their individual assignments go, and they no longer count anywhere. */
export function recover(state: EstablishmentState, personIds: string[] | undefined, day: string): { ok: true; recovered: number; people: number; subscriptions: SubscriptionCounts[] } | { ok: false; errors: FieldError[] } {
  const gone = departed(state, day);
  let chosen = gone;
  if (personIds) {
    const errors: FieldError[] = [];
    const goneIds = new Set(gone.map((p) => p.id));
    personIds.forEach((id, i) => {
      // Already recovered: nothing left to do, not an error (a retry is harmless).
      if (goneIds.has(id) || state.recovered.has(id)) return;
      const person = state.directory.personById.get(id);
      errors.push({ field: `personIds[${i}]`, code: person ? 'not-departed' : 'unknown', message: person ? 'Cette personne est toujours dans l’établissement.' : 'Personne inconnue.' });
    });
    if (errors.length > 0) return { ok: false, errors };
    chosen = gone.filter((p) => personIds.includes(p.id));
  }
  const held = holdings(state);
  const touched = new Set<string>();
  let licences = 0;
  for (const person of chosen) {
    const subs = held.get(person.id);
    if (subs) {
      licences += subs.size;
      subs.forEach((id) => touched.add(id));
    }
    state.recovered.add(person.id);
    for (const record of [...state.assignments.values()]) {
      if (record.target.type === 'personne' && record.target.id === person.id) deleteAssignment(state, record);
    }
  }
  invalidate(state);
  return {
    ok: true,
    recovered: licences,
    people: chosen.length,
    subscriptions: [...touched].map((id) => subscriptionCounts(state, state.subscriptionById.get(id)!, day)),
  };
}

// ---------------------------------------------------------------------------------------
// Reads computed from the state.

export function personView(state: EstablishmentState, person: PersonRec): Person {
  return {
    id: person.id,
    lastName: person.lastName,
    firstName: person.firstName,
    profile: person.profile,
    divisionIds: person.divisionIds,
    groupIds: person.groupIds,
    arrivalDate: person.arrivalDate,
    departureDate: person.departureDate,
    licenceCount: holdings(state).get(person.id)?.size ?? 0,
  };
}

export interface PeopleQuery {
  q?: string;
  profile?: Public;
  division?: string;
  group?: string;
  status: 'present' | 'departed' | 'new' | 'all';
  unassigned?: boolean;
}

/** Search: every word of `q` must start a word of the name (accents and case ignored). */
export function searchPeople(state: EstablishmentState, query: PeopleQuery, now: Date): PersonRec[] {
  const day = dateParis(now);
  const newSince = dateParis(addDays(now, -30));
  const words = normalise(query.q ?? '').split(' ').filter(Boolean);
  const held = query.unassigned ? holdings(state) : undefined;
  const result = state.directory.people.filter((p) => {
    if (query.profile && p.profile !== query.profile) return false;
    if (query.division && !p.divisionIds.includes(query.division)) return false;
    if (query.group && !p.groupIds.includes(query.group)) return false;
    const isPresent = presentAt(p, day);
    if (query.status === 'present' && !isPresent) return false;
    if (query.status === 'departed' && (p.departureDate === null || p.departureDate > day)) return false;
    if (query.status === 'new' && (!isPresent || p.arrivalDate < newSince)) return false;
    if (held && (held.get(p.id)?.size ?? 0) > 0) return false;
    if (words.length > 0) {
      const nameWords = p.search.split(' ');
      if (!words.every((w) => nameWords.some((n) => n.startsWith(w)))) return false;
    }
    return true;
  });
  return result.sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr') || a.id.localeCompare(b.id));
}

export function dashboard(state: EstablishmentState, now: Date): DashboardItem[] {
  const day = dateParis(now);
  const soon = dateParis(addDays(now, 30));
  const items: DashboardItem[] = [];
  const subs = state.subscriptions;
  const push = (item: DashboardItem): void => {
    if (item.count > 0) items.push(item);
  };

  const expiring = subs.filter((s) => s.def.validUntil >= day && s.def.validUntil <= soon);
  push({
    kind: 'expiring-subscriptions',
    count: expiring.length,
    subscriptionIds: expiring.map((s) => s.def.id),
    ...(expiring.length > 0 ? { before: expiring.map((s) => s.def.validUntil).sort()[0]! } : {}),
  });
  const held = holdings(state);
  const eligible = new Set(subs.flatMap((s) => s.def.publics));
  const idle = state.directory.people.filter((p) => eligible.has(p.profile) && presentAt(p, day) && (held.get(p.id)?.size ?? 0) === 0);
  push({ kind: 'people-without-assignment', count: idle.length, personIds: idle.slice(0, 50).map((p) => p.id) });
  const fresh = subs.filter((s) => daysBetween(s.def.receivedAt, now) < 7 && s.def.receivedAt <= now);
  push({ kind: 'new-licences', count: fresh.length, subscriptionIds: fresh.map((s) => s.def.id) });
  const used = new Set([...state.assignments.values()].map((a) => a.subscriptionId));
  const unassigned = subs.filter((s) => !used.has(s.def.id) && s.def.validUntil >= day);
  push({ kind: 'unassigned-subscriptions', count: unassigned.length, subscriptionIds: unassigned.map((s) => s.def.id) });
  const families = subs.filter((s) => s.def.familyMother && !familyComplete(state, s, day));
  push({ kind: 'families-to-validate', count: families.length, subscriptionIds: families.map((s) => s.def.id) });
  const leavers = departed(state, day).filter((p) => (held.get(p.id)?.size ?? 0) > 0);
  push({
    kind: 'recoverable-licences',
    count: leavers.reduce((sum, p) => sum + held.get(p.id)!.size, 0),
    personIds: leavers.slice(0, 50).map((p) => p.id),
  });
  return items;
}

// Share of holders using a resource each month of the school year (holidays are quiet).
const SEASON: Record<string, number> = {
  '09': 0.62, '10': 0.7, '11': 0.74, '12': 0.55, '01': 0.78, '02': 0.6, '03': 0.82, '04': 0.58, '05': 0.66, '06': 0.45, '07': 0.03, '08': 0.02,
};
export const STATISTICS_THRESHOLD = 5;

/** Usage per subscription per month, deterministic from the subscription, the month and how many hold it. */
export function statistics(state: EstablishmentState, months: string[], now: Date, subscriptionId?: string): StatisticsRow[] {
  const current = monthParis(now);
  const dayOfMonth = Number(dateParis(now).slice(8, 10));
  const rows: StatisticsRow[] = [];
  // 1–4 are suppressed (statistical secrecy); a zero describes nobody and is shown.
  const value = (n: number): { value: number | null; suppressed: boolean } => (n > 0 && n < STATISTICS_THRESHOLD ? { value: null, suppressed: true } : { value: n, suppressed: false });
  for (const sub of state.subscriptions) {
    if (subscriptionId && sub.def.id !== subscriptionId) continue;
    let holderCount = 0;
    for (const set of holders(state, sub).values()) holderCount += set.size;
    const appeal = 0.35 + 0.6 * unit(`appeal:${sub.def.id}`);
    for (const month of months) {
      if (month > current || month < sub.def.validFrom.slice(0, 7) || month > sub.def.validUntil.slice(0, 7)) continue;
      const partial = month === current ? Math.min(1, dayOfMonth / 30) : 1;
      const noise = 0.85 + 0.3 * unit(`${sub.def.id}:${month}`);
      const users = Math.min(holderCount, Math.round(holderCount * appeal * (SEASON[month.slice(5)] ?? 0.5) * noise * Math.sqrt(partial)));
      const sessions = Math.round(users * (1.4 + 3 * unit(`sessions:${sub.def.id}:${month}`)) * partial);
      rows.push({ subscriptionId: sub.def.id, month, sessions: value(sessions), users: value(users) });
    }
  }
  return rows;
}

/** Months `from`–`to` (defaults: the rentrée's month to the current one). */
export function statisticsMonths(from: string | undefined, to: string | undefined, yearStart: Date, now: Date): string[] {
  return monthRange(from ?? monthParis(yearStart), to ?? monthParis(now));
}
