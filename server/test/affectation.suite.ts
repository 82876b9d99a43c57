import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { presentAt } from '../../src/mocks/data/directory.js';
import { assignmentView, createEstablishment, dashboard, departed, holdings, holders, personView, PUBLICS, searchPeople, subscriptionView } from '../../src/mocks/domain/affectation.js';
import { dateParis, monthParis, monthRange, schoolYearStart } from '../../src/mocks/time.js';
import { buildApp } from '../app.js';
import { createAuthenticator } from '../auth/identity.js';
import { openDb } from '../db/open.js';
import { assertProblem, call, server, tokenFor } from './harness.js';

const C = '0330001A';
const L = '0330002B';
const base = (uai: string): string => `/affectation/establishments/${uai}`;
const states = new Map<string, ReturnType<typeof createEstablishment>>();

/** The mocks' establishment on the same seed (as first generated: compare before writing). */
async function mockState(uai: string) {
  const { anchor } = await server();
  let state = states.get(uai);
  if (!state) states.set(uai, (state = createEstablishment(uai, 'default', anchor)));
  return state;
}

async function counts(uai: string, id: string) {
  const list = await call('GET', `${base(uai)}/subscriptions`, { as: 'responsable' });
  return list.body.subscriptions.find((s: { id: string }) => s.id === id).counts;
}

/** Present pupils of the collège who do not hold this subscription. */
async function pupilsWithout(subscriptionId: string, n: number): Promise<string[]> {
  const state = await mockState(C);
  const held = holders(state, state.subscriptionById.get(subscriptionId)!).get('eleve') ?? new Set();
  const day = dateParis(new Date());
  return state.directory.people.filter((p) => p.profile === 'eleve' && presentAt(p, day) && !held.has(p.id) && !p.id.startsWith('u-')).slice(0, n).map((p) => p.id);
}

describe('affectation: access', () => {
  it('401 signed out, 403 without the role or for another establishment, 404 for a malformed UAI', async () => {
    assertProblem(await call('GET', `${base(C)}/subscriptions`), 401, 'unauthorized');
    assertProblem(await call('GET', `${base(C)}/subscriptions`, { as: 'documentaliste' }), 403, 'forbidden');
    assertProblem(await call('GET', `${base(C)}/subscriptions`, { as: 'responsableLycee' }), 403, 'forbidden');
    assertProblem(await call('GET', `${base('9999999Z')}/subscriptions`, { as: 'responsable' }), 403, 'forbidden');
    assertProblem(await call('GET', `${base('nope')}/subscriptions`, { as: 'responsable' }), 404, 'not-found');
    assertProblem(await call('POST', `${base(L)}/assignments`, { as: 'responsableCollege', body: {} }), 403, 'forbidden');
  });

  it('IDOR: another establishment’s assignment is unknown under this UAI, refused under its own', async () => {
    const lycee = await call('GET', `${base(L)}/assignments?pageSize=1`, { as: 'responsableLycee' });
    const id = lycee.body.items[0].id as string;
    assertProblem(await call('DELETE', `${base(C)}/assignments/${id}`, { as: 'responsableCollege' }), 404, 'not-found');
    assertProblem(await call('POST', `${base(C)}/assignments/remove`, { as: 'responsableCollege', body: { assignmentIds: [id] } }), 404, 'not-found');
    assertProblem(await call('DELETE', `${base(L)}/assignments/${id}`, { as: 'responsableCollege' }), 403, 'forbidden');
    assert.equal((await call('GET', `${base(L)}/assignments?pageSize=1`, { as: 'responsableLycee' })).body.items[0].id, id, 'still there');
  });
});

