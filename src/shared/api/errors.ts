// Every failure of a request becomes one ApiError with a `kind` the widgets map to a
// localised message. problem+json (RFC 9457) and the GAR's own `Erreur` bodies are both read.
import type { FieldError, Problem } from './types.js';

export type ApiErrorKind =
  | 'offline'
  | 'network'
  | 'aborted'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'too-large'
  | 'unsupported-type'
  | 'rate-limited'
  | 'server'
  | 'malformed';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly details: {
      status?: number;
      code?: string;
      /** The problem body as received (409 bodies carry counts, for instance). */
      problem?: Problem & Record<string, unknown>;
      /** Code and message of a GAR `Erreur` body. */
      gar?: { code?: string; message: string };
      retryAfter?: number;
      url?: string;
    } = {},
  ) {
    super(message);
  }

  get status(): number | undefined {
    return this.details.status;
  }

  get code(): string | undefined {
    return this.details.code;
  }

  /** Per-field errors of a 422, keyed by field path. */
  get fieldErrors(): Map<string, FieldError> {
    return new Map((this.details.problem?.errors ?? []).map((error) => [error.field, error]));
  }
}

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 413) return 'too-large';
  if (status === 415) return 'unsupported-type';
  if (status === 400 || status === 422) return 'invalid';
  if (status === 429) return 'rate-limited';
  return 'server';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Builds the ApiError of a non-2xx response from whatever body it had. */
export function errorFromResponse(status: number, body: unknown, url: string, retryAfterHeader?: string | null): ApiError {
  const kind = kindForStatus(status);
  const retryAfter = retryAfterHeader && /^\d+$/.test(retryAfterHeader) ? Number(retryAfterHeader) : undefined;
  if (isRecord(body) && isRecord(body.Erreur) && typeof body.Erreur.Message === 'string') {
    const code = typeof body.Erreur.Code === 'string' ? body.Erreur.Code : undefined;
    return new ApiError(kind, `GAR: ${body.Erreur.Message}`, {
      status,
      code: 'gar-error',
      gar: { code, message: body.Erreur.Message },
      url,
    });
  }
  if (isRecord(body) && typeof body.title === 'string') {
    const problem = body as Problem & Record<string, unknown>;
    return new ApiError(kind, problem.detail ?? problem.title, {
      status,
      code: typeof problem.code === 'string' ? problem.code : undefined,
      problem: { ...problem, errors: Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : [] },
      retryAfter: problem.retryAfter ?? retryAfter,
      url,
    });
  }
  return new ApiError(kind, `HTTP ${status}`, { status, retryAfter, url });
}

function isFieldError(value: unknown): value is FieldError {
  return isRecord(value) && typeof value.field === 'string' && typeof value.message === 'string';
}
