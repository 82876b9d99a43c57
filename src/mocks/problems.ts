// RFC 9457 problem details with the contract's stable codes.
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
  'server-error': 'Erreur du serveur',
  unavailable: 'Service indisponible',
};

export function problem(status: number, code: string, detail?: string, extra: Record<string, unknown> = {}): Answer {
  const body: Problem = { type: `${PROBLEM_TYPE_BASE}${code}`, title: TITLES[code] ?? 'Erreur', status, code, ...extra };
  if (detail) body.detail = detail;
  return { status, body, contentType: 'application/problem+json' };
}

export function invalid(errors: FieldError[], detail = 'Certains champs sont invalides.'): Answer {
  return problem(422, 'invalid', detail, { errors });
}

export const notFound = (detail = 'Cette ressource n’existe pas.'): Answer => problem(404, 'not-found', detail);
