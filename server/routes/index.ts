// Every implemented operation of the contract (see docs/server.md for what is not yet).
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from './context.js';
import { adminAnnouncementRoutes } from './admin-announcements.js';
import { affectationRoutes } from './affectation.js';
import { announcementRoutes } from './announcements.js';
import { demoRoutes } from './demo.js';
import { mediacentreRoutes } from './mediacentre.js';
import { newsRoutes } from './news.js';
import { seededSource } from '../mediacentre/source.js';
import { sessionRoutes } from './session.js';
import { uploadRoutes } from './uploads.js';

export async function registerRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  sessionRoutes(app, ctx);
  newsRoutes(app, ctx);
  announcementRoutes(app, ctx);
  adminAnnouncementRoutes(app, ctx);
  mediacentreRoutes(app, ctx, ctx.listingSource ?? seededSource);
  affectationRoutes(app, ctx);
  await uploadRoutes(app, ctx);
  if (ctx.config.demoSignIn && ctx.demoSecret && ctx.config.auth.cookie) demoRoutes(app, { ...ctx, demoSecret: ctx.demoSecret, cookie: ctx.config.auth.cookie });
}
