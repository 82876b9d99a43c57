// The médiacentre: the user's GAR listing in one of their establishments, and favourites
// (only ever the caller's own: no path takes a user id).
import type { FastifyInstance } from 'fastify';
import { dateParis } from '../../src/mocks/time.js';
import type { User } from '../auth/users.js';
import type { Queryable } from '../db/db.js';
import { forbidden, notFound } from '../http/problem.js';
import { operation, requireUser } from '../http/route.js';
import type { ListingSource } from '../mediacentre/source.js';
import type { RouteContext } from './context.js';

async function favorites(db: Queryable, userId: string): Promise<string[]> {
  return (await db.query<{ resource_id: string }>('SELECT resource_id FROM favorites WHERE user_id = $1 ORDER BY added', [userId])).map((r) => r.resource_id);
}

export function mediacentreRoutes(app: FastifyInstance, ctx: RouteContext, source: ListingSource): void {
  const { db, contract } = ctx;

  async function knownTo(user: User, id: string): Promise<boolean> {
    const day = dateParis(ctx.now());
    for (const uai of user.uais) {
      const result = await source.listing(db, uai, user.id, day);
      if (result.ok && result.resources.some((r) => r.idRessource === id)) return true;
    }
    return false;
  }

  operation(app, contract, 'listMediacentreResources', 'user', async (request) => {
    const user = requireUser(request);
    const { uai } = request.query as { uai: string };
    if (!user.uais.includes(uai)) throw forbidden('Vous n’êtes pas rattaché à cet établissement.');
    const result = await source.listing(db, uai, user.id, dateParis(ctx.now()));
    // A GAR error body is forwarded as the GAR sent it (the contract allows it).
    if (!result.ok) return { status: result.status, body: result.error };
    return { status: 200, body: result.body ?? { listeRessources: { ressource: result.resources } } };
  });

  operation(app, contract, 'listFavorites', 'user', async (request) => ({ status: 200, body: { favorites: await favorites(db, requireUser(request).id) } }));

  operation(app, contract, 'addFavorite', 'user', async (request) => {
    const user = requireUser(request);
    const { idRessource } = request.params as { idRessource: string };
    const list = await favorites(db, user.id);
    if (list.includes(idRessource)) return { status: 200, body: { favorites: list } };
    if (!(await knownTo(user, idRessource))) throw notFound('Cette ressource ne fait pas partie de vos ressources.');
    await db.query('INSERT INTO favorites (user_id, resource_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [user.id, idRessource]);
    return { status: 200, body: { favorites: await favorites(db, user.id) } };
  });

  operation(app, contract, 'removeFavorite', 'user', async (request) => {
    const user = requireUser(request);
    const { idRessource } = request.params as { idRessource: string };
    // Idempotent: removing what is not there changes nothing.
    await db.query('DELETE FROM favorites WHERE user_id = $1 AND resource_id = $2', [user.id, idRessource]);
    return { status: 200, body: { favorites: await favorites(db, user.id) } };
  });
}
