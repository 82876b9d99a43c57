// The licence rules of the affectation console, as a real back end must apply them.
import { expect } from '@open-wc/testing';
import '../support/contract.js';
import { affectation, as, COLLEGE, del, get, ok, post, useMockApi } from './helpers.js';

const A = (rest: string): string => affectation(COLLEGE, rest);
const PHYSIQUE = `sub-${COLLEGE}-015`; // individual, 340 pupil licences, not assigned yet
const ANGLAIS = `sub-${COLLEGE}-013`; // individual, 3 pupil licences left
const MATHS_ENS = `sub-${COLLEGE}-010`; // teachers only
const TECHNO = `sub-${COLLEGE}-018`; // establishment licence
const BIBLIO = `sub-${COLLEGE}-001`; // family mother, pupils only so far
const division = (code: string) => ({ type: 'division', id: `div-${COLLEGE}-${code}` });
const group = (key: string) => ({ type: 'groupe', id: `grp-${COLLEGE}-${key}` });
const person = (id: string) => ({ type: 'personne', id });

async function subscription(id: string): Promise<any> {
  return (await ok(A('/subscriptions'))).subscriptions.find((s: any) => s.id === id);
}
async function count(id: string, pub = 'eleve'): Promise<{ total: number | null; assigned: number; available: number | null }> {
  return (await subscription(id)).counts.find((c: any) => c.public === pub);
}
async function peopleIds(query: string): Promise<string[]> {
  return (await ok(A(`/people?pageSize=500&${query}`))).items.map((p: any) => p.id);
}

