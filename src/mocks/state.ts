// The mock's mutable state: a deterministic seed plus a log of the operations applied since.
//
// The seed of a data set (default, empty, many) is generated lazily, per establishment, from
// an anchor instant (when the session's data was first generated, kept for the session) so
// that dates stay current (new licences, expiring subscriptions, today's announcements). Only
// the anchor and the compact operation log are kept in sessionStorage, under one key: a
// reload regenerates the seed and replays the log. Every write goes through `commit`, which
// applies an operation synchronously, logs it if it succeeded and remembers its answer for
// its Idempotency-Key.
import type { AnnouncementInput, AssignmentRequest, FormAnswer, TileSettings } from './api.js';
import { dataSetOf, getMockConfig, type DataSet } from './config.js';
import { generateAnnouncements, type AnnouncementRec } from './data/announcements.js';
import { generateArticles, generateTiles, type ArticleRec, type TileRec } from './data/news.js';
import { SEED_FAVORITES } from './data/favorites.js';
import { ESTABLISHMENTS } from './data/users.js';
import { createEstablishment, type EstablishmentState } from './domain/affectation.js';
import { audienceMembers, type AudienceMember } from './domain/audience.js';
import { applyOperation } from './domain/operations.js';
import { dateParis } from './time.js';

export const STORAGE_KEY = 'ent-widgets-mock:state';
const STORAGE_VERSION = 3;
/** Uploaded files up to this size are kept in the log (base64) and survive a reload. */
export const PERSISTED_UPLOAD_LIMIT = 256 * 1024;

export type Operation =
  | { t: 'favorite'; at: string; user: string; id: string; on: boolean }
  | { t: 'assign'; at: string; user: string; uai: string; requests: AssignmentRequest[]; key?: string; fp?: string }
  | { t: 'unassign'; at: string; user: string; uai: string; ids: string[]; key?: string; fp?: string }
  | { t: 'recover'; at: string; user: string; uai: string; ids?: string[]; key?: string; fp?: string }
  | { t: 'read'; at: string; user: string; id: string; on: boolean }
  | { t: 'answer'; at: string; user: string; id: string; answers: FormAnswer[]; key?: string; fp?: string }
  | { t: 'tile'; at: string; user: string; id: string; settings: TileSettings }
  | { t: 'announcement-create'; at: string; user: string; uai: string; input: AnnouncementInput; key?: string; fp?: string }
  | { t: 'announcement-update'; at: string; user: string; id: string; input: AnnouncementInput }
  | { t: 'announcement-delete'; at: string; user: string; id: string }
  | { t: 'upload'; at: string; user: string; name: string; mimeType: string; size: number; data?: string; key?: string; fp?: string };

/** An HTTP answer: status and JSON body (or none). */
export interface Answer {
  status: number;
  body?: unknown;
  contentType?: string;
}

export interface UploadRec {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  /** The bytes; absent after a reload for files too big to persist. */
  bytes?: Uint8Array;
}

export interface World {
  dataSet: DataSet;
  anchor: Date;
  establishments: Map<string, EstablishmentState>;
  articles?: ArticleRec[];
  tiles?: Map<string, TileRec>;
  announcements?: Map<string, AnnouncementRec>;
  favorites: Map<string, string[]>;
  uploads: Map<string, UploadRec>;
  /** `user key` → fingerprint of the request and its answer. */
  idempotency: Map<string, { fp: string; answer: Answer }>;
  counters: { announcement: number; upload: number; response: number };
  log: Operation[];
  /** True while replaying the log (no persistence, no new anchors). */
  replaying: boolean;
}

const worlds = new Map<DataSet, World>();

interface Stored {
  v: number;
  sets: Partial<Record<DataSet, { anchor: string; ops: Operation[] }>>;
}

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

function readStored(): Stored {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (raw) {
    try {
      const parsed = JSON.parse(raw) as Stored;
      if (parsed.v === STORAGE_VERSION && parsed.sets) return parsed;
    } catch {
      // A corrupt entry is dropped: the seed is always a safe start.
    }
  }
  return { v: STORAGE_VERSION, sets: {} };
}

