import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COLLEGE, ESTABLISHMENTS, LYCEE, USERS } from '../../src/mocks/data/users.js';
import { adminView, userView, visibleTo } from '../../src/mocks/domain/announcements.js';
import { audienceOptions, countAudience } from '../../src/mocks/domain/audience.js';
import { assertProblem, call, tokenFor, type DemoKey } from './harness.js';
import { mockReference } from './reference.js';

const SEVERITY = { alerte: 0, avertissement: 1, information: 2 } as const;
const key = (): string => `key-${crypto.randomUUID()}`;

async function expectedList(who: DemoKey) {
  const ref = await mockReference();
  const user = USERS[who];
  const now = new Date();
  // An announcement reaches the user as a member of its establishment, if it is one of theirs.
  const memberIn = (uai: string) => (user.establishments.includes(uai) ? ref.members(uai).find((m) => m.id === user.id) : undefined);
  return ref.announcements
    .filter((r) => memberIn(r.uai) && visibleTo(r, memberIn(r.uai)!, now))
    .sort((a, b) => SEVERITY[a.input.kind] - SEVERITY[b.input.kind] || b.input.startsAt.localeCompare(a.input.startsAt))
    .map((r) => userView(r, USERS[who].id, ESTABLISHMENTS[r.uai]!.name));
}

describe('announcements (reader)', () => {
  it('GET /announcements: the mocks’ list for a 4e pupil, a 3e pupil, a teacher and someone of both schools', async () => {
    for (const who of ['eleve', 'eleve3e', 'enseignant', 'responsable'] as const) {
      const res = await call('GET', '/announcements', { as: who });
      assert.equal(res.status, 200);
      assert.deepEqual(res.body.announcements, await expectedList(who), who);
      assert.ok(Math.abs(Date.parse(res.body.serverTime) - Date.now()) < 60_000);
    }
    assertProblem(await call('GET', '/announcements'), 401, 'unauthorized');
  });

  it('read / unread: dismissed, shown again; an alert cannot be dismissed', async () => {
    const read = await call('POST', '/announcements/ann-semaine-presse/read', { as: 'documentaliste' });
    assert.equal(read.status, 200);
    assert.equal(read.body.read, true);
    const again = await call('POST', '/announcements/ann-semaine-presse/read', { as: 'documentaliste' });
    assert.equal(again.body.readAt, read.body.readAt, 'dismissing twice keeps the first moment');
    const list = await call('GET', '/announcements', { as: 'documentaliste' });
    assert.equal(list.body.announcements.find((a: { id: string }) => a.id === 'ann-semaine-presse').read, true);
    const unread = await call('DELETE', '/announcements/ann-semaine-presse/read', { as: 'documentaliste' });
    assert.deepEqual(unread.body, { id: 'ann-semaine-presse', read: false, readAt: null });
    assertProblem(await call('POST', '/announcements/ann-ppms/read', { as: 'documentaliste' }), 403, 'forbidden');
  });

  it('IDOR: an announcement outside the user’s audience is a 404 for every path', async () => {
    // ann-sortie-4e is for 4e pupils only.
    assertProblem(await call('POST', '/announcements/ann-sortie-4e/read', { as: 'eleve3e' }), 404, 'not-found');
    assertProblem(await call('DELETE', '/announcements/ann-sortie-4e/read', { as: 'enseignant' }), 404, 'not-found');
    assertProblem(await call('POST', '/announcements/ann-enquete-cdi/form-responses', { as: 'documentaliste', body: { answers: [] } }), 404, 'not-found');
    assertProblem(await call('POST', '/announcements/nope/read', { as: 'eleve' }), 404, 'not-found');
  });

  it('form answers: 422 when invalid, 201 once, 409 after, a retry with its key answers the first receipt', async () => {
    const form = (await call('GET', '/announcements', { as: 'enseignant' })).body.announcements.find((a: { id: string }) => a.id === 'ann-enquete-cdi').form;
    assert.equal(form.answered, false);
    const missing = await call('POST', '/announcements/ann-enquete-cdi/form-responses', { as: 'enseignant', body: { answers: [] } });
    assertProblem(missing, 422, 'invalid');
    const answers = form.questions
      .filter((q: { required: boolean }) => q.required)
      .map((q: { id: string; type: string; options?: Array<{ id: string }> }) => (q.type === 'text' ? { questionId: q.id, text: 'Oui' } : { questionId: q.id, optionIds: [q.options![0]!.id] }));
    const k = key();
    const first = await call('POST', '/announcements/ann-enquete-cdi/form-responses', { as: 'enseignant', body: { answers }, headers: { 'idempotency-key': k } });
    assert.equal(first.status, 201);
    const retry = await call('POST', '/announcements/ann-enquete-cdi/form-responses', { as: 'enseignant', body: { answers }, headers: { 'idempotency-key': k } });
    assert.deepEqual([retry.status, retry.body], [201, first.body]);
    const reused = await call('POST', '/announcements/ann-enquete-cdi/form-responses', { as: 'enseignant', body: { answers: answers.slice(1) }, headers: { 'idempotency-key': k } });
    assertProblem(reused, 422, 'invalid');
    assert.equal(reused.body.errors[0].field, 'Idempotency-Key');
    assertProblem(await call('POST', '/announcements/ann-enquete-cdi/form-responses', { as: 'enseignant', body: { answers } }), 409, 'already-answered');
    const after = (await call('GET', '/announcements', { as: 'enseignant' })).body.announcements.find((a: { id: string }) => a.id === 'ann-enquete-cdi');
    assert.equal(after.form.answered, true);
    // Another user's key space is their own: the same key is a fresh request for them.
    const pupil = await call('POST', '/announcements/ann-enquete-cdi/form-responses', { as: 'eleve', body: { answers }, headers: { 'idempotency-key': k } });
    assert.equal(pupil.status, 201);
    assert.notEqual(pupil.body.id, first.body.id);
  });

  it('a malformed Idempotency-Key or body is a 422 naming the field', async () => {
    const short = await call('POST', '/announcements/ann-enquete-cdi/form-responses', { as: 'eleve3e', body: { answers: [] }, headers: { 'idempotency-key': 'short' } });
    assertProblem(short, 422, 'invalid');
    assert.equal(short.body.errors[0].field, 'Idempotency-Key');
    const extra = await call('POST', '/announcements/ann-enquete-cdi/form-responses', { as: 'eleve3e', body: { answers: [], more: 1 } });
    assertProblem(extra, 422, 'invalid');
    assert.equal(extra.body.errors[0].field, 'more');
  });
});

