// News feed, rubriques and home-page tiles. Public paths: an anonymous visitor gets the
// public articles only; changing a tile is for ENT admins.
import type { RequestHandler } from 'msw';
import type { FieldError } from '../api.js';
import { feed, rubriques, tileView, validateTile } from '../domain/news.js';
import { intParam, isAnswer, readJson, requireAdmin, route } from '../http.js';
import { invalid, notFound } from '../problems.js';
import { articles, commit, tiles } from '../state.js';
import { ALL_ARTICLES_URL } from '../data/news.js';

export function newsHandlers(base: string): RequestHandler[] {
  return [
    route('get', base, '/news/articles', (ctx) => {
      const errors: FieldError[] = [];
      const limit = intParam(ctx.url, 'limit', 5, 1, 50, errors);
      if (errors.length > 0) return invalid(errors);
      const raw = ctx.url.searchParams.get('rubriques');
      // Unknown ids simply match nothing: a tile left pointing at a deleted rubrique still works.
      const wanted = raw ? raw.split(',').map((id) => id.trim()).filter(Boolean) : undefined;
      const options = { anonymous: ctx.user === null, limit, ...(wanted ? { rubriques: wanted } : {}) };
      return { status: 200, body: { articles: feed(articles(ctx.world), options), allArticlesUrl: ALL_ARTICLES_URL } };
    }),

    route('get', base, '/news/rubriques', (ctx) => {
      // Visitors only learn about public rubriques.
      const list = ctx.user ? rubriques() : rubriques().filter((r) => r.visibility !== 'private');
      return { status: 200, body: { rubriques: list } };
    }),

    route('get', base, '/home/tiles/:tileId', (ctx) => {
      const tile = tiles(ctx.world).get(ctx.params.tileId!);
      if (!tile) return notFound('Tuile inconnue.');
      return { status: 200, body: tileView(tile, articles(ctx.world), ctx.user === null) };
    }),

    route('put', base, '/home/tiles/:tileId', async (ctx) => {
      const admin = requireAdmin(ctx);
      if (isAnswer(admin)) return admin;
      const tile = tiles(ctx.world).get(ctx.params.tileId!);
      if (!tile) return notFound('Tuile inconnue.');
      const read = await readJson(ctx.request);
      if (isAnswer(read)) return read;
      const { errors, settings } = validateTile(read.body, tile, articles(ctx.world));
      if (!settings) return invalid(errors);
      return commit(ctx.world, { t: 'tile', at: ctx.now.toISOString(), user: admin.id, id: tile.id, settings });
    }),
  ];
}

