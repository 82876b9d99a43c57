// The mock's state and HTTP behaviour: ETags, persistence across a reload, reset,
// determinism, the `many` scenario's size and speed, another API base, the session.
import { expect } from '@open-wc/testing';
import '../support/contract.js';
import { configureMock, createHandlers, mockUsers, resetMockData } from '../../src/mocks/index.js';
import { createEstablishment } from '../../src/mocks/domain/affectation.js';
import { establishment, forgetInMemoryState, getWorld, STORAGE_KEY } from '../../src/mocks/state.js';
import { DEMO_FILES, fileSize } from '../../src/mocks/data/files.js';
import { affectation, as, COLLEGE, get, LYCEE, NOW, ok, post, put, useMockApi } from './helpers.js';

const enc = encodeURIComponent;

/** Everything a user can read, to compare states. */
async function snapshot(): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  const read = async (user: 'eleve' | 'responsable' | 'admin', paths: string[]): Promise<void> => {
    as(user);
    for (const path of paths) result[`${user} ${path}`] = await ok(path);
  };
  await read('eleve', ['/me', `/mediacentre/resources?uai=${COLLEGE}`, '/mediacentre/favorites', '/announcements', '/news/articles?limit=50']);
  await read('responsable', [
    affectation(COLLEGE, '/subscriptions'),
    affectation(COLLEGE, '/assignments?pageSize=500'),
    affectation(COLLEGE, '/dashboard'),
    affectation(COLLEGE, '/people?status=all&pageSize=500'),
    affectation(COLLEGE, '/statistics'),
    affectation(LYCEE, '/subscriptions'),
  ]);
  await read('admin', ['/admin/announcements', '/home/tiles/news-1', '/home/tiles/banner-1']);
  return result;
}

/** One change of every kind the state keeps. */
async function changeEverything(): Promise<Record<string, any>> {
  as('eleve');
  await put(`/mediacentre/favorites/${enc('ark:/86527/r.pix')}`);
  await post('/announcements/ann-semaine-presse/read');
  await post('/announcements/ann-enquete-cdi/form-responses', { answers: [{ questionId: 'frequence', optionIds: ['mois'] }, { questionId: 'services', optionIds: ['presse'] }] });
  as('responsable');
  const request = { subscriptionIds: [`sub-${COLLEGE}-015`], public: 'eleve', targets: [{ type: 'division', id: `div-${COLLEGE}-4B` }] };
  const assigned = await post(affectation(COLLEGE, '/assignments'), request, { headers: { 'Idempotency-Key': 'persist-key-1' } });
  await post(affectation(COLLEGE, '/licences/recover'), {});
  await post(affectation(COLLEGE, '/assignments/remove'), { assignmentIds: [(await ok(affectation(COLLEGE, '/assignments?targetType=groupe'))).items[0].id] });
  as('admin');
  const tile = await ok('/home/tiles/news-1');
  await put('/home/tiles/news-1', { ...tile, limit: 8, title: 'Toute l’actualité' });
  const created = await post('/admin/announcements', {
    kind: 'information',
    title: 'Rencontre avec une autrice',
    body: '<p>Au CDI, jeudi à 14 h.</p>',
    startsAt: '2026-11-24T08:00:00+01:00',
    audience: { profiles: ['eleve'], levels: [], divisions: [] },
    channel: 'home',
    state: 'published',
  });
  const data = new FormData();
  data.set('file', new File([new Uint8Array([1, 2, 3, 4])], 'affiche.png', { type: 'image/png' }));
  data.set('purpose', 'illustration');
  const upload = await post('/uploads', data);
  return { request, assigned, created, upload };
}

