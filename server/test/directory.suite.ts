import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDirectory, type DirectoryFile } from '../directory/format.js';
import { importDirectory } from '../directory/import.js';
import { call, server } from './harness.js';

const file = (): DirectoryFile => ({
  establishments: [
    {
      uai: '0999001K',
      name: 'Collège Test',
      divisions: [{ id: 'div-0999001K-6A', code: '6A', name: '6e A', level: { code: '10010012110', name: '6e' } }],
      groups: [{ id: 'grp-0999001K-chorale', name: 'Chorale', divisionIds: ['div-0999001K-6A'] }],
      people: [
        { id: 'p-0999001K-1', lastName: 'Éluard', firstName: 'Paul', profile: 'eleve', divisionIds: ['div-0999001K-6A'], groupIds: ['grp-0999001K-chorale'], arrivalDate: '2026-09-01' },
        { id: 'p-0999001K-2', lastName: 'Curie', firstName: 'Marie', profile: 'enseignant', divisionIds: ['div-0999001K-6A'], groupIds: [], arrivalDate: '2026-09-01' },
      ],
    },
  ],
  accounts: [{ id: 'p-0999001K-2', displayName: 'Marie Curie', profile: 'enseignant', roles: ['responsable-affectation'], establishments: ['0999001K'] }],
});

describe('directory import', () => {
  it('refuses a malformed file or one naming an unknown division, writing nothing', () => {
    assert.ok(checkDirectory({ establishments: [{ uai: 'bad' }] }).length > 0);
    const broken = file();
    broken.establishments[0]!.people[0]!.divisionIds = ['div-nowhere'];
    assert.match(checkDirectory(broken).join(), /unknown division div-nowhere/);
    assert.deepEqual(checkDirectory(file()), []);
  });

  it('is idempotent, and a later file updates by id; the imported people can sign in and be found', async () => {
    const { db } = await server();
    const count = async () => (await db.query<{ n: number }>("SELECT (SELECT count(*) FROM people WHERE uai = '0999001K') + (SELECT count(*) FROM person_groups WHERE uai = '0999001K') AS n"))[0]!.n;
    await importDirectory(db, file());
    const once = await count();
    await importDirectory(db, file());
    assert.equal(await count(), once);
    const later = file();
    later.establishments[0]!.people[0]!.groupIds = [];
    later.establishments[0]!.people[0]!.departureDate = '2026-11-30';
    await importDirectory(db, later);
    assert.equal(await count(), once - 1);
    const { url } = await server();
    const res = await fetch(`${url}/affectation/establishments/0999001K/people?status=departed`, { headers: { authorization: `Bearer ${await (await import('./harness.js')).tokenFor({ sub: 'p-0999001K-2' })}` } });
    const body = (await res.json()) as { items: Array<{ lastName: string }> };
    assert.deepEqual(body.items.map((p) => p.lastName), ['Éluard']);
    const me = await call('GET', '/me', { token: await (await import('./harness.js')).tokenFor({ sub: 'p-0999001K-2' }) });
    assert.deepEqual(me.body.establishments, [{ uai: '0999001K', name: 'Collège Test' }]);
  });
});
