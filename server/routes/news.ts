// News feed, rubriques and home-page tiles. Public paths: an anonymous visitor gets public
// articles only; changing a tile is for ENT admins.
import type { FastifyInstance } from 'fastify';
import type { TileSettings } from '../../src/shared/api/types.js';
import { invalid, notFound } from '../http/problem.js';
import { operation, requireUser } from '../http/route.js';
import { feed, listRubriques } from '../news/store.js';
import { findTile, tileView, validateTile } from '../news/tiles.js';
import type { RouteContext } from './context.js';
import { ALL_ARTICLES_URL } from '../../src/mocks/data/news.js';

export function newsRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { db, contract } = ctx;

  operation(app, contract, 'listArticles', 'public', async (request) => {
    const query = request.query as { rubriques?: string[]; limit: number };
    const articles = await feed(db, { anonymous: request.user === null, rubriques: query.rubriques, limit: query.limit });
    return { status: 200, body: { articles, allArticlesUrl: ALL_ARTICLES_URL } };
  });

  operation(app, contract, 'listRubriques', 'public', async (request) => ({ status: 200, body: { rubriques: await listRubriques(db, request.user === null) } }));

  operation(app, contract, 'getTile', 'public', async (request) => {
    const tile = await findTile(db, (request.params as { tileId: string }).tileId);
    if (!tile) throw notFound('Tuile inconnue.');
    return { status: 200, body: await tileView(db, tile, request.user === null) };
  });

  operation(app, contract, 'putTile', 'admin', async (request) => {
    requireUser(request);
    const id = (request.params as { tileId: string }).tileId;
    return db.transaction(async (tx) => {
      const tile = await findTile(tx, id, true);
      if (!tile) throw notFound('Tuile inconnue.');
      const { errors, settings } = await validateTile(tx, request.body as TileSettings & Record<string, unknown>, tile);
      if (!settings) throw invalid(errors);
      const [saved] = await tx.query<{ id: string; settings: TileSettings; updated_at: Date }>(
        'UPDATE tiles SET settings = $2, updated_at = $3 WHERE id = $1 RETURNING id, settings, updated_at',
        [id, JSON.stringify(settings), ctx.now()],
      );
      return { status: 200, body: await tileView(tx, saved!, false) };
    });
  });
}