describe('announcements (admin)', () => {
  it('admin paths are for admins only', async () => {
    assertProblem(await call('GET', '/admin/announcements'), 401, 'unauthorized');
    assertProblem(await call('GET', '/admin/announcements', { as: 'responsable' }), 403, 'forbidden');
    assertProblem(await call('POST', '/admin/announcements', { as: 'eleve', body: {} }), 403, 'forbidden');
    assertProblem(await call('DELETE', '/admin/announcements/ann-ppms', { as: 'enseignant' }), 403, 'forbidden');
    assertProblem(await call('GET', '/admin/audience', { as: 'eleve' }), 403, 'forbidden');
  });

  it('GET /admin/announcements/{id}: the mocks’ admin view of the seeded ones (counts, results)', async () => {
    const ref = await mockReference();
    const now = new Date();
    for (const record of ref.announcements.filter((r) => ['ann-sortie-4e', 'ann-conseils-classe', 'ann-photos', 'ann-reunion-6e'].includes(r.id))) {
      const res = await call('GET', `/admin/announcements/${record.id}`, { as: 'admin' });
      assert.deepEqual(res.body, adminView(record, ref.members(record.uai), now), record.id);
    }
    assertProblem(await call('GET', '/admin/announcements/nope', { as: 'admin' }), 404, 'not-found');
  });

  it('audience options and counts are the mocks’', async () => {
    const ref = await mockReference();
    // The admin's current establishment is the collège: its levels and divisions only.
    assert.deepEqual((await call('GET', '/admin/audience', { as: 'admin' })).body, audienceOptions(ref.directories.filter((d) => d.uai === USERS.admin.establishments[0])));
    for (const audience of [
      { profiles: [], levels: [], divisions: [] },
      { profiles: ['eleve', 'parent'], levels: ['4e'], divisions: [] },
      { profiles: ['enseignant'], levels: [], divisions: ['div-0330001A-3A'] },
    ]) {
      const res = await call('POST', '/admin/audience/count', { as: 'admin', body: audience });
      assert.deepEqual(res.body, { count: countAudience(audience as never, ref.members(COLLEGE)) }, JSON.stringify(audience));
    }
    const bad = await call('POST', '/admin/audience/count', { as: 'admin', body: { profiles: [], levels: ['9e'], divisions: [] } });
    assertProblem(bad, 422, 'invalid');
    assert.equal(bad.body.errors[0].field, 'levels[0]');
  });

  it('publishing for 4e: a 4e pupil sees it, a 3e pupil does not; an edit shows it again; delete', async () => {
    const input = {
      kind: 'information',
      title: 'Sortie au théâtre',
      body: '<p>Rendez-vous à 14 h.</p>',
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: null,
      audience: { profiles: ['eleve'], levels: ['4e'], divisions: [] },
      channel: 'home',
      state: 'published',
    };
    const k = key();
    const created = await call('POST', '/admin/announcements', { as: 'admin', body: input, headers: { 'idempotency-key': k } });
    assert.equal(created.status, 201);
    assert.equal(created.body.status, 'active');
    assert.equal(created.body.author, 'Marc Dubois');
    assert.equal(created.body.dismissible, true);
    const replay = await call('POST', '/admin/announcements', { as: 'admin', body: input, headers: { 'idempotency-key': k } });
    assert.equal(replay.body.id, created.body.id, 'never created twice');
    const id = created.body.id as string;
    const seen = async (who: DemoKey) => (await call('GET', '/announcements', { as: who })).body.announcements.find((a: { id: string }) => a.id === id);
    assert.ok(await seen('eleve'));
    assert.equal(await seen('eleve3e'), undefined);
    await call('POST', `/announcements/${id}/read`, { as: 'eleve' });
    assert.equal((await seen('eleve')).read, true);
    assert.equal((await call('GET', `/admin/announcements/${id}`, { as: 'admin' })).body.readCount, 1);
    await new Promise((r) => setTimeout(r, 5));
    const edited = await call('PUT', `/admin/announcements/${id}`, { as: 'admin', body: { ...input, title: 'Sortie au théâtre (horaire changé)' } });
    assert.equal(edited.status, 200);
    assert.equal(edited.body.readCount, 0);
    assert.equal((await seen('eleve')).read, false, 'an edit shows it again');
    const list = await call('GET', '/admin/announcements', { as: 'admin' });
    assert.ok(list.body.announcements.some((a: { id: string }) => a.id === id));
    assert.equal((await call('DELETE', `/admin/announcements/${id}`, { as: 'admin' })).status, 204);
    assertProblem(await call('DELETE', `/admin/announcements/${id}`, { as: 'admin' }), 404, 'not-found');
    assert.equal(await seen('eleve'), undefined);
  });

  it('refuses invalid input with per-field errors and writes nothing', async () => {
    const before = (await call('GET', '/admin/announcements', { as: 'admin' })).body.announcements.length;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: '' }, 'title'],
      [{ title: 'x'.repeat(121) }, 'title'],
      [{ link: { url: 'javascript:alert(1)', label: 'x', external: true } }, 'link.url'],
      [{ audience: { profiles: ['martien'], levels: [], divisions: [] } }, 'audience.profiles[0]'],
      [{ audience: { profiles: [], levels: [], divisions: ['div-nowhere'] } }, 'audience.divisions[0]'],
      [{ endsAt: '2020-01-01T00:00:00Z' }, 'endsAt'],
      [{ colour: 'red' }, 'colour'],
    ];
    const base = { kind: 'information', title: 'T', body: 'B', startsAt: new Date().toISOString(), audience: { profiles: [], levels: [], divisions: [] }, channel: 'home', state: 'draft' };
    for (const [change, field] of cases) {
      const res = await call('POST', '/admin/announcements', { as: 'admin', body: { ...base, ...change } });
      assertProblem(res, 422, 'invalid');
      assert.ok(res.body.errors.some((e: { field: string }) => e.field === field), `${field} in ${JSON.stringify(res.body.errors)}`);
    }
    assert.equal((await call('GET', '/admin/announcements', { as: 'admin' })).body.announcements.length, before);
  });

  it('establishments: an admin manages their current school’s announcements only, which reach that school’s people only', async () => {
    const ref = await mockReference();
    const lyceeAdmin = await tokenFor({ sub: 'u-admin-lycee', name: 'Léa Fontaine', profile: 'admin', roles: ['admin-ent'], uais: [LYCEE] });
    const lyceePupil = ref.members(LYCEE).find((m) => m.profile === 'eleve' && m.levels.includes('1re'))!;
    const ids = (res: { body: { announcements: Array<{ id: string; uai: string }> } }) => res.body.announcements.map((a) => a.id);

    // The collège's admin: the collège's announcements, none of the lycée's, which answer 404.
    const college = await call('GET', '/admin/announcements', { as: 'admin' });
    assert.ok(college.body.announcements.every((a: { uai: string }) => a.uai === COLLEGE));
    assert.ok(ids(college).includes('ann-ppms') && !ids(college).includes('ann-eaf-1re'));
    assertProblem(await call('GET', '/admin/announcements/ann-eaf-1re', { as: 'admin' }), 404, 'not-found');
    assertProblem(await call('DELETE', '/admin/announcements/ann-eaf-1re', { as: 'admin' }), 404, 'not-found');
    // The lycée's admin: the other way round; the collège's alert survives their DELETE.
    const lycee = await call('GET', '/admin/announcements', { token: lyceeAdmin });
    assert.deepEqual(ids(lycee).sort(), ref.announcements.filter((r) => r.uai === LYCEE).map((r) => r.id).sort());
    const eaf = ref.announcements.find((r) => r.id === 'ann-eaf-1re')!;
    assert.deepEqual(lycee.body.announcements.find((a: { id: string }) => a.id === eaf.id), adminView(eaf, ref.members(LYCEE), new Date()));
    assertProblem(await call('PUT', '/admin/announcements/ann-ppms', { token: lyceeAdmin, body: { kind: 'information', title: 'Pris', body: '', startsAt: new Date().toISOString(), audience: { profiles: [], levels: [], divisions: [] }, channel: 'home', state: 'draft' } }), 404, 'not-found');
    assertProblem(await call('DELETE', '/admin/announcements/ann-ppms', { token: lyceeAdmin }), 404, 'not-found');
    assert.equal((await call('GET', '/admin/announcements/ann-ppms', { as: 'admin' })).body.title, 'Exercice de mise en sûreté (PPMS) cette semaine');

    // « Tout l'établissement » counts one school, not the ENT.
    const everyone = { profiles: [], levels: [], divisions: [] };
    const collegeCount = (await call('POST', '/admin/audience/count', { as: 'admin', body: everyone })).body.count;
    const lyceeCount = (await call('POST', '/admin/audience/count', { token: lyceeAdmin, body: everyone })).body.count;
    assert.equal(collegeCount, countAudience(everyone, ref.members(COLLEGE)));
    assert.equal(lyceeCount, countAudience(everyone, ref.members(LYCEE)));
    assert.ok(collegeCount > 0 && lyceeCount > 0 && collegeCount !== lyceeCount);
    // The lycée's divisions are not the collège's to name.
    const collegeDivision = { profiles: [], levels: [], divisions: ['div-0330001A-3A'] };
    assertProblem(await call('POST', '/admin/audience/count', { token: lyceeAdmin, body: collegeDivision }), 422, 'invalid');

    // A lycée announcement to everyone: the lycée's pupil and the teacher of both schools see it, the collège's pupil does not.
    const created = await call('POST', '/admin/announcements', {
      token: lyceeAdmin,
      body: { kind: 'information', title: 'Bac blanc', body: '<p>Lundi.</p>', startsAt: new Date(Date.now() - 60_000).toISOString(), audience: everyone, channel: 'home', state: 'published' },
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.uai, LYCEE);
    assert.equal(created.body.recipients, lyceeCount);
    const sees = async (token: string) => ids(await call('GET', '/announcements', { token })).includes(created.body.id);
    assert.equal(await sees(await tokenFor({ sub: lyceePupil.id })), true, 'a lycée pupil');
    assert.equal(await sees(await tokenFor({ sub: USERS.responsable.id })), true, 'someone of both schools');
    assert.equal(await sees(await tokenFor({ sub: USERS.eleve.id })), false, 'a collège pupil');
    assertProblem(await call('POST', `/announcements/${created.body.id}/read`, { as: 'eleve' }), 404, 'not-found');
    assert.equal((await call('DELETE', `/admin/announcements/${created.body.id}`, { token: lyceeAdmin })).status, 204);
  });
});
