// Shared set-up of the mock tests: the real handlers on the page's worker, a fixed clock, a
// fresh state per test, and small fetch helpers.
import { expect } from '@open-wc/testing';
import { worker } from '../support/msw.js';
import { assertContractTraffic } from '../support/contract.js';
import { NOW } from '../support/mock.js';
import { configureMock, createHandlers, resetMockData, type DemoUser, type Scenario } from '../../src/mocks/index.js';

export { NOW } from '../support/mock.js';

export interface Setup {
  user?: DemoUser;
  scenario?: Scenario;
  now?: Date;
  base?: string;
}

/** Before each test: the mock's handlers, a fresh seed, the given user, scenario and clock. */
export function useMockApi(setup: Setup = {}): void {
  beforeEach(() => {
    resetMockData();
    configureMock({ user: setup.user ?? 'eleve', scenario: setup.scenario ?? 'default', now: () => setup.now ?? NOW });
    worker.use(...createHandlers(setup.base ? { base: setup.base } : {}));
  });
  afterEach(() => {
    worker.resetHandlers();
    resetMockData();
    configureMock({ user: 'eleve', scenario: 'default', now: () => new Date() });
  });
}

export function as(user: DemoUser): void {
  configureMock({ user });
}

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  base?: string;
}

/** Calls the API; JSON bodies are sent with their content type, answers parsed when JSON. */
export async function call<T = any>(method: string, path: string, options: CallOptions = {}): Promise<Reply<T>> {
  const headers = new Headers(options.headers);
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`${options.base ?? '/api'}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  let parsed: unknown = text;
  if ((response.headers.get('Content-Type') ?? '').includes('json') && text !== '') parsed = JSON.parse(text);
  return { status: response.status, body: parsed as T, headers: response.headers };
}

export const get = <T = any>(path: string, options?: CallOptions): Promise<Reply<T>> => call<T>('GET', path, options);
export const post = <T = any>(path: string, body?: unknown, options: CallOptions = {}): Promise<Reply<T>> => call<T>('POST', path, { ...options, body });
export const put = <T = any>(path: string, body?: unknown, options: CallOptions = {}): Promise<Reply<T>> => call<T>('PUT', path, { ...options, body });
export const del = <T = any>(path: string, options?: CallOptions): Promise<Reply<T>> => call<T>('DELETE', path, options);

/** GET that must succeed; returns the body. */
export async function ok<T = any>(path: string, options?: CallOptions): Promise<T> {
  const reply = await get<T>(path, options);
  expect(reply.status, `GET ${path}`).to.equal(200);
  return reply.body;
}

/**
 * For a request deliberately off the contract (to see the server refuse it): the contract
 * check must find the request at fault and nothing else, i.e. the answer is on the contract.
 */
export async function expectOnlyRequestDrift(): Promise<void> {
  let error: unknown;
  try {
    await assertContractTraffic();
  } catch (e) {
    error = e;
  }
  expect(error, 'the request should have been off the contract').to.be.instanceOf(Error);
  const lines = String((error as Error).message).split('\n').slice(1);
  expect(lines.length).to.be.greaterThan(0);
  for (const line of lines) expect(line).to.match(/^request /);
}

export const COLLEGE = '0330001A';
export const LYCEE = '0330002B';
export const affectation = (uai: string, rest: string): string => `/affectation/establishments/${uai}${rest}`;
