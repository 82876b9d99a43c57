// The HTTP server: Fastify with the contract's routes, validation from the contract's schemas,
// identity on every request, problem+json for every error, ETags, security headers, a rate
// limit on writes and logs without personal data.
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import type { Authenticator } from './auth/identity.js';
import { userCache } from './auth/user-cache.js';
import type { Config } from './config.js';
import type { Db } from './db/db.js';
import { Contract, fieldErrors } from './http/contract.js';
import { etagOf, matchesEtag } from './http/etag.js';
import { Problem } from './http/problem.js';
import type { ListingSource } from './mediacentre/source.js';
import { demoAssetRoutes } from './routes/demo-assets.js';
import { registerRoutes } from './routes/index.js';
import { isDatabaseUnavailable } from './db/postgres.js';

export interface AppDeps {
  config: Config;
  db: Db;
  auth: Authenticator;
  contract?: Contract;
  /** The server's clock (tests fix it). */
  now?: () => Date;
  listingSource?: ListingSource;
  /** How long who a principal is stays known (ms, default 30 s; 0 in tests that change the directory). */
  userCacheMs?: number;
  /** Where logs go (default: standard output). */
  logStream?: { write(line: string): void };
  /** HS256 secret of the demo sign-in, when enabled. */
  demoSecret?: Uint8Array;
}

const FASTIFY_CODES: Record<number, string> = { 400: 'invalid', 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 409: 'conflict', 413: 'too-large', 415: 'unsupported-type', 429: 'rate-limited' };

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, db } = deps;
  const contract = deps.contract ?? new Contract();
  const app = Fastify({
    bodyLimit: config.bodyLimit,
    // Request ids in every line; never a query string, header or body (names, tokens).
    logger: {
      level: config.logLevel,
      ...(deps.logStream ? { stream: deps.logStream } : {}),
      serializers: {
        req: (req) => ({ method: req.method, route: req.routeOptions?.url ?? 'unmatched', id: req.id }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
    // The proxy's X-Request-Id when it sends a sane one (logs of both then match), else a new one.
    genReqId: (req) => {
      const id = req.headers['x-request-id'];
      return typeof id === 'string' && /^[\w.-]{1,64}$/.test(id) ? id : crypto.randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: false },
  });
  app.setValidatorCompiler(contract.validatorCompiler());
  // JSON only (multipart is added by the upload route): a text body is a 415, not a string.
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('user', null);

  const users = userCache(deps.userCacheMs !== undefined ? { ttlMs: deps.userCacheMs } : {});
  app.addHook('onRequest', async (request) => {
    const principal = await deps.auth.principal(request.headers);
    if (!principal) return;
    request.user = await users.resolve(db, principal);
    // Valid credentials of someone this ENT does not know: treated as not signed in.
    if (!request.user) throw new Problem(401, 'unauthorized', 'Utilisateur inconnu de l’annuaire.');
  });

  await app.register(rateLimit, {
    global: false,
    max: config.rateLimitWrites,
    timeWindow: 60_000,
    hook: 'preHandler',
    keyGenerator: (request) => request.user?.id ?? request.ip,
    errorResponseBuilder: (_request, context) =>
      new Problem(429, 'rate-limited', 'Trop de modifications en peu de temps ; réessayez dans un instant.', { retryAfter: Math.ceil(context.ttl / 1000) }),
  });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    if (!reply.hasHeader('Content-Security-Policy')) reply.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    if (request.method === 'GET' && reply.statusCode === 200 && typeof payload === 'string' && String(reply.getHeader('content-type')).startsWith('application/json')) {
      const etag = reply.hasHeader('ETag') ? String(reply.getHeader('ETag')) : etagOf(payload);
      reply.header('ETag', etag);
      reply.header('Cache-Control', 'private, no-cache');
      if (matchesEtag(request.headers['if-none-match'], etag)) {
        reply.code(304);
        reply.removeHeader('content-type');
        reply.removeHeader('content-length');
        return '';
      }
    }
    return payload;
  });

  app.setErrorHandler(async (error: FastifyError | Problem, request, reply) => {
    let problem: Problem;
    if (error instanceof Problem) {
      problem = error;
    } else if (error.validation) {
      const context = error.validationContext ?? 'body';
      // A path parameter out of its schema names nothing: 404, as a malformed UAI.
      problem =
        context === 'params'
          ? new Problem(404, 'not-found', 'Aucune ressource à cette adresse.')
          : new Problem(422, 'invalid', 'Certains champs sont invalides.', {
              errors: fieldErrors(error.validation as never, context, (request.routeOptions.config as { headerNames?: Record<string, string> }).headerNames),
            });
    } else if (error.statusCode && error.statusCode < 500) {
      const status = error.statusCode;
      const detail =
        error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 'Type de contenu non accepté ici (JSON, ou multipart/form-data pour un fichier).'
          : error.code?.startsWith('FST_ERR_CTP') && status === 400
            ? 'Le corps de la requête n’est pas du JSON valide.'
            : status === 413
              ? 'Le corps de la requête est trop volumineux.'
              : undefined;
      problem = new Problem(status, FASTIFY_CODES[status] ?? 'invalid', detail);
    } else if (isDatabaseUnavailable(error)) {
      // PostgreSQL restarting or out of reach: nothing was written (a transaction that did not
      // commit is rolled back by PostgreSQL itself); the client may retry shortly.
      request.log.warn({ err: { message: error.message, code: error.code } }, 'database unavailable');
      void reply.header('Retry-After', '5');
      problem = new Problem(503, 'unavailable', 'Service momentanément indisponible, réessayez dans quelques secondes.', { retryAfter: 5 });
    } else {
      // The message, code and stack only: a driver's error may carry the query's values.
      request.log.error({ err: { message: error.message, code: error.code, stack: error.stack } }, 'request failed');
      problem = new Problem(500, 'server-error', 'Erreur interne du serveur.');
    }
    return reply.code(problem.status).type('application/problem+json').send(problem.body(request.url.split('?')[0]));
  });

  app.setNotFoundHandler(async (request, reply) =>
    reply.code(404).type('application/problem+json').send(new Problem(404, 'not-found', 'Aucune ressource à cette adresse.').body(request.url.split('?')[0])),
  );

  if (config.seedDemo) demoAssetRoutes(app);
  await app.register(
    async (scope) => {
      await registerRoutes(scope, { ...deps, contract, now: deps.now ?? (() => new Date()) });
    },
    { prefix: config.apiBase },
  );
  return app;
}
