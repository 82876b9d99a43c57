// RFC 9457 problem details with the contract's stable codes, thrown by handlers and hooks
// and written by the app's error handler.
import type { FieldError } from '../../src/shared/api/types.js';

export const PROBLEM_TYPE_BASE = 'https://ent-widgets.example/problems/';

const TITLES: Record<string, string> = {
  unauthorized: 'Non connecté',
  forbidden: 'Accès refusé',
  'not-found': 'Introuvable',
  conflict: 'Conflit',
  invalid: 'Saisie invalide',
  'already-answered': 'Déjà répondu',
  'licences-insufficient': 'Licences insuffisantes',
  'too-large': 'Fichier trop volumineux',
  'unsupported-type': 'Type de fichier non accepté',
  'rate-limited': 'Trop de requêtes',
  'server-error': 'Erreur du serveur',
  unavailable: 'Service indisponible',
};

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
      title: TITLES[this.code] ?? 'Erreur',
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
