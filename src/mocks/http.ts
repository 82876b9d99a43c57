// What every handler shares: the scenario (slow, error), the signed-in user and their rights,
// JSON bodies, ETags, Idempotency-Key, and answers turned into responses.
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import type { FieldError } from './api.js';
import { getMockConfig, now } from './config.js';
import { USERS, userRecord, type UserRecord } from './data/users.js';
import type { DemoUser } from './config.js';
import { invalid, problem } from './problems.js';
import { hash53 } from './random.js';
import { establishment, getWorld, idempotentAnswer, type Answer, type World } from './state.js';
import type { EstablishmentState } from './domain/affectation.js';

/** How long the `slow` scenario makes every API answer wait. */
export const SLOW_DELAY_MS = 1500;

/**
 * A request may say who it is for (the conformance kit acts as several users at once against
 * the mock served in Node); otherwise the configured user is signed in.
 */
export const DEMO_USER_HEADER = 'X-Demo-User';

function userOf(request: Request, configured: DemoUser): UserRecord | null {
  const asked = request.headers.get(DEMO_USER_HEADER);
  if (asked === null) return userRecord(configured);
  return asked in USERS ? USERS[asked as keyof typeof USERS] : null;
}

export interface Context {
  request: Request;
  url: URL;
  params: Record<string, string>;
  world: World;
  user: UserRecord | null;
  now: Date;
}

type Result = Answer | Response;
type Resolver = (ctx: Context) => Result | Promise<Result>;

export interface RouteOptions {
  /** `exempt`: answers normally in the `error` scenario; a function: the error to give instead of a 500. */
  errors?: 'exempt' | ((ctx: Context) => Result | undefined);
}

export function isAnswer(value: unknown): value is Answer {
  return typeof value === 'object' && value !== null && !(value instanceof Response) && typeof (value as Answer).status === 'number';
}

export function joinPath(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

function decodeParams(params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const text = Array.isArray(value) ? value.join('/') : String(value ?? '');
    try {
      // msw may hand over a segment still encoded (ARKs travel as ark%3A%2F…).
      result[key] = /%[0-9a-f]{2}/i.test(text) ? decodeURIComponent(text) : text;
    } catch {
      result[key] = text;
    }
  }
  return result;
}

