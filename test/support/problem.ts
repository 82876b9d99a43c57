// A problem+json answer for tests that stand in for a back end: `code` (required by the
// contract) follows the status unless given.
import { HttpResponse } from 'msw';

const CODES: Record<number, string> = { 400: 'invalid', 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 409: 'conflict', 413: 'too-large', 415: 'unsupported-type', 422: 'invalid', 429: 'rate-limited', 503: 'unavailable' };

export function problem(status: number, title: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json({ title, status, code: CODES[status] ?? 'server-error', ...extra }, { status, headers: { 'Content-Type': 'application/problem+json' } });
}
