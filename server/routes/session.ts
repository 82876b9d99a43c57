// GET /me: who is signed in.
import type { FastifyInstance } from 'fastify';
import { meOf } from '../auth/users.js';
import { operation, requireUser } from '../http/route.js';
import type { RouteContext } from './context.js';

export function sessionRoutes(app: FastifyInstance, ctx: RouteContext): void {
  operation(app, ctx.contract, 'getMe', 'user', async (request) => ({ status: 200, body: await meOf(ctx.db, requireUser(request)) }));
}