describe('licence rules', () => {
  useMockApi({ user: 'responsable' });

  it('counts a licence once per person, however many assignments reach them', async () => {
    const inDivision = await peopleIds(`division=div-${COLLEGE}-4B&profile=eleve`);
    const inGroup = await peopleIds(`group=grp-${COLLEGE}-latin-4e&profile=eleve`);
    const both = inGroup.filter((id) => inDivision.includes(id));
    expect(both.length, 'some latinists are in 4e B').to.be.greaterThan(0);

    const first = await post(A('/assignments'), { subscriptionIds: [PHYSIQUE], public: 'eleve', targets: [division('4B')] });
    expect(first.status).to.equal(201);
    expect(first.body.subscriptions[0].counts.find((c: any) => c.public === 'eleve').assigned).to.equal(inDivision.length);

    const preview = await post(A('/assignments/preview'), { subscriptionIds: [PHYSIQUE], public: 'eleve', targets: [group('latin-4e')] });
    expect(preview.body.lines[0]).to.include({ reached: inGroup.length, needed: inGroup.length - both.length, available: 340 - inDivision.length, shortfall: 0 });
    expect(preview.body.fits).to.equal(true);

    await post(A('/assignments'), { subscriptionIds: [PHYSIQUE], public: 'eleve', targets: [group('latin-4e')] });
    const after = await count(PHYSIQUE);
    expect(after.assigned).to.equal(new Set([...inDivision, ...inGroup]).size);
    expect(after.available).to.equal(340 - after.assigned);
    // Assigning the same division again uses nothing more.
    const again = await post(A('/assignments/preview'), { subscriptionIds: [PHYSIQUE], public: 'eleve', targets: [division('4B'), group('latin-4e')] });
    expect(again.body.lines[0].needed).to.equal(0);
  });

  it('refuses with 409, the shortfalls and fresh counts, and applies nothing of a request that does not fit', async () => {
    const before = await ok(A('/subscriptions'));
    const assignmentsBefore = (await ok(A('/assignments?pageSize=1'))).total;
    const sixthA = await peopleIds(`division=div-${COLLEGE}-6A&profile=eleve`);
    // Physique-Chimie would fit, Anglais (3 left) would not: all or nothing.
    const reply = await post(A('/assignments'), { subscriptionIds: [PHYSIQUE, ANGLAIS], public: 'eleve', targets: [division('6A')] });
    expect(reply.status).to.equal(409);
    expect(reply.headers.get('Content-Type')).to.equal('application/problem+json');
    expect(reply.body.code).to.equal('licences-insufficient');
    expect(reply.body.shortfalls).to.deep.equal([{ subscriptionId: ANGLAIS, public: 'eleve', requested: sixthA.length, available: 3 }]);
    expect(reply.body.subscriptions.map((s: any) => s.id)).to.deep.equal([PHYSIQUE, ANGLAIS]);
    expect(reply.body.subscriptions[1].counts.find((c: any) => c.public === 'eleve').available).to.equal(3);
    expect(await ok(A('/subscriptions'))).to.deep.equal(before);
    expect((await ok(A('/assignments?pageSize=1'))).total).to.equal(assignmentsBefore);
    expect((await post(A('/assignments/preview'), { subscriptionIds: [PHYSIQUE, ANGLAIS], public: 'eleve', targets: [division('6A')] })).body.fits).to.equal(false);
  });

  it('honours Idempotency-Key: the same key answers the first result and never applies twice', async () => {
    const request = { subscriptionIds: [PHYSIQUE], public: 'eleve', targets: [division('5A')] };
    const headers = { 'Idempotency-Key': 'retry-0c5e4b1a' };
    const first = await post(A('/assignments'), request, { headers });
    expect(first.status).to.equal(201);
    const assigned = (await count(PHYSIQUE)).assigned;
    // The responsable removes it, then a late retry of the first click arrives.
    await del(A(`/assignments/${first.body.assignments[0].id}`));
    const retry = await post(A('/assignments'), request, { headers });
    expect(retry.status).to.equal(201);
    expect(retry.body).to.deep.equal(first.body);
    expect((await count(PHYSIQUE)).assigned).to.equal(0);
    expect(assigned).to.be.greaterThan(0);
    // The same key for another request is refused.
    const reused = await post(A('/assignments'), { ...request, targets: [division('5B')] }, { headers });
    expect(reused.status).to.equal(422);
    expect(reused.body.errors[0].field).to.equal('Idempotency-Key');
  });

  it('lets only one of two concurrent requests take the last licences', async () => {
    const sixth = await peopleIds(`division=div-${COLLEGE}-6B&profile=eleve`);
    expect((await count(ANGLAIS)).available).to.equal(3);
    // Two responsables, two pupils each, fired together: each fits alone, not both.
    const [one, two] = await Promise.all([
      post(A('/assignments'), { subscriptionIds: [ANGLAIS], public: 'eleve', targets: [person(sixth[0]!), person(sixth[1]!)] }),
      post(A('/assignments'), { subscriptionIds: [ANGLAIS], public: 'eleve', targets: [person(sixth[2]!), person(sixth[3]!)] }),
    ]);
    expect([one.status, two.status].sort()).to.deep.equal([201, 409]);
    const loser = one.status === 409 ? one : two;
    expect(loser.body.shortfalls[0]).to.include({ requested: 2, available: 1 });
    const after = await count(ANGLAIS);
    expect(after.available).to.equal(1);
    expect(after.assigned).to.equal(after.total! - 1);
  });

  it('never limits establishment licences', async () => {
    const reply = await post(A('/assignments'), { subscriptionIds: [TECHNO], public: 'eleve', targets: [{ type: 'profil', id: 'eleve' }] });
    expect(reply.status).to.equal(201);
    const pupils = (await ok(A('/populations'))).profiles.eleve;
    expect(reply.body.subscriptions[0].counts.find((c: any) => c.public === 'eleve')).to.deep.equal({ public: 'eleve', total: null, assigned: pupils, available: null });
    const preview = await post(A('/assignments/preview'), { subscriptionIds: [TECHNO], public: 'enseignant', targets: [{ type: 'profil', id: 'enseignant' }] });
    expect(preview.body.lines[0]).to.include({ available: null, shortfall: 0 });
  });

  it('refuses publics a subscription is not open to, and targets that do not match, with field errors', async () => {
    const reply = await post(A('/assignments'), { subscriptionIds: [MATHS_ENS], public: 'eleve', targets: [division('4B')] });
    expect(reply.status).to.equal(422);
    expect(reply.body.errors.map((e: any) => e.field)).to.deep.equal(['public']);
    const teacher = (await peopleIds('profile=enseignant'))[0]!;
    const mismatch = await post(A('/assignments'), { subscriptionIds: [PHYSIQUE], public: 'eleve', targets: [person(teacher), { type: 'profil', id: 'enseignant' }, division('9Z')] });
    expect(mismatch.status).to.equal(422);
    expect(mismatch.body.errors.map((e: any) => `${e.field} ${e.code}`)).to.deep.equal(['targets[0] public-mismatch', 'targets[1] public-mismatch', 'targets[2] unknown-division']);
  });

  it('counts people who left until their licences are recovered, then frees them', async () => {
    const departed = (await ok(A('/people?status=departed&pageSize=500'))).items;
    expect(departed.length).to.be.greaterThan(0);
    const held = departed.reduce((sum: number, p: any) => sum + p.licenceCount, 0);
    expect(held).to.be.greaterThan(0);
    const dashboard = (await ok(A('/dashboard'))).items;
    expect(dashboard.find((i: any) => i.kind === 'recoverable-licences')).to.include({ count: held });
    // The dictionary went to every pupil at the rentrée, leavers included.
    const departedPupils = departed.filter((p: any) => p.profile === 'eleve').length;
    const before = await count(`sub-${COLLEGE}-021`);
    // Assigning a division a leaver was in does not give them anything new.
    const leaver = departed.find((p: any) => p.profile === 'eleve');
    expect((await post(A('/assignments'), { subscriptionIds: [PHYSIQUE], public: 'eleve', targets: [person(leaver.id)] })).body.errors[0].code).to.equal('person-departed');

    const recovered = await post(A('/licences/recover'), {});
    expect(recovered.status).to.equal(200);
    expect(recovered.body).to.include({ recovered: held, people: departed.length });
    expect((await count(`sub-${COLLEGE}-021`)).assigned).to.equal(before.assigned - departedPupils);
    expect((await ok(A('/dashboard'))).items.some((i: any) => i.kind === 'recoverable-licences')).to.equal(false);
    for (const p of (await ok(A('/people?status=departed&pageSize=500'))).items) expect(p.licenceCount).to.equal(0);
    // Nothing left to recover.
    expect((await post(A('/licences/recover'), {})).body.recovered).to.equal(0);
    const present = (await peopleIds('profile=eleve'))[0];
    expect((await post(A('/licences/recover'), { personIds: [present] })).status).to.equal(422);
  });

  it('flags a family mother until every eligible person holds it, and reports it complete after', async () => {
    expect(await subscription(BIBLIO)).to.include({ familyMother: true, familyComplete: false });
    expect((await ok(A('/dashboard'))).items.find((i: any) => i.kind === 'families-to-validate').subscriptionIds).to.include(BIBLIO);
    await post(A('/assignments'), { subscriptionIds: [BIBLIO], public: 'eleve', targets: [{ type: 'profil', id: 'eleve' }] });
    expect((await subscription(BIBLIO)).familyComplete, 'teachers still missing').to.equal(false);
    const done = await post(A('/assignments'), { subscriptionIds: [BIBLIO], public: 'enseignant', targets: [{ type: 'profil', id: 'enseignant' }] });
    expect(done.body.subscriptions[0].familyComplete).to.equal(true);
    expect((await ok(A('/dashboard'))).items.find((i: any) => i.kind === 'families-to-validate')?.subscriptionIds ?? []).not.to.include(BIBLIO);
  });

  it('computes the dashboard from the state', async () => {
    const items = (await ok(A('/dashboard'))).items;
    const item = (kind: string): any => items.find((i: any) => i.kind === kind);
    expect(item('unassigned-subscriptions').subscriptionIds).to.include.members([PHYSIQUE, TECHNO, `sub-${COLLEGE}-029`]);
    expect(item('new-licences').subscriptionIds).to.deep.equal([PHYSIQUE, TECHNO]);
    expect(item('expiring-subscriptions')).to.include({ count: 2, before: '2026-12-03' });
    const newcomers = await peopleIds('status=new');
    expect(item('people-without-assignment').personIds).to.have.members(newcomers);
    // Assigning the new licences takes them off the list.
    await post(A('/assignments'), { subscriptionIds: [TECHNO], public: 'eleve', targets: [division('4B')] });
    expect((await ok(A('/dashboard'))).items.find((i: any) => i.kind === 'unassigned-subscriptions').subscriptionIds).not.to.include(TECHNO);
  });

  it('takes assignments back, singly or in bulk, all or nothing', async () => {
    const created = await post(A('/assignments'), { subscriptionIds: [PHYSIQUE], public: 'eleve', targets: [division('3A'), division('3B')] });
    const ids = created.body.assignments.map((a: any) => a.id);
    expect((await post(A('/assignments/remove'), { assignmentIds: [ids[0], 'asg-inconnue'] })).status).to.equal(404);
    expect((await count(PHYSIQUE)).assigned).to.equal(created.body.subscriptions[0].counts[0].assigned);
    const removed = await post(A('/assignments/remove'), { assignmentIds: ids });
    expect(removed.body.removed.map((a: any) => a.id)).to.deep.equal(ids);
    expect(removed.body.subscriptions[0].counts[0].assigned).to.equal(0);
    const listed = await ok(A(`/assignments?subscriptionId=${PHYSIQUE}`));
    expect(listed.total).to.equal(0);
  });

  it('lists assignments by subscription, target or person reached', async () => {
    const me = 'u-0330001A-eleve-1';
    const reaching = await ok(A(`/assignments?personId=${me}&pageSize=500`));
    expect(reaching.total).to.be.greaterThan(10);
    for (const a of reaching.items) expect(['division', 'groupe', 'profil', 'personne']).to.include(a.target.type);
    const byGroup = await ok(A(`/assignments?targetType=groupe&targetId=grp-${COLLEGE}-latin-4e`));
    expect(byGroup.items.map((a: any) => a.subscriptionId)).to.deep.equal([`sub-${COLLEGE}-017`]);
    expect(byGroup.items[0].target.label).to.equal('Latin 4e');
  });

  it('changes what a user finds in the médiacentre', async () => {
    const title = (await subscription(PHYSIQUE)).resource.nomRessource;
    as('eleve');
    const titles = async (): Promise<string[]> => (await ok(`/mediacentre/resources?uai=${COLLEGE}`)).listeRessources.ressource.map((r: any) => r.nomRessource);
    expect(await titles()).not.to.include(title);
    as('responsable');
    const created = await post(A('/assignments'), { subscriptionIds: [PHYSIQUE], public: 'eleve', targets: [division('4B')] });
    as('eleve');
    expect(await titles()).to.include(title);
    as('responsable');
    await del(A(`/assignments/${created.body.assignments[0].id}`));
    as('eleve');
    expect(await titles()).not.to.include(title);
  });

  it('aggregates statistics per month and never returns a count from 1 to 4 (a zero is shown)', async () => {
    const stats = await ok(A('/statistics'));
    expect(stats.threshold).to.equal(5);
    expect(stats.months).to.deep.equal(['2026-09', '2026-10', '2026-11']);
    expect(stats.rows.length).to.be.greaterThan(60);
    for (const row of stats.rows) {
      for (const value of [row.sessions, row.users]) {
        if (value.suppressed) expect(value.value).to.equal(null);
        else expect(value.value).to.satisfy((n: number) => n === 0 || n >= 5);
      }
    }
    expect(stats.rows.some((r: any) => r.users.suppressed)).to.equal(true);
    const one = await ok(A(`/statistics?subscriptionId=${ANGLAIS}&from=2026-10&to=2026-10`));
    expect(one.rows).to.have.length(1);
    expect(one.rows[0]).to.deep.equal(stats.rows.find((r: any) => r.subscriptionId === ANGLAIS && r.month === '2026-10'));
    expect((await get(A('/statistics?from=2026-11&to=2026-09'))).status).to.equal(422);
  });

  it('searches people without regard to accents or case, with filters and pages', async () => {
    const found = await ok(A('/people?q=LEFEVRE ines'));
    expect(found.items.map((p: any) => `${p.firstName} ${p.lastName}`)).to.include('Inès Lefèvre');
    const byPrefix = await ok(A('/people?q=inè&profile=eleve&division=div-0330001A-4B'));
    expect(byPrefix.items.map((p: any) => p.id)).to.include('u-0330001A-eleve-1');
    const pages = [await ok(A('/people?profile=eleve&pageSize=100&page=1')), await ok(A('/people?profile=eleve&pageSize=100&page=5'))];
    expect(pages[0].total).to.equal(pages[1].total);
    expect(pages[0].items).to.have.length(100);
    expect(pages[1].items.length).to.equal(pages[0].total - 400);
    const names = pages[0].items.map((p: any) => p.lastName);
    expect(names).to.deep.equal([...names].sort((a: string, b: string) => a.localeCompare(b, 'fr')));
    const newcomers = await ok(A('/people?status=new&unassigned=true'));
    expect(newcomers.total).to.be.greaterThan(0);
    for (const p of newcomers.items) expect(p.licenceCount).to.equal(0);
  });

  it('lets in only the responsables of the establishment', async () => {
    expect((await get(affectation('0330002B', '/subscriptions'))).status).to.equal(200);
    as('documentaliste');
    const refused = await get(A('/subscriptions'));
    expect(refused.status).to.equal(403);
    expect(refused.body.code).to.equal('forbidden');
    as('enseignant');
    expect((await get(A('/dashboard'))).status).to.equal(403);
    as('anonyme');
    expect((await get(A('/dashboard'))).body.code).to.equal('unauthorized');
  });
});