describe('mock state', () => {
  useMockApi();

  it('answers GETs with an ETag and 304 when unchanged, a new ETag after a change', async () => {
    const first = await get('/mediacentre/favorites');
    const etag = first.headers.get('ETag')!;
    expect(etag).to.match(/^"[0-9a-z]+-[0-9a-z]+"$/);
    const unchanged = await get('/mediacentre/favorites', { headers: { 'If-None-Match': etag } });
    expect(unchanged.status).to.equal(304);
    expect(unchanged.body).to.equal('');
    expect((await get('/mediacentre/favorites', { headers: { 'If-None-Match': `W/${etag}, "autre"` } })).status).to.equal(304);
    await put(`/mediacentre/favorites/${enc('ark:/86527/r.pix')}`);
    const changed = await get('/mediacentre/favorites', { headers: { 'If-None-Match': etag } });
    expect(changed.status).to.equal(200);
    expect(changed.headers.get('ETag')).not.to.equal(etag);
    // Another user's copy of the same path is another representation.
    as('enseignant');
    expect((await get('/mediacentre/favorites', { headers: { 'If-None-Match': etag } })).status).to.equal(200);
  });

  it('keeps every change across a reload, from a compact log in sessionStorage', async () => {
    const { request, assigned, upload } = await changeEverything();
    const before = await snapshot();
    const stored = sessionStorage.getItem(STORAGE_KEY)!;
    expect(stored.length).to.be.below(6000);
    const parsed = JSON.parse(stored);
    expect(Object.keys(parsed.sets)).to.deep.equal(['default']);
    expect(parsed.sets.default.ops.map((op: any) => op.t)).to.deep.equal([
      'favorite', 'read', 'answer', 'assign', 'recover', 'unassign', 'tile', 'announcement-create', 'upload',
    ]);

    forgetInMemoryState();
    // Later on, in the reloaded page: the same data, dates included.
    configureMock({ now: () => new Date(NOW.getTime() + 3_600_000) });
    const after = await snapshot();
    for (const key of Object.keys(before)) {
      if (key.endsWith('/dashboard') || key.includes('/statistics') || key.endsWith('/announcements')) continue;
      expect(after[key], key).to.deep.equal(before[key]);
    }
    as('admin');
    expect(new Uint8Array(await (await fetch(upload.body.url)).arrayBuffer())).to.deep.equal(new Uint8Array([1, 2, 3, 4]));
    // A retry of the first assignment after the reload: the first answer, nothing applied twice.
    as('responsable');
    const retry = await post(affectation(COLLEGE, '/assignments'), request, { headers: { 'Idempotency-Key': 'persist-key-1' } });
    expect(retry.body).to.deep.equal(assigned.body);
    expect(await ok(affectation(COLLEGE, '/subscriptions'))).to.deep.equal(before[`responsable ${affectation(COLLEGE, '/subscriptions')}`]);
  });

  it('forgets every change on resetMockData and starts again from the seed', async () => {
    const seed = await snapshot();
    await changeEverything();
    const changed = await snapshot();
    expect(changed).not.to.deep.equal(seed);
    resetMockData();
    expect(sessionStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(await snapshot()).to.deep.equal(seed);
    as('admin');
    const [upload] = (await ok('/admin/announcements')).announcements.filter((a: any) => a.title === 'Rencontre avec une autrice');
    expect(upload).to.equal(undefined);
  });

  it('generates the same data every time', async () => {
    const a = createEstablishment(COLLEGE, 'default', NOW);
    const b = createEstablishment(COLLEGE, 'default', NOW);
    const plain = (state: ReturnType<typeof createEstablishment>) =>
      JSON.stringify({
        people: state.directory.people,
        divisions: state.directory.divisions,
        groups: state.directory.groups,
        subscriptions: state.subscriptions,
        assignments: [...state.assignments.values()].map((x) => ({ ...x, members: [...x.members] })),
      });
    expect(plain(a)).to.equal(plain(b));
    // Ids and names do not depend on the day: a log replays on a later seed.
    const later = createEstablishment(COLLEGE, 'default', new Date('2027-03-02T08:00:00+01:00'));
    expect(later.directory.people.slice(0, 50).map((p) => `${p.id} ${p.firstName} ${p.lastName}`)).to.deep.equal(a.directory.people.slice(0, 50).map((p) => `${p.id} ${p.firstName} ${p.lastName}`));
    expect(later.subscriptions.map((s) => s.def.id)).to.deep.equal(a.subscriptions.map((s) => s.def.id));
    // And through the API, after a reset.
    const first = await snapshot();
    resetMockData();
    expect(await snapshot()).to.deep.equal(first);
  });

  it('has about 800 people in the default data, with leavers and newcomers', async () => {
    as('responsable');
    const college = await ok(affectation(COLLEGE, '/people?status=all&pageSize=1'));
    const lycee = await ok(affectation(LYCEE, '/people?status=all&pageSize=1'));
    expect(college.total + lycee.total).to.be.within(750, 900);
    for (const uai of [COLLEGE, LYCEE]) {
      expect((await ok(affectation(uai, '/people?status=departed'))).total).to.be.within(2, 6);
      const newcomers = (await ok(affectation(uai, '/people?status=new'))).items;
      expect(newcomers.length).to.be.within(2, 6);
      for (const person of newcomers) expect(person.licenceCount).to.equal(0);
      const subs = (await ok(affectation(uai, '/subscriptions'))).subscriptions;
      expect(subs.length).to.be.within(25, 35);
    }
    const divisions = (await ok(affectation(COLLEGE, '/populations'))).divisions;
    expect(divisions.map((d: any) => d.code)).to.include.members(['6A', '5E', '4B', '3D']);
    for (const d of divisions) expect(d.size.eleve).to.be.within(24, 30);
  });

  it('generates the "many" scenario quickly, at its announced size', async function () {
    this.timeout(20_000);
    // Best of three, so that a busy machine does not make the measure lie.
    let best = Infinity;
    let state!: ReturnType<typeof createEstablishment>;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      state = createEstablishment(COLLEGE, 'many', NOW);
      best = Math.min(best, performance.now() - started);
    }
    expect(best, `generated in ${Math.round(best)} ms`).to.be.below(200);
    expect(state.directory.people.length).to.be.within(2800, 3300);
    expect(state.subscriptions).to.have.length(200);
    configureMock({ scenario: 'many' });
    as('eleve');
    expect((await ok(`/mediacentre/resources?uai=${COLLEGE}`)).listeRessources.ressource.length).to.be.within(900, 1200);
    as('responsable');
    expect((await ok(affectation(COLLEGE, '/people?status=all&pageSize=1'))).total).to.be.within(2800, 3300);
    // A change in `many` is logged as compactly as in the default data.
    const reply = await post(affectation(COLLEGE, '/assignments'), { subscriptionIds: [`sub-${COLLEGE}-015`], public: 'eleve', targets: [{ type: 'division', id: `div-${COLLEGE}-4B` }] });
    expect(reply.status).to.equal(201);
    expect(sessionStorage.getItem(STORAGE_KEY)!.length).to.be.below(1000);
  });

  it('describes who is signed in', async () => {
    as('responsable');
    expect(await ok('/me')).to.deep.equal({
      id: 'u-0330001A-doc-1',
      displayName: 'Claire Moreau',
      profile: 'documentaliste',
      roles: ['responsable-affectation'],
      establishments: [
        { uai: '0330001A', name: 'Collège Jules-Ferry' },
        { uai: '0330002B', name: 'Lycée Condorcet' },
      ],
      currentUai: '0330001A',
    });
    as('admin');
    expect((await ok('/me')).roles).to.include('admin-ent');
    as('anonyme');
    const anonymous = await get('/me');
    expect(anonymous.status).to.equal(401);
    expect(anonymous.headers.get('Content-Type')).to.equal('application/problem+json');
    expect(anonymous.body).to.include({ status: 401, code: 'unauthorized' });
    expect(Object.keys(mockUsers)).to.have.members(['eleve', 'eleve3e', 'enseignant', 'documentaliste', 'responsable', 'responsableCollege', 'responsableLycee', 'admin', 'anonyme']);
    expect(mockUsers.eleve.label).to.equal('Élève (4e B, collège)');
    // The 3e pupil is a person the generator makes anyway, present in 3e A.
    as('eleve3e');
    const third = await ok('/me');
    expect(third).to.include({ id: 'p-0330001A-00352', displayName: 'Côme Etcheverry', profile: 'eleve', currentUai: COLLEGE });
    const directory = establishment(getWorld(), COLLEGE)!.directory;
    const person = directory.people.find((p) => p.id === third.id)!;
    expect(`${person.firstName} ${person.lastName}`).to.equal('Côme Etcheverry');
    expect(person.departureDate).to.equal(null);
    expect(person.divisionIds).to.deep.equal([`div-${COLLEGE}-3A`]);
  });

  it('serves the attachments the seed announcements declare, at their declared size', async () => {
    as('enseignant');
    const announcement = (await ok('/announcements')).announcements.find((a: any) => a.attachments.length > 0);
    for (const attachment of announcement.attachments) {
      const response = await fetch(attachment.url);
      expect(response.status).to.equal(200);
      expect(response.headers.get('Content-Type')).to.match(new RegExp(`^${attachment.mimeType}`));
      expect((await response.arrayBuffer()).byteLength).to.equal(attachment.size);
    }
    expect(fileSize('calendrier-conseils-de-classe.pdf')).to.be.greaterThan(500);
    expect(DEMO_FILES['calendrier-conseils-de-classe.pdf']!.body.startsWith('%PDF-1.4')).to.equal(true);
  });
});

describe('mock under another API base', () => {
  useMockApi({ base: '/other-api' });

  it('serves the contract under that base only', async () => {
    expect((await get('/me', { base: '/other-api' })).status).to.equal(200);
    expect((await get(`/mediacentre/resources?uai=${COLLEGE}`, { base: '/other-api' })).body.listeRessources.ressource.length).to.be.greaterThan(20);
    const paths = createHandlers({ base: '/other-api' }).map((handler) => String((handler.info as unknown as { path: unknown }).path));
    for (const path of paths) expect(path).to.match(/^\/(other-api|demo-assets)\//);
    expect(paths.filter((p) => p.startsWith('/other-api/'))).to.have.length(32);
  });
});
