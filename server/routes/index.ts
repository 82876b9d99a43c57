// Every implemented operation of the contract (see docs/server.md for what is not yet).
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from './context.js';
import { newsRoutes } from './news.js';
import { sessionRoutes } from './session.js';

export async function registerRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  sessionRoutes(app, ctx);
  newsRoutes(app, ctx);
}
