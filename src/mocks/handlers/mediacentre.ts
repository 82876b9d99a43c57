// The médiacentre: the GAR listing of the signed-in user in one establishment, derived from
// the affectation state (what the console assigned is what the user gets), and favourites.
import type { RequestHandler } from 'msw';
import type { GarError, GarResource } from '../api.js';
import { garRecord } from '../data/gar.js';
import { LYCEE, type UserRecord } from '../data/users.js';
import { holders } from '../domain/affectation.js';
import { isAnswer, requireUser, route, UAI_PATTERN, type Context } from '../http.js';
import { invalid, notFound, problem } from '../problems.js';
import { commit, establishment, type World } from '../state.js';
import { dateParis } from '../time.js';

/**
 * The records a user reaches in an establishment: every subscription they hold, and the
 * members of a held family mother that have no subscription of their own (a publisher's
 * bundle reached through its mother).
 */
export function listing(world: World, uai: string, userId: string, day: string): GarResource[] {
  const state = establishment(world, uai);
  const person = state?.directory.personById.get(userId);
  if (!state || !person) return [];
  const records: GarResource[] = [];
  const seen = new Set<string>();
  const add = (ark: string): void => {
    if (seen.has(ark)) return;
    seen.add(ark);
    records.push(garRecord(state.catalogue.resources.get(ark)!, uai));
  };
  for (const sub of state.subscriptions) {
    if (!holders(state, sub).get(person.profile)?.has(userId)) continue;
    // An expired subscription no longer opens anything.
    if (sub.def.validUntil < day || sub.def.validFrom > day) continue;
    add(sub.def.ark);
    sub.def.bundle?.forEach(add);
  }
  return records;
}

function knownTo(world: World, user: UserRecord, id: string, day: string): boolean {
  return user.establishments.some((uai) => listing(world, uai, user.id, day).some((r) => r.idRessource === id));
}

/** The `error` scenario: the lycée's GAR call fails with a GAR error body, the rest with a 500 problem. */
function garFailure(ctx: Context): ReturnType<typeof problem> | undefined {
  const uai = ctx.url.searchParams.get('uai');
  if (uai !== LYCEE || !ctx.user) return undefined;
  const body: GarError = {
    Erreur: { Code: '502', Message: 'Le service de listage des ressources du GAR ne répond pas.', Resource: `/ressources/ENT/${uai}/${ctx.user.id}` },
  };
  return { status: 502, body, contentType: 'application/json' };
}

export function mediacentreHandlers(base: string): RequestHandler[] {
  return [
    route(
      'get',
      base,
      '/mediacentre/resources',
      (ctx) => {
        const user = requireUser(ctx);
        if (isAnswer(user)) return user;
        const uai = ctx.url.searchParams.get('uai') ?? '';
        if (!UAI_PATTERN.test(uai)) return invalid([{ field: 'uai', code: uai ? 'pattern' : 'required', message: 'Un UAI (7 chiffres et une lettre) est attendu.' }]);
        if (!user.establishments.includes(uai)) return problem(403, 'forbidden', 'Vous n’êtes pas rattaché à cet établissement.');
        return { status: 200, body: { listeRessources: { ressource: listing(ctx.world, uai, user.id, dateParis(ctx.now)) } } };
      },
      { errors: garFailure },
    ),
    route('get', base, '/mediacentre/favorites', (ctx) => {
      const user = requireUser(ctx);
      if (isAnswer(user)) return user;
      return { status: 200, body: { favorites: ctx.world.favorites.get(user.id) ?? [] } };
    }),
    route('put', base, '/mediacentre/favorites/:idRessource', (ctx) => {
      const user = requireUser(ctx);
      if (isAnswer(user)) return user;
      const id = ctx.params.idRessource!;
      const list = ctx.world.favorites.get(user.id) ?? [];
      if (list.includes(id)) return { status: 200, body: { favorites: list } };
      if (!knownTo(ctx.world, user, id, dateParis(ctx.now))) return notFound('Cette ressource ne fait pas partie de vos ressources.');
      return commit(ctx.world, { t: 'favorite', at: ctx.now.toISOString(), user: user.id, id, on: true });
    }),
    route('delete', base, '/mediacentre/favorites/:idRessource', (ctx) => {
      const user = requireUser(ctx);
      if (isAnswer(user)) return user;
      const id = ctx.params.idRessource!;
      const list = ctx.world.favorites.get(user.id) ?? [];
      // Idempotent: removing what is not there changes nothing (and logs nothing).
      if (!list.includes(id)) return { status: 200, body: { favorites: list } };
      return commit(ctx.world, { t: 'favorite', at: ctx.now.toISOString(), user: user.id, id, on: false });
    }),
  ];
}
