import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GarResource } from '../../src/shared/api/types.js';
import { SEED_FAVORITES } from '../../src/mocks/data/favorites.js';
import { garRecord } from '../../src/mocks/data/gar.js';
import { USERS } from '../../src/mocks/data/users.js';
import { createEstablishment, holders } from '../../src/mocks/domain/affectation.js';
import { dateParis } from '../../src/mocks/time.js';
import { assertProblem, call, server, type DemoKey } from './harness.js';

/** The mocks' listing (src/mocks/handlers/mediacentre.ts) on the same seed. */
const states = new Map<string, ReturnType<typeof createEstablishment>>();

async function mockListing(uai: string, who: DemoKey): Promise<GarResource[]> {
  const { anchor } = await server();
  let state = states.get(uai);
  if (!state) states.set(uai, (state = createEstablishment(uai, 'default', anchor)));
  const userId = USERS[who].id;
  const person = state.directory.personById.get(userId)!;
  const day = dateParis(new Date());
  const seen = new Set<string>();
  const records: GarResource[] = [];
  const add = (ark: string): void => {
    if (seen.has(ark)) return;
    seen.add(ark);
    records.push(garRecord(state.catalogue.resources.get(ark)!, uai));
  };
  for (const sub of state.subscriptions) {
    if (!holders(state, sub).get(person.profile)?.has(userId)) continue;
    if (sub.def.validUntil < day || sub.def.validFrom > day) continue;
    add(sub.def.ark);
    sub.def.bundle?.forEach(add);
  }
  return records;
}

describe('médiacentre', () => {
  it('GET /mediacentre/resources: the mocks’ listing for each demo user', async () => {
    for (const [who, uai] of [['eleve', '0330001A'], ['enseignant', '0330001A'], ['responsable', '0330002B'], ['eleve3e', '0330001A']] as const) {
      const res = await call('GET', `/mediacentre/resources?uai=${uai}`, { as: who });
      assert.equal(res.status, 200);
      const expected = await mockListing(uai, who);
      assert.ok(expected.length > 0, `${who} holds something`);
      assert.deepEqual(res.body, { listeRessources: { ressource: expected } }, who);
      // Verbatim: the GAR's fields in the GAR's order.
      assert.equal(JSON.stringify(res.body.listeRessources.ressource), JSON.stringify(expected));
    }
  });

  it('another establishment is a 403; a missing or malformed uai a 422', async () => {
    assertProblem(await call('GET', '/mediacentre/resources?uai=0330002B', { as: 'eleve' }), 403, 'forbidden');
    const missing = await call('GET', '/mediacentre/resources', { as: 'eleve' });
    assertProblem(missing, 422, 'invalid');
    assert.equal(missing.body.errors[0].field, 'uai');
    assertProblem(await call('GET', '/mediacentre/resources?uai=33', { as: 'eleve' }), 422, 'invalid');
    assertProblem(await call('GET', '/mediacentre/resources?uai=0330001A'), 401, 'unauthorized');
  });

  it('favourites: the seeded ones, add (idempotent), remove (idempotent)', async () => {
    const start = await call('GET', '/mediacentre/favorites', { as: 'documentaliste' });
    assert.deepEqual(start.body, { favorites: SEED_FAVORITES[USERS.documentaliste.id] });
    const listing = await mockListing('0330001A', 'documentaliste');
    const candidate = listing.find((r) => !start.body.favorites.includes(r.idRessource))!;
    const path = `/mediacentre/favorites/${encodeURIComponent(candidate.idRessource)}`;
    const added = await call('PUT', path, { as: 'documentaliste' });
    assert.deepEqual(added.body.favorites, [...start.body.favorites, candidate.idRessource]);
    assert.deepEqual((await call('PUT', path, { as: 'documentaliste' })).body, added.body);
    const removed = await call('DELETE', path, { as: 'documentaliste' });
    assert.deepEqual(removed.body, start.body);
    assert.deepEqual((await call('DELETE', path, { as: 'documentaliste' })).body, start.body);
  });

  it('a resource the user does not reach cannot become a favourite (404)', async () => {
    assertProblem(await call('PUT', `/mediacentre/favorites/${encodeURIComponent('ark:/00000/r.nowhere')}`, { as: 'eleve' }), 404, 'not-found');
    const lycee = await mockListing('0330002B', 'responsable');
    const pupil = new Set((await mockListing('0330001A', 'eleve')).map((r) => r.idRessource));
    const elsewhere = lycee.find((r) => !pupil.has(r.idRessource))!;
    assertProblem(await call('PUT', `/mediacentre/favorites/${encodeURIComponent(elsewhere.idRessource)}`, { as: 'eleve' }), 404, 'not-found');
  });

  it('IDOR: one user’s favourites are never another’s', async () => {
    const pupil = await call('GET', '/mediacentre/favorites', { as: 'eleve' });
    const teacherListing = await mockListing('0330001A', 'enseignant');
    const teacherFavs = (await call('GET', '/mediacentre/favorites', { as: 'enseignant' })).body.favorites as string[];
    const pick = teacherListing.find((r) => !teacherFavs.includes(r.idRessource))!;
    await call('PUT', `/mediacentre/favorites/${encodeURIComponent(pick.idRessource)}`, { as: 'enseignant' });
    // Removing the pupil's favourite as the teacher touches only the teacher's list.
    await call('DELETE', `/mediacentre/favorites/${encodeURIComponent(pupil.body.favorites[0])}`, { as: 'enseignant' });
    assert.deepEqual((await call('GET', '/mediacentre/favorites', { as: 'eleve' })).body, pupil.body);
    assert.ok(!(pupil.body.favorites as string[]).includes(pick.idRessource));
  });
});