export function etagOf(text: string): string {
  return `"${hash53(text).toString(36)}-${text.length.toString(36)}"`;
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

/** An answer as a response; successful GETs carry an ETag and honour If-None-Match. */
export function toResponse(answer: Answer, request: Request): Response {
  if (answer.body === undefined) return new HttpResponse(null, { status: answer.status });
  const text = JSON.stringify(answer.body);
  const headers = new Headers({ 'Content-Type': answer.contentType ?? 'application/json' });
  if (request.method === 'GET' && answer.status === 200) {
    const etag = etagOf(text);
    headers.set('ETag', etag);
    headers.set('Cache-Control', 'private, no-cache');
    if (matchesEtag(request.headers.get('If-None-Match'), etag)) return new HttpResponse(null, { status: 304, headers: { ETag: etag } });
  }
  return new HttpResponse(text, { status: answer.status, headers });
}

/** A handler of the contract under `base`, with the scenario applied. */
export function route(method: 'get' | 'post' | 'put' | 'delete', base: string, path: string, resolve: Resolver, options: RouteOptions = {}): RequestHandler {
  return http[method](joinPath(base, path), async ({ request, params }) => {
    const { scenario, user } = getMockConfig();
    if (scenario === 'slow') await delay(SLOW_DELAY_MS);
    const ctx: Context = { request, url: new URL(request.url), params: decodeParams(params), world: getWorld(), user: userOf(request, user), now: now() };
    try {
      let result: Result | undefined;
      if (scenario === 'error' && options.errors !== 'exempt') {
        result = (typeof options.errors === 'function' ? options.errors(ctx) : undefined) ?? problem(500, 'server-error', 'Erreur simulée : le scénario « error » est actif.', { instance: ctx.url.pathname });
      } else {
        result = await resolve(ctx);
      }
      return result instanceof Response ? result : toResponse(result, request);
    } catch (error) {
      console.error('[ent-widgets mock] handler failed', error);
      return toResponse(problem(500, 'server-error', 'Erreur interne du serveur simulé.'), request);
    }
  });
}

// ---------------------------------------------------------------------------------------
// Who may do what.

export function requireUser(ctx: Context): UserRecord | Answer {
  return ctx.user ?? problem(401, 'unauthorized', 'Connectez-vous à l’ENT pour accéder à ce service.');
}

/** ENT admins: the `admin-ent` role or the `admin` profile. */
export function requireAdmin(ctx: Context): UserRecord | Answer {
  const user = requireUser(ctx);
  if (isAnswer(user)) return user;
  if (user.profile === 'admin' || user.roles.includes('admin-ent')) return user;
  return problem(403, 'forbidden', 'Réservé aux administrateurs de l’ENT.');
}

export const UAI_PATTERN = /^[0-9]{7}[A-Z]$/;

/** Responsables d'affectation of this establishment only. */
export function requireResponsable(ctx: Context, uai: string): { user: UserRecord; state: EstablishmentState } | Answer {
  if (!UAI_PATTERN.test(uai)) return problem(404, 'not-found', `« ${uai} » n’est pas un UAI.`);
  const user = requireUser(ctx);
  if (isAnswer(user)) return user;
  if (!user.roles.includes('responsable-affectation')) return problem(403, 'forbidden', 'Seuls les responsables d’affectation ont accès à la console.');
  const state = user.establishments.includes(uai) ? establishment(ctx.world, uai) : undefined;
  if (!state) return problem(403, 'forbidden', 'Vous n’êtes pas responsable d’affectation de cet établissement.');
  return { user, state };
}

// ---------------------------------------------------------------------------------------
// Request bodies and parameters.

export async function readJson(request: Request): Promise<{ body: unknown } | Answer> {
  const type = request.headers.get('Content-Type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) return problem(415, 'unsupported-type', 'Le corps de la requête doit être du JSON (Content-Type: application/json).');
  const text = await request.text();
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return problem(400, 'invalid', 'Le corps de la requête n’est pas du JSON valide.');
  }
}

/** The request's Idempotency-Key (8–128 characters), or an error. */
export function idempotencyKey(request: Request): { key: string | null } | Answer {
  const key = request.headers.get('Idempotency-Key');
  if (key === null) return { key: null };
  if (key.length < 8 || key.length > 128) return invalid([{ field: 'Idempotency-Key', code: 'length', message: 'La clé d’idempotence fait de 8 à 128 caractères.' }]);
  return { key };
}

/** Identifies a request for Idempotency-Key: the same key must come with the same request. */
export function fingerprint(request: Request, body: unknown): string {
  return hash53(`${request.method} ${new URL(request.url).pathname} ${JSON.stringify(body ?? null)}`).toString(36);
}

export function keyReused(): Answer {
  return problem(422, 'invalid', 'Cette clé d’idempotence a déjà servi pour une autre requête.', {
    errors: [{ field: 'Idempotency-Key', code: 'reused', message: 'Clé déjà utilisée pour une requête différente.' }],
  });
}

/**
 * A JSON write that honours Idempotency-Key: a bad key or body, or a retry (its first answer
 * is replayed), answers at once; otherwise `apply` runs with the body and what to log with the
 * operation. No await separates the replay check from `apply`: a retry racing its original
 * cannot apply twice.
 */
export async function idempotentJson(
  ctx: { request: Request; world: World },
  userId: string,
  apply: (body: unknown, idempotency: { key: string; fp: string } | Record<string, never>) => Answer,
): Promise<Answer> {
  const key = idempotencyKey(ctx.request);
  if (isAnswer(key)) return key;
  const read = await readJson(ctx.request);
  if (isAnswer(read)) return read;
  const fp = fingerprint(ctx.request, read.body);
  const previous = idempotentAnswer(ctx.world, userId, key.key, fp);
  if (previous === 'mismatch') return keyReused();
  if (previous) return previous;
  return apply(read.body, key.key ? { key: key.key, fp } : {});
}

/** Integer query parameter within bounds; pushes a field error when out of range. */
export function intParam(url: URL, name: string, fallback: number, min: number, max: number, errors: FieldError[]): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    errors.push({ field: name, code: 'out-of-range', message: `« ${name} » va de ${min} à ${max}.` });
    return fallback;
  }
  return value;
}

export function enumParam<T extends string>(url: URL, name: string, values: readonly T[], errors: FieldError[]): T | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return undefined;
  if (!values.includes(raw as T)) {
    errors.push({ field: name, code: 'enum', message: `Valeur inconnue pour « ${name} » : ${raw}.` });
    return undefined;
  }
  return raw as T;
}

export function page<T>(items: T[], pageNumber: number, pageSize: number): { items: T[]; total: number; page: number; pageSize: number } {
  return { items: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize), total: items.length, page: pageNumber, pageSize };
}
