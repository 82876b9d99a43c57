// One server for the whole test run (PGlite's first start takes seconds): the demo seed at a
// fixed moment, HS256 tokens, a real listen on 127.0.0.1, and every response checked against
// the contract. TEST_DATABASE_URL runs the same tests on a real PostgreSQL (emptied first).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { SignJWT } from 'jose';
import { createContractValidator } from '../../conformance/contract.mjs';
import { USERS } from '../../src/mocks/data/users.js';
import { buildApp } from '../app.js';
import { createAuthenticator } from '../auth/identity.js';
import { loadConfig, type Config } from '../config.js';
import type { Db } from '../db/db.js';
import { openDb } from '../db/open.js';
import { seedDemo } from '../seed/demo.js';

export const SECRET = 'test-secret-of-at-least-32-characters!';
export type DemoKey = keyof typeof USERS;

export interface TestServer {
  url: string;
  app: FastifyInstance;
  db: Db;
  config: Config;
  anchor: Date;
}

let started: Promise<TestServer> | undefined;
const validator = createContractValidator();

async function start(): Promise<TestServer> {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (databaseUrl) {
    // A throwaway database only: the whole schema goes.
    const { openPostgres } = await import('../db/postgres.js');
    const raw = await openPostgres(databaseUrl, 2);
    await raw.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    await raw.close();
  }
  const uploadDir = mkdtempSync(join(tmpdir(), 'ent-widgets-uploads-'));
  const config = loadConfig({ DATA_DIR: 'memory', UPLOAD_DIR: uploadDir, JWT_SECRET: SECRET, AUTH_COOKIE: 'ent_session', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', RATE_LIMIT_WRITES: '100000', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });
  const db = await openDb(config);
  const anchor = new Date();
  await seedDemo(db, anchor);
  const app = await buildApp({ config, db, auth: createAuthenticator(config) });
  app.addHook('onClose', async () => {
    await db.close();
    rmSync(uploadDir, { recursive: true, force: true });
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url: `${address}${config.apiBase}`, app, db, config, anchor };
}

export function server(): Promise<TestServer> {
  return (started ??= start());
}

export async function stopServer(): Promise<void> {
  if (started) await (await started).app.close();
}

export async function tokenFor(who: DemoKey | { sub: string; [claim: string]: unknown }, secret = SECRET): Promise<string> {
  const claims = typeof who === 'string' ? { sub: USERS[who].id } : who;
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('10m').sign(new TextEncoder().encode(secret));
}

export interface Result<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  as?: DemoKey;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Skip the contract check (paths outside the contract). */
  unchecked?: boolean;
}

/** Calls the API over HTTP and checks the answer against the contract. */
export async function call<T = any>(method: string, path: string, options: CallOptions = {}): Promise<Result<T>> {
  const { url } = await server();
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token ?? (options.as ? await tokenFor(options.as) : undefined);
  if (token) headers.authorization = `Bearer ${token}`;
  let body: string | FormData | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${url}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  const contentType = response.headers.get('content-type');
  const parsed: unknown = text && contentType && /json/.test(contentType) ? JSON.parse(text) : text;
  if (!options.unchecked) {
    assert.ok(response.status < 500, `${method} ${path} answered ${response.status}: ${text}`);
    const problems = validator.validateResponse({ method, path: path.split('?')[0]!, status: response.status, contentType, body: text === '' ? undefined : parsed, headers: Object.fromEntries(response.headers) });
    assert.deepEqual(problems, [], `${method} ${path} ${response.status} breaks the contract: ${problems.join('; ')}\n${text.slice(0, 500)}`);
  }
  return { status: response.status, headers: response.headers, body: parsed as T };
}

/** Asserts a problem+json answer with this status and code. */
export function assertProblem(result: Result, status: number, code: string): void {
  assert.equal(result.status, status, JSON.stringify(result.body));
  assert.equal(result.headers.get('content-type')?.split(';')[0], 'application/problem+json');
  assert.equal(result.body.code, code);
}
