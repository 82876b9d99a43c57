// Registers one operation of the contract: who may call it, then the contract's validation,
// then the handler, whose answer becomes the response (JSON or problem+json).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { User } from '../auth/users.js';
import { isAdmin } from '../auth/users.js';
import type { Contract } from './contract.js';
import { etagOf } from './etag.js';
import { forbidden, notFound, unauthorized } from './problem.js';

/** An HTTP answer: status and JSON body (or none). */
export interface Answer {
  status: number;
  body?: unknown;
  /** What the ETag is computed from, when the body also carries the clock (serverTime, generatedAt). */
  etagBasis?: unknown;
}

/**
 * `public`: anyone; `user`: signed in; `admin`: ENT admins (profile `admin` or role
 * `admin-ent`); `responsable`: responsables d'affectation of the path's establishment.
 */
export type Access = 'public' | 'user' | 'admin' | 'responsable';

export const UAI_PATTERN = /^[0-9]{7}[A-Z]$/;

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
  }
}

export function requireUser(request: FastifyRequest): User {
  if (!request.user) throw unauthorized();
  return request.user;
}

/** The access rules, checked before the body is validated (a 401/403 never depends on the body). */
function check(access: Access, request: FastifyRequest): void {
  if (access === 'public') return;
  if (access === 'responsable') {
    // A malformed UAI names nothing (404); a well-formed one not theirs is refused (403).
    const uai = (request.params as { uai?: string }).uai ?? '';
    if (!UAI_PATTERN.test(uai)) throw notFound(`« ${uai} » n’est pas un UAI.`);
    const user = requireUser(request);
    if (!user.roles.includes('responsable-affectation')) throw forbidden('Seuls les responsables d’affectation ont accès à la console.');
    if (!user.uais.includes(uai)) throw forbidden('Vous n’êtes pas responsable d’affectation de cet établissement.');
    return;
  }
  const user = requireUser(request);
  if (access === 'admin' && !isAdmin(user)) throw forbidden('Réservé aux administrateurs de l’ENT.');
}

export type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<Answer>;

export function operation(app: FastifyInstance, contract: Contract, operationId: string, access: Access, handler: Handler): void {
  const def = contract.get(operationId);
  const write = def.method !== 'GET';
  app.route({
    method: def.method,
    url: def.url,
    schema: def.schema,
    config: { operationId, headerNames: def.headerNames, ...(write ? { rateLimit: {} } : {}) },
    // onRequest: before the body is even parsed (a 401 never depends on a malformed body).
    onRequest: async (request) => check(access, request),
    handler: async (request, reply) => {
      const answer = await handler(request, reply);
      reply.code(answer.status);
      if (answer.etagBasis !== undefined) reply.header('ETag', etagOf(JSON.stringify(answer.etagBasis)));
      if (answer.body === undefined) return reply.send();
      const problem = answer.status >= 400;
      return reply.type(problem ? 'application/problem+json' : 'application/json').send(answer.body);
    },
  });
}
