// RFC 9457 problem details with the contract's stable codes, thrown by handlers and hooks
// and written by the app's error handler; type and titles as the mocks give them.
import type { FieldError } from '../../src/shared/api/types.js';
import { PROBLEM_TYPE_BASE, problemTitle } from '../../src/mocks/problems.js';

export { PROBLEM_TYPE_BASE };

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? code);
  }

  body(instance?: string): Record<string, unknown> {
    return {
      type: `${PROBLEM_TYPE_BASE}${this.code}`,
      title: problemTitle(this.code),
      status: this.status,
      code: this.code,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(instance ? { instance } : {}),
      ...this.extra,
    };
  }
}

export const invalid = (errors: FieldError[], detail = 'Certains champs sont invalides.'): Problem => new Problem(422, 'invalid', detail, { errors });
export const notFound = (detail = 'Cette ressource n’existe pas.'): Problem => new Problem(404, 'not-found', detail);
export const forbidden = (detail: string): Problem => new Problem(403, 'forbidden', detail);
export const unauthorized = (): Problem => new Problem(401, 'unauthorized', 'Connectez-vous à l’ENT pour accéder à ce service.');