function persist(world: World): void {
  const store = storage();
  if (!store || world.replaying) return;
  const stored = readStored();
  stored.sets[world.dataSet] = { anchor: world.anchor.toISOString(), ops: world.log };
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(stored));
  } catch (error) {
    console.warn('[ent-widgets mock] state not persisted (sessionStorage full?)', error);
  }
}

function createWorld(dataSet: DataSet, anchor: Date): World {
  const favorites = new Map<string, string[]>();
  if (dataSet !== 'empty') for (const [user, ids] of Object.entries(SEED_FAVORITES)) favorites.set(user, [...ids]);
  return {
    dataSet,
    anchor,
    establishments: new Map(),
    favorites,
    uploads: new Map(),
    idempotency: new Map(),
    counters: { announcement: 0, upload: 0, response: 0 },
    log: [],
    replaying: false,
  };
}

/** The world of the current scenario's data set, generated (and its log replayed) on first use. */
export function getWorld(): World {
  const dataSet = dataSetOf(getMockConfig().scenario);
  let world = worlds.get(dataSet);
  if (world) return world;
  const stored = readStored().sets[dataSet];
  const anchor = stored ? new Date(stored.anchor) : getMockConfig().now();
  world = createWorld(dataSet, Number.isNaN(anchor.getTime()) ? getMockConfig().now() : anchor);
  worlds.set(dataSet, world);
  if (stored?.ops.length) {
    world.replaying = true;
    for (const op of stored.ops) {
      try {
        const answer = applyOperation(world, op);
        if (answer.status < 300) record(world, op, answer);
      } catch (error) {
        console.warn('[ent-widgets mock] a stored operation could not be replayed', op.t, error);
      }
    }
    world.replaying = false;
  }
  return world;
}

function record(world: World, op: Operation, answer: Answer): void {
  world.log.push(op);
  if ('key' in op && op.key && op.fp) world.idempotency.set(`${op.user} ${op.key}`, { fp: op.fp, answer });
}

/** Applies an operation now: logged, persisted and remembered for its key when it succeeds. */
export function commit(world: World, op: Operation): Answer {
  const answer = applyOperation(world, op);
  if (answer.status < 300) {
    record(world, op, answer);
    persist(world);
  }
  return answer;
}

/**
 * The first answer given to this user's key, or `mismatch` when the key was used for another
 * request. Only successful answers are remembered: a refused request (409, 422) changed
 * nothing, so its retry is judged afresh against the current state.
 */
export function idempotentAnswer(world: World, user: string, key: string | null, fp: string): Answer | 'mismatch' | undefined {
  if (!key) return undefined;
  const stored = world.idempotency.get(`${user} ${key}`);
  if (!stored) return undefined;
  return stored.fp === fp ? stored.answer : 'mismatch';
}

export function establishment(world: World, uai: string): EstablishmentState | undefined {
  if (!ESTABLISHMENTS[uai]) return undefined;
  let state = world.establishments.get(uai);
  if (!state) {
    state = createEstablishment(uai, world.dataSet, world.anchor);
    world.establishments.set(uai, state);
  }
  return state;
}

export function articles(world: World): ArticleRec[] {
  return (world.articles ??= generateArticles(world.dataSet, world.anchor));
}

export function tiles(world: World): Map<string, TileRec> {
  return (world.tiles ??= new Map(generateTiles(world.dataSet, world.anchor).map((t) => [t.id, t])));
}

/** Everyone an announcement of this establishment may reach, on that day (none for an unknown one). */
export function members(world: World, day: string, uai: string): AudienceMember[] {
  const state = establishment(world, uai);
  return state ? audienceMembers([state.directory], day) : [];
}

export function announcements(world: World): Map<string, AnnouncementRec> {
  if (!world.announcements) {
    const day = dateParis(world.anchor);
    const seeded = generateAnnouncements(world.dataSet, world.anchor, (uai) => members(world, day, uai));
    world.announcements = new Map(seeded.map((a) => [a.id, a]));
  }
  return world.announcements;
}

/** Forgets every change, in memory and in sessionStorage: the next request starts from the seed. */
export function resetMockData(): void {
  worlds.clear();
  storage()?.removeItem(STORAGE_KEY);
}

/** Drops the in-memory state only, as a page reload would (tests of persistence). */
export function forgetInMemoryState(): void {
  worlds.clear();
}
