// What <gar-affectation-console> relies on in each answer of the contract (see
// src/shared/api/read.ts), as readers keyed by operation: the console's client applies them to
// every answer (`withReaders`), so no call site reads a raw body.
import { bool, isObject, listOf, malformed, num, oneOf, opt, readList, readOne, shaped, text, type Readers, type Shape } from '../shared/api/read.js';

const path = '/affectation/establishments/{uai}/';
const base = `GET ${path}`;
const post = `POST ${path}`;
const pub = oneOf('eleve', 'enseignant', 'documentaliste', 'personnel');
const texts = listOf(text);
const nullableNum = opt(num);

const count = shaped({ public: pub, total: nullableNum, assigned: num, available: nullableNum });

/** Fresh counts of a subscription (answers of assign, remove, recover; 409 bodies). */
export const freshCounts = shaped({ id: text, counts: listOf(count), familyComplete: opt(bool) });

const subscription: Shape = {
  id: text,
  resource: shaped({ nomRessource: text, nomEditeur: opt(text) }),
  licenceType: oneOf('individuelle', 'etablissement'),
  publics: listOf(pub),
  counts: listOf(count),
  validFrom: text,
  validUntil: text,
  familyMemberOf: opt(text),
  advisories: opt(listOf(shaped({ public: pub, message: text }))),
};

const division: Shape = { id: text, name: text, size: isObject };
const group: Shape = { id: text, name: text, divisionIds: texts, size: isObject };
const person: Shape = { id: text, lastName: text, firstName: text, profile: pub, divisionIds: texts, groupIds: opt(texts), licenceCount: opt(num) };
const assignment: Shape = { id: text, subscriptionId: text, public: pub, target: shaped({ type: text, id: text, label: opt(text) }), people: num, createdAt: text };
const countValue = shaped({ value: nullableNum, suppressed: bool });
const DASHBOARD_KINDS = ['unassigned-subscriptions', 'new-licences', 'families-to-validate', 'people-without-assignment', 'recoverable-licences', 'expiring-subscriptions'];
/** Establishments offered in the console's switch. */
const MAX_ESTABLISHMENTS = 100;
/** The largest page the console asks for. */
const MAX_PAGE = 200;

/** A page of records: its records that have the shape, its total and page number. */
function page(operation: string, shape: Shape) {
  return (body: unknown) => {
    const { items, ...rest } = readOne<{ items: unknown; total: number; page: number; pageSize?: number }>(operation, body, { total: num, page: opt(num), pageSize: opt(num) });
    // No more than a page holds (a back end that ignores pageSize would flood the list).
    return { ...rest, items: readList(operation, items, shape).slice(0, Math.min(rest.pageSize ?? MAX_PAGE, MAX_PAGE)) };
  };
}

/** The answer with its list of fresh counts kept to the readable ones. */
function withCounts(operation: string, shape: Shape) {
  return (body: unknown) => {
    const answer = readOne<Record<string, unknown>>(operation, body, shape);
    return { ...answer, subscriptions: readList(operation, answer.subscriptions, { id: text, counts: listOf(count) }) };
  };
}

const preview = (body: unknown) => readOne(`${post}assignments/preview`, body, { fits: bool, lines: listOf(shaped({ subscriptionId: text, public: pub, needed: num, available: nullableNum, shortfall: num })) });

export const affectationReaders: Readers = {
  // The base element checks the session; the console lists its establishments in a select:
  // no more than a person can hold (a broken back end may send thousands).
  'GET /me': (body) => (isObject(body) && Array.isArray(body.establishments) ? { ...body, establishments: body.establishments.slice(0, MAX_ESTABLISHMENTS) } : body),
  [`${base}subscriptions`]: (body) => ({ subscriptions: readList(`${base}subscriptions`, isObject(body) ? body.subscriptions : undefined, subscription) }),
  [`${base}populations`]: (body) => {
    const operation = `${base}populations`;
    if (!isObject(body) || !isObject(body.profiles)) throw malformed(operation, 'profiles');
    return { profiles: body.profiles, divisions: readList(operation, body.divisions, division), groups: readList(operation, body.groups, group) };
  },
  [`${base}people`]: page(`${base}people`, person),
  [`${base}assignments`]: page(`${base}assignments`, assignment),
  [`${base}dashboard`]: (body) => {
    const items = readList<{ kind: string }>(`${base}dashboard`, isObject(body) ? body.items : undefined, { kind: oneOf(...DASHBOARD_KINDS), count: num });
    // One line per kind: the first of each.
    return { items: items.filter((item, i) => items.findIndex((other) => other.kind === item.kind) === i) };
  },
  [`${base}statistics`]: (body) => {
    const operation = `${base}statistics`;
    const answer = readOne<Record<string, unknown>>(operation, body, { months: texts });
    return { ...answer, rows: readList(operation, answer.rows, { subscriptionId: text, month: text, sessions: countValue, users: countValue }) };
  },
  [`${post}assignments/preview`]: preview,
  [`${post}assignments`]: withCounts(`${post}assignments`, { assignments: listOf(shaped({ id: text })) }),
  [`${post}assignments/remove`]: withCounts(`${post}assignments/remove`, { removed: opt(listOf(shaped({ id: text }))) }),
  [`${post}licences/recover`]: withCounts(`${post}licences/recover`, { recovered: num, people: num }),
};