describe('affectation: reads', () => {
  it('GET subscriptions: the mocks’ view of every subscription (counts, families, advisories)', async () => {
    for (const uai of [L]) {
      const state = await mockState(uai);
      const res = await call('GET', `${base(uai)}/subscriptions`, { as: 'responsable' });
      const day = dateParis(new Date());
      assert.deepEqual(res.body, { subscriptions: state.subscriptions.map((s) => subscriptionView(state, s, day)) });
    }
  });

  it('GET assignments: paged, newest first, filtered like the mocks', async () => {
    const state = await mockState(L);
    const all = [...state.assignments.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    const page2 = await call('GET', `${base(L)}/assignments?page=2&pageSize=20`, { as: 'responsable' });
    assert.deepEqual(page2.body, { items: all.slice(20, 40).map((a) => assignmentView(state, a)), total: all.length, page: 2, pageSize: 20 });
    const first = all[0]!;
    const bySub = await call('GET', `${base(L)}/assignments?subscriptionId=${first.subscriptionId}&pageSize=500`, { as: 'responsable' });
    assert.deepEqual(bySub.body.items.map((a: { id: string }) => a.id), all.filter((a) => a.subscriptionId === first.subscriptionId).map((a) => a.id));
    const person = first.members[0]!;
    const byPerson = await call('GET', `${base(L)}/assignments?personId=${person}&pageSize=500`, { as: 'responsable' });
    assert.deepEqual(byPerson.body.items.map((a: { id: string }) => a.id), all.filter((a) => a.members.includes(person)).map((a) => a.id));
    assertProblem(await call('GET', `${base(L)}/assignments?targetType=classe`, { as: 'responsable' }), 422, 'invalid');
  });
});

describe('affectation: directory reads', () => {
  it('GET populations: sizes per public of divisions, groups and the establishment, as the mocks count them', async () => {
    const state = await mockState(C);
    const day = dateParis(new Date());
    const sizes = (ids: string[], publics: readonly string[]) => {
      const result: Record<string, number> = Object.fromEntries(publics.map((p) => [p, 0]));
      for (const id of ids) {
        const person = state.directory.personById.get(id)!;
        if (presentAt(person, day) && person.profile in result) result[person.profile]! += 1;
      }
      return result;
    };
    const res = await call('GET', `${base(C)}/populations`, { as: 'responsable' });
    assert.deepEqual(res.body, {
      divisions: state.directory.divisions.map((d) => ({ id: d.id, code: d.code, name: d.name, level: d.level, size: sizes(d.memberIds, ['eleve', 'enseignant']) })),
      groups: state.directory.groups.map((g) => ({ id: g.id, name: g.name, divisionIds: g.divisionIds, size: sizes(g.memberIds, ['eleve', 'enseignant']) })),
      profiles: sizes(state.directory.people.map((p) => p.id), PUBLICS),
    });
  });

  it('GET people: the mocks’ search (accents, word starts, filters, pages, licence counts)', async () => {
    const state = await mockState(C);
    const now = new Date();
    const cases: Array<[string, Parameters<typeof searchPeople>[1]]> = [
      ['q=lef', { q: 'lef', status: 'present' }],
      ['q=LÉFÈVRE%20in', { q: 'LÉFÈVRE in', status: 'present' }],
      ['profile=enseignant&pageSize=500', { profile: 'enseignant', status: 'present' }],
      ['division=div-0330001A-4B&pageSize=500', { division: 'div-0330001A-4B', status: 'present' }],
      ['group=grp-0330001A-latin-4e&pageSize=500', { group: 'grp-0330001A-latin-4e', status: 'present' }],
      ['status=departed&pageSize=500', { status: 'departed' }],
      ['status=new&pageSize=500', { status: 'new' }],
      ['status=all&unassigned=true&pageSize=500', { status: 'all', unassigned: true }],
      ['page=3&pageSize=7', { status: 'present' }],
    ];
    for (const [query, mockQuery] of cases) {
      const res = await call('GET', `${base(C)}/people?${query}`, { as: 'responsable' });
      const found = searchPeople(state, mockQuery, now);
      const page = Number(new URLSearchParams(query).get('page') ?? 1);
      const pageSize = Number(new URLSearchParams(query).get('pageSize') ?? 50);
      assert.deepEqual(res.body, { items: found.slice((page - 1) * pageSize, page * pageSize).map((p) => personView(state, p)), total: found.length, page, pageSize }, query);
    }
    assertProblem(await call('GET', `${base(C)}/people?status=gone`, { as: 'responsable' }), 422, 'invalid');
    assertProblem(await call('GET', `${base(C)}/people?pageSize=501`, { as: 'responsable' }), 422, 'invalid');
  });

  it('GET dashboard: the mocks’ items', async () => {
    for (const uai of [C, L]) {
      const state = await mockState(uai);
      const res = await call('GET', `${base(uai)}/dashboard`, { as: 'responsable' });
      assert.deepEqual(res.body.items, dashboard(state, new Date()), uai);
    }
  });
});

describe('affectation: writes', () => {
  it('assigns all or nothing: created, then unchanged; preview agrees; delete gives the licences back', async () => {
    const before = await counts(C, 'sub-0330001A-015');
    const request = { subscriptionIds: ['sub-0330001A-015'], public: 'eleve', targets: [{ type: 'division', id: 'div-0330001A-4B' }] };
    const preview = await call('POST', `${base(C)}/assignments/preview`, { as: 'responsable', body: request });
    assert.equal(preview.status, 200);
    const line = preview.body.lines[0];
    assert.ok(line.needed > 0 && preview.body.fits);
    const created = await call('POST', `${base(C)}/assignments`, { as: 'responsable', body: request });
    assert.equal(created.status, 201);
    assert.equal(created.body.assignments.length, 1);
    assert.equal(created.body.assignments[0].outcome, 'created');
    assert.equal(created.body.assignments[0].people, line.needed);
    assert.equal(created.body.subscriptions[0].counts[0].assigned, before[0].assigned + line.needed);
    const again = await call('POST', `${base(C)}/assignments`, { as: 'responsable', body: request });
    assert.equal(again.body.assignments[0].outcome, 'unchanged');
    assert.equal(again.body.assignments[0].id, created.body.assignments[0].id);
    const removed = await call('DELETE', `${base(C)}/assignments/${created.body.assignments[0].id}`, { as: 'responsable' });
    assert.equal(removed.status, 200);
    assert.deepEqual(removed.body.subscriptions[0].counts, before);
    assertProblem(await call('DELETE', `${base(C)}/assignments/${created.body.assignments[0].id}`, { as: 'responsable' }), 404, 'not-found');
  });

  it('409 with shortfalls and fresh counts, nothing applied — also across a batch', async () => {
    const before13 = await counts(C, 'sub-0330001A-013');
    const before15 = await counts(C, 'sub-0330001A-015');
    const short = { subscriptionIds: ['sub-0330001A-013'], public: 'eleve', targets: [{ type: 'division', id: 'div-0330001A-6A' }] };
    const refused = await call('POST', `${base(C)}/assignments`, { as: 'responsable', body: short });
    assertProblem(refused, 409, 'licences-insufficient');
    assert.equal(refused.body.shortfalls[0].available, before13[0].available);
    assert.deepEqual(refused.body.subscriptions[0].counts, before13);
    const fits = { subscriptionIds: ['sub-0330001A-015'], public: 'eleve', targets: [{ type: 'division', id: 'div-0330001A-3A' }] };
    const batch = await call('POST', `${base(C)}/assignments`, { as: 'responsable', body: { requests: [fits, short] } });
    assertProblem(batch, 409, 'licences-insufficient');
    assert.deepEqual(await counts(C, 'sub-0330001A-015'), before15, 'the request that fitted was not applied either');
  });

  it('422 for bad input, with the fields at fault', async () => {
    const bad = async (body: unknown, field: string) => {
      const res = await call('POST', `${base(C)}/assignments`, { as: 'responsable', body });
      assertProblem(res, 422, 'invalid');
      assert.ok(res.body.errors.some((e: { field: string }) => e.field === field), `${field} in ${JSON.stringify(res.body.errors)}`);
    };
    await bad({ subscriptionIds: ['sub-0330002B-001'], public: 'eleve', targets: [{ type: 'division', id: 'div-0330001A-4B' }] }, 'subscriptionIds[0]');
    // A single request is judged as one (not as a batch missing `requests`), and a batch as a batch.
    const single = await call('POST', `${base(C)}/assignments`, { as: 'responsable', body: { subscriptionIds: [], public: 'eleve', targets: [{ type: 'division', id: 'div-0330001A-4B' }] } });
    assert.deepEqual(single.body.errors.map((e: { field: string }) => e.field), ['subscriptionIds']);
    const batch = await call('POST', `${base(C)}/assignments`, { as: 'responsable', body: { requests: [{ subscriptionIds: ['sub-0330001A-015'], public: 'martien', targets: [{ type: 'division', id: 'div-0330001A-4B' }] }] } });
    assert.deepEqual(batch.body.errors.map((e: { field: string }) => e.field), ['requests[0].public']);
    await bad({ subscriptionIds: ['sub-0330001A-015'], public: 'eleve', targets: [{ type: 'division', id: 'div-0330002B-2DE1' }] }, 'targets[0]');
    await bad({ subscriptionIds: ['sub-0330001A-010'], public: 'eleve', targets: [{ type: 'profil', id: 'eleve' }] }, 'public');
    await bad({ requests: [
      { subscriptionIds: ['sub-0330001A-015'], public: 'eleve', targets: [{ type: 'division', id: 'div-0330001A-4B' }] },
      { subscriptionIds: ['sub-0330001A-015'], public: 'eleve', targets: [{ type: 'division', id: 'div-0330001A-4C' }] },
    ] }, 'requests[1]');
  });

  it('Idempotency-Key: a retry answers the first 201; another body with it is a 422', async () => {
    const [pupil] = await pupilsWithout('sub-0330001A-015', 1);
    const request = { subscriptionIds: ['sub-0330001A-015'], public: 'eleve', targets: [{ type: 'personne', id: pupil }] };
    const key = `assign-${crypto.randomUUID()}`;
    const first = await call('POST', `${base(C)}/assignments`, { as: 'responsable', body: request, headers: { 'idempotency-key': key } });
    const retry = await call('POST', `${base(C)}/assignments`, { as: 'responsable', body: request, headers: { 'idempotency-key': key } });
    assert.deepEqual([retry.status, retry.body], [201, first.body]);
    assert.equal(retry.body.assignments[0].outcome, 'created');
    const other = await call('POST', `${base(C)}/assignments/remove`, { as: 'responsable', body: { assignmentIds: [first.body.assignments[0].id] }, headers: { 'idempotency-key': key } });
    assertProblem(other, 422, 'invalid');
    const removed = await call('POST', `${base(C)}/assignments/remove`, { as: 'responsable', body: { assignmentIds: [first.body.assignments[0].id, first.body.assignments[0].id] } });
    assert.equal(removed.body.removed.length, 1);
  });

  it('concurrent writers never over-assign: exactly the licences left are given', async () => {
    const id = 'sub-0330001A-013';
    const before = (await counts(C, id))[0];
    assert.ok(before.available > 0);
    const pupils = await pupilsWithout(id, before.available + 4);
    const answers = await Promise.all(
      pupils.map((pupil) => call('POST', `${base(C)}/assignments`, { as: 'responsable', body: { subscriptionIds: [id], public: 'eleve', targets: [{ type: 'personne', id: pupil }] } })),
    );
    const statuses = answers.map((a) => a.status).sort();
    assert.equal(statuses.filter((s) => s === 201).length, before.available);
    assert.equal(statuses.filter((s) => s === 409).length, 4);
    const after = (await counts(C, id))[0];
    assert.equal(after.assigned, before.total);
    assert.equal(after.available, 0);
    // Give them back so that other tests see the seed's counts.
    const ids = answers.filter((a) => a.status === 201).map((a) => a.body.assignments[0].id);
    assert.equal((await call('POST', `${base(C)}/assignments/remove`, { as: 'responsable', body: { assignmentIds: ids } })).status, 200);
  });

  it('two instances on one PostgreSQL never over-assign either (stateless scale-out)', { skip: !process.env.TEST_DATABASE_URL && 'PostgreSQL only (TEST_DATABASE_URL)' }, async () => {
    const { config } = await server();
    const db2 = await openDb(config);
    const second = await buildApp({ config, db: db2, auth: createAuthenticator(config) });
    try {
      const id = 'sub-0330001A-013';
      const before = (await counts(C, id))[0];
      const pupils = await pupilsWithout(id, before.available + 6);
      const authorization = `Bearer ${await tokenFor('responsable')}`;
      const answers = await Promise.all(
        pupils.map((pupil, i) => {
          const body = { subscriptionIds: [id], public: 'eleve', targets: [{ type: 'personne', id: pupil }] };
          // Every other request goes to the second instance.
          return i % 2 === 0
            ? call('POST', `${base(C)}/assignments`, { as: 'responsable', body }).then((r) => ({ status: r.status, id: r.body.assignments?.[0]?.id as string | undefined }))
            : second.inject({ method: 'POST', url: `/api${base(C)}/assignments`, headers: { authorization }, payload: body }).then((r) => ({ status: r.statusCode, id: r.json().assignments?.[0]?.id as string | undefined }));
        }),
      );
      assert.equal(answers.filter((a) => a.status === 201).length, before.available);
      assert.equal(answers.filter((a) => a.status === 409).length, 6);
      assert.equal((await counts(C, id))[0].available, 0);
      const ids = answers.flatMap((a) => (a.status === 201 && a.id ? [a.id] : []));
      assert.equal((await call('POST', `${base(C)}/assignments/remove`, { as: 'responsable', body: { assignmentIds: ids } })).status, 200);
    } finally {
      await second.close();
      await db2.close();
    }
  });

  it('recovers the licences of people who left (all, or the ones named), then they count nowhere', async () => {
    const state = await mockState(L);
    const day = dateParis(new Date());
    const held = holdings(state);
    const leavers = departed(state, day).filter((p) => (held.get(p.id)?.size ?? 0) > 0);
    assert.ok(leavers.length >= 2, 'the seed has departed people holding licences');
    const bad = await call('POST', `${base(L)}/licences/recover`, { as: 'responsable', body: { personIds: [leavers[0]!.id, 'nobody'] } });
    assertProblem(bad, 422, 'invalid');
    assert.equal(bad.body.errors[0].field, 'personIds[1]');
    const one = await call('POST', `${base(L)}/licences/recover`, { as: 'responsable', body: { personIds: [leavers[0]!.id] } });
    assert.deepEqual([one.status, one.body.people, one.body.recovered], [200, 1, held.get(leavers[0]!.id)!.size]);
    const again = await call('POST', `${base(L)}/licences/recover`, { as: 'responsable', body: { personIds: [leavers[0]!.id] } });
    assert.deepEqual([again.status, again.body.people, again.body.recovered], [200, 0, 0]);
    const rest = await call('POST', `${base(L)}/licences/recover`, { as: 'responsable', body: {} });
    assert.equal(rest.body.people, departed(state, day).length - 1);
    const items = (await call('GET', `${base(L)}/dashboard`, { as: 'responsable' })).body.items;
    assert.equal(items.find((i: { kind: string }) => i.kind === 'recoverable-licences'), undefined);
    const person = await call('GET', `${base(L)}/assignments?personId=${leavers[1]!.id}`, { as: 'responsable' });
    assert.equal(person.body.total, 0);
  });

});

describe('affectation: statistics', () => {
  it('default period: the rentrée to this month; one row per valid month; 1–4 never raw, 0 shown', async () => {
    const now = new Date();
    const res = await call('GET', `${base(C)}/statistics`, { as: 'responsable' });
    assert.equal(res.status, 200);
    assert.equal(res.body.threshold, 5);
    assert.deepEqual(res.body.months, monthRange(monthParis(schoolYearStart(now)), monthParis(now)));
    const state = await mockState(C);
    const expected = state.subscriptions.flatMap((s) => res.body.months.filter((m: string) => m >= s.def.validFrom.slice(0, 7) && m <= s.def.validUntil.slice(0, 7)).map((m: string) => `${s.def.id} ${m}`));
    assert.deepEqual(res.body.rows.map((r: { subscriptionId: string; month: string }) => `${r.subscriptionId} ${r.month}`), expected);
    for (const row of res.body.rows) {
      for (const count of [row.users, row.sessions]) {
        if (count.suppressed) assert.equal(count.value, null);
        else assert.ok(count.value === 0 || count.value >= 5, JSON.stringify(row));
      }
    }
    assert.ok(res.body.rows.some((r: { users: { value: number } }) => r.users.value >= 5), 'the seed has some use');
  });

  it('aggregates in SQL: 3 users are suppressed, 6 users shown with their sessions; filters by subscription', async () => {
    const { db } = await server();
    const month = monthParis(new Date());
    const id = 'sub-0330001A-029';
    await db.query('DELETE FROM resource_usage WHERE subscription_id = $1 AND month = $2', [id, month]);
    const put = (people: number, sessions: number) =>
      db.query('INSERT INTO resource_usage (uai, subscription_id, person_id, month, sessions) SELECT $1::text, $2::text, $3::text || g, $4::text, $5::int FROM generate_series(1, $6::int) g', [C, id, 'p-stat-', month, sessions, people]);
    const stat = async () => (await call('GET', `${base(C)}/statistics?subscriptionId=${id}&from=${month}&to=${month}`, { as: 'responsable' })).body.rows;
    const zero = await stat();
    assert.deepEqual(zero.map((r: { users: unknown }) => r.users), zero.length ? [{ value: 0, suppressed: false }] : []);
    await put(3, 1);
    const small = await stat();
    assert.deepEqual(small[0].users, { value: null, suppressed: true });
    assert.deepEqual(small[0].sessions, { value: null, suppressed: true });
    await db.query('DELETE FROM resource_usage WHERE subscription_id = $1 AND month = $2', [id, month]);
    await put(6, 2);
    const shown = await stat();
    assert.deepEqual([shown[0].users, shown[0].sessions], [{ value: 6, suppressed: false }, { value: 12, suppressed: false }]);
  });

  it('422 for a bad month or from after to, 404 for another establishment’s subscription', async () => {
    assertProblem(await call('GET', `${base(C)}/statistics?from=2026-13`, { as: 'responsable' }), 422, 'invalid');
    const backwards = await call('GET', `${base(C)}/statistics?from=2026-10&to=2026-09`, { as: 'responsable' });
    assertProblem(backwards, 422, 'invalid');
    assert.equal(backwards.body.errors[0].field, 'from');
    assertProblem(await call('GET', `${base(C)}/statistics?subscriptionId=sub-0330002B-001`, { as: 'responsable' }), 404, 'not-found');
  });
});
