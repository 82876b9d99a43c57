// RFC 9457 problem details with the contract's stable codes (the reference server takes its
// type and titles from here too).
import type { FieldError, Problem } from './api.js';
import type { Answer } from './state.js';

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

/** A problem's title, by its stable code. */
export const problemTitle = (code: string): string => TITLES[code] ?? 'Erreur';

export function problem(status: number, code: string, detail?: string, extra: Record<string, unknown> = {}): Answer {
  const body: Problem = { type: `${PROBLEM_TYPE_BASE}${code}`, title: problemTitle(code), status, code, ...extra };
  if (detail) body.detail = detail;
  return { status, body, contentType: 'application/problem+json' };
}

export function invalid(errors: FieldError[], detail = 'Certains champs sont invalides.'): Answer {
  return problem(422, 'invalid', detail, { errors });
}

export const notFound = (detail = 'Cette ressource n’existe pas.'): Answer => problem(404, 'not-found', detail);
