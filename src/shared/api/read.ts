// Answers are read defensively, once, at the client boundary. Each widget family describes the
// shape its code relies on (a few checks per record, written from the contract's schemas) and
// reads every answer through it:
// - a malformed record of a list is dropped, the others are kept; the drops are logged once per
//   answer for the vendor (the operation, each record's id and its first faulty field, never a
//   value);
// - a malformed whole answer is an ApiError 'malformed', which every widget shows as its error
//   state (localised message, retry).
// Small functions instead of a JSON-schema engine: the checks cost a few hundred bytes.
import type { ApiClient } from './client.js';
import { ApiError, isRecord } from './errors.js';

/** True when the value has the expected shape. */
export type Check = (value: unknown) => boolean;

/** The fields of a record and their checks. */
export type Shape = Record<string, Check>;

/** An object that is not an array. */
export const isObject = isRecord;
export const text: Check = (value) => typeof value === 'string';
export const num: Check = (value) => typeof value === 'number';
export const bool: Check = (value) => typeof value === 'boolean';
/** Absent or null, else checked. */
export const opt = (check: Check): Check => (value) => value == null || check(value);
export const listOf = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);
export const oneOf = (...values: unknown[]): Check => (value) => values.includes(value);
export const shaped = (shape: Shape): Check => (value) => !fault(value, shape);

/** The name of the record's first field that fails its check; '' when the record is fine. */
export function fault(record: unknown, shape: Shape): string {
  if (!isObject(record)) return '(record)';
  for (const key in shape) {
    // A text longer than the contract allows anywhere (a broken back end) is cut: no widget
    // should spend seconds laying out a 2 MB title.
    const value = record[key];
    if (typeof value === 'string' && value.length > MAX_TEXT) record[key] = value.slice(0, MAX_TEXT);
    if (!shape[key](record[key])) return key;
  }
  return '';
}

/** The contract's longest `maxLength` (an announcement's body). */
export const MAX_TEXT = 10_000;

/** The answer of `operation` lacks what the widget needs: `what` names the faulty part. */
export function malformed(operation: string, what: string): ApiError {
  return new ApiError('malformed', what, { code: what, url: operation });
}

/** The answer itself, when it has the shape; else a malformed-answer error. */
export function readOne<T>(operation: string, body: unknown, shape: Shape): T {
  const why = fault(body, shape);
  if (why) throw malformed(operation, why);
  return body as T;
}

/**
 * The records of a list that have the shape. A list that is not one, or none of whose records
 * can be read, is a malformed answer (unless `orNone`: then none is an empty list).
 */
export function readList<T>(operation: string, list: unknown, shape: Shape, orNone?: boolean): T[] {
  if (!Array.isArray(list)) throw malformed(operation, 'list');
  const kept: unknown[] = [];
  const dropped: string[] = [];
  for (const record of list) {
    const why = fault(record, shape);
    if (!why) kept.push(record);
    else dropped.push(`${idOf(record)}: ${why}`);
  }
  if (kept.length === 0 && dropped.length > 0 && !orNone) throw malformed(operation, 'every record');
  if (dropped.length > 0) {
    console.warn(`[ent-widgets] ${operation}: ${dropped.length} malformed record(s) dropped`, dropped.slice(0, 10));
  }
  return kept as T[];
}

/** An id to name a record in the logs (short, never another field). */
const idOf = (record: unknown): string => String(isObject(record) && record.id).slice(0, 40);

/** A reader per operation, keyed `METHOD /path/{template}` as in the contract. */
export type Readers = Record<string, (body: unknown) => unknown>;

/** The reading clients already made, per set of readers and client. */
const reading = /* @__PURE__ */ new WeakMap<Readers, WeakMap<ApiClient, ApiClient>>();

/**
 * The client with every answer passed through the reader of its operation (when there is one):
 * a widget reads all its answers at this one boundary, no call site sees a raw body.
 */
export function withReaders(client: ApiClient, readers: Readers): ApiClient {
  let made = reading.get(readers);
  if (!made) reading.set(readers, (made = new WeakMap()));
  let wrapped = made.get(client);
  if (!wrapped) {
    wrapped = Object.create(client) as ApiClient;
    for (const method of ['get', 'post', 'put', 'delete'] as const) {
      const send = client[method].bind(client) as (path: string, options?: object) => Promise<unknown>;
      (wrapped as unknown as Record<string, unknown>)[method] = (path: string, options?: object) =>
        send(path, options).then((body) => readers[`${method.toUpperCase()} ${path}`]?.(body) ?? body);
    }
    made.set(client, wrapped);
  }
  return wrapped;
}
