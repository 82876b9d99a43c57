// The one HTTP client of every widget, typed from the contract's generated `paths`.
// It adds what each widget would otherwise redo: the api base, auth headers from the page,
// Accept-Language, ETag revalidation, Idempotency-Key on creating POSTs, problem+json → ApiError.
import type { paths } from './schema.js';
import { ApiError, errorFromResponse } from './errors.js';

type Method = 'get' | 'put' | 'post' | 'delete';
type Operation<P extends keyof paths, M extends Method> = paths[P][M];
export type PathsFor<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never;
}[keyof paths];

type JsonContent<R> = R extends { content: { 'application/json': infer T } } ? T : undefined;
type SuccessStatus = 200 | 201 | 204;
/** The JSON body of an operation's success response. */
export type SuccessBody<O> = O extends { responses: infer R }
  ? JsonContent<R[Extract<keyof R, SuccessStatus>]>
  : never;
type PathParams<O> = O extends { parameters: { path: infer P } } ? (P extends Record<string, unknown> ? P : never) : never;
type QueryParams<O> = O extends { parameters: { query?: infer Q } } ? Q : never;
type JsonBody<O> = O extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;

type PathOption<O> = [PathParams<O>] extends [never] ? { path?: never } : { path: PathParams<O> };

export type RequestOptions<O> = PathOption<O> & {
  query?: QueryParams<O>;
  signal?: AbortSignal;
};
export type WriteOptions<O> = RequestOptions<O> & {
  body?: JsonBody<O>;
  formData?: FormData;
  /** Sent as Idempotency-Key: reuse the same key when retrying the same user action. */
  idempotencyKey?: string;
};

/** Headers the host page adds to every request (Bearer token, CSRF header…). */
export type HeadersHook = () => HeadersInit | Promise<HeadersInit>;

export interface ApiClientOptions {
  /** Base URL of the contract; default `/api`. */
  base?: string;
  headers?: HeadersHook;
  locale?: () => string;
  /** For tests and unusual hosts. */
  fetch?: typeof fetch;
}

interface CachedBody {
  etag: string;
  body: unknown;
}

/** A unique key per user action, for Idempotency-Key. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fillPath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') throw new Error(`Missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(String(value));
  });
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    // The contract's arrays are comma-separated (style: form, explode: false).
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export class ApiClient {
  readonly base: string;
  private readonly options: ApiClientOptions;
  /** Last good body per GET URL, for If-None-Match; a 304 answers the same object. */
  private readonly etags = new Map<string, CachedBody>();

  constructor(options: ApiClientOptions = {}) {
    this.options = options;
    this.base = (options.base ?? '/api').replace(/\/+$/, '');
  }

  /** The full URL of a path of the contract (for links, e.g. attachments). */
  url(path: string): string {
    return `${this.base}${path}`;
  }

  get<P extends PathsFor<'get'>>(path: P, options?: RequestOptions<Operation<P, 'get'>>): Promise<SuccessBody<Operation<P, 'get'>>> {
    return this.request('GET', path, options) as Promise<SuccessBody<Operation<P, 'get'>>>;
  }

  post<P extends PathsFor<'post'>>(path: P, options?: WriteOptions<Operation<P, 'post'>>): Promise<SuccessBody<Operation<P, 'post'>>> {
    return this.request('POST', path, options) as Promise<SuccessBody<Operation<P, 'post'>>>;
  }

  put<P extends PathsFor<'put'>>(path: P, options?: WriteOptions<Operation<P, 'put'>>): Promise<SuccessBody<Operation<P, 'put'>>> {
    return this.request('PUT', path, options) as Promise<SuccessBody<Operation<P, 'put'>>>;
  }

  delete<P extends PathsFor<'delete'>>(path: P, options?: WriteOptions<Operation<P, 'delete'>>): Promise<SuccessBody<Operation<P, 'delete'>>> {
    return this.request('DELETE', path, options) as Promise<SuccessBody<Operation<P, 'delete'>>>;
  }

  /** Headers of every request (the page's hook, Accept, Accept-Language), also for an XMLHttpRequest upload. */
  async requestHeaders(): Promise<Headers> {
    const headers = new Headers(this.options.headers ? await this.options.headers() : undefined);
    headers.set('Accept', 'application/json, application/problem+json');
    const locale = this.options.locale?.();
    if (locale && !headers.has('Accept-Language')) headers.set('Accept-Language', locale);
    return headers;
  }

  /** Forgets the cached bodies (e.g. after the user changed). */
  clearCache(): void {
    this.etags.clear();
  }

  private async request(
    method: string,
    template: string,
    options: {
      path?: Record<string, unknown>;
      query?: unknown;
      signal?: AbortSignal;
      body?: unknown;
      formData?: FormData;
      idempotencyKey?: string;
    } = {},
  ): Promise<unknown> {
    const url = this.url(fillPath(template, options.path)) + queryString(options.query as Record<string, unknown> | undefined);
    const headers = await this.requestHeaders();
    let body: BodyInit | undefined;
    if (options.formData) {
      body = options.formData;
    } else if (options.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(options.body);
    }
    if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey);
    const cached = method === 'GET' ? this.etags.get(url) : undefined;
    if (cached) headers.set('If-None-Match', cached.etag);

    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(url, {
        method,
        headers,
        body,
        credentials: 'include',
        signal: options.signal,
      });
    } catch (error) {
      throw transportError(error, options.signal, url);
    }

    if (response.status === 304 && cached) return cached.body;
    let text = '';
    try {
      text = await response.text();
    } catch (error) {
      // The body cut off on its way (the widget left the page, the connection dropped): a failure
      // like the request's own, never an empty success a caller would take for a body
      // (`GET /me` → signed in as nobody). An error status still says more than the lost body.
      if (response.ok || options.signal?.aborted) throw transportError(error, options.signal, url);
    }
    let parsed: unknown;
    let malformed = false;
    if (text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        malformed = true;
      }
    }
    if (!response.ok) throw errorFromResponse(response.status, parsed, url, response.headers.get('Retry-After'));
    if (malformed) throw new ApiError('malformed', 'The response is not valid JSON', { status: response.status, url });
    const etag = response.headers.get('ETag');
    if (method === 'GET' && etag && parsed !== undefined) this.etags.set(url, { etag, body: parsed });
    return parsed;
  }
}

/**
 * A request or its body that did not get through: aborted (by the caller's signal only: Firefox
 * names a body cut off by the network an AbortError too), offline or a network failure.
 */
function transportError(error: unknown, signal: AbortSignal | undefined, url: string): ApiError {
  if (signal?.aborted) return new ApiError('aborted', 'Request aborted', { url });
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  return new ApiError(offline ? 'offline' : 'network', error instanceof Error ? error.message : 'Network error', { url });
}
