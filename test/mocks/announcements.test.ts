// Targeted announcements of the mock: audience, schedule, read state, forms, admin views,
// audience counts and uploads.
import { expect } from '@open-wc/testing';
import '../support/contract.js';
import { configureMock } from '../../src/mocks/index.js';
import { as, del, get, NOW, ok, post, put, useMockApi } from './helpers.js';

const ids = async (): Promise<string[]> => (await ok('/announcements')).announcements.map((a: any) => a.id);
const at = (hoursFromNow: number): void => configureMock({ now: () => new Date(NOW.getTime() + hoursFromNow * 3_600_000) });
const ANSWERS = { answers: [{ questionId: 'frequence', optionIds: ['souvent'] }, { questionId: 'services', optionIds: ['pret', 'club'] }, { questionId: 'suggestion', text: 'Des mangas !' }] };

describe('announcements mock', () => {
  useMockApi();

  it('shows each user the announcements of their audience, current or starting within 24 hours', async () => {
    const expected: Record<string, string[]> = {
      eleve: ['ann-ppms', 'ann-sortie-4e', 'ann-maintenance', 'ann-enquete-cdi', 'ann-semaine-presse'],
      enseignant: ['ann-ppms', 'ann-maintenance', 'ann-enquete-cdi', 'ann-semaine-presse', 'ann-conseils-classe'],
      documentaliste: ['ann-ppms', 'ann-maintenance', 'ann-semaine-presse', 'ann-conseils-classe'],
      admin: ['ann-ppms', 'ann-maintenance'],
      // Of both schools: the lycée's staff meeting too.
      responsable: ['ann-ppms', 'ann-maintenance', 'ann-semaine-presse', 'ann-conseils-classe', 'ann-conseil-pedagogique-lycee'],
    };
    for (const [user, list] of Object.entries(expected)) {
      as(user as 'eleve');
      expect(await ids(), user).to.have.members(list);
    }
    as('eleve');
    const body = await ok('/announcements');
    expect(body.serverTime).to.equal('2026-11-24T10:00:00+01:00');
    // Most severe first.
    expect(body.announcements.map((a: any) => a.kind)).to.deep.equal(['alerte', 'avertissement', 'avertissement', 'information', 'information']);
    expect(body.announcements[0].establishment).to.deep.equal({ uai: '0330001A', name: 'Collège Jules-Ferry' });
    const maintenance = body.announcements.find((a: any) => a.id === 'ann-maintenance');
    expect(Date.parse(maintenance.startsAt)).to.be.greaterThan(NOW.getTime());
  });

  it('follows the clock: not yet, current, then ended', async () => {
    await ids();
    at(-72);
    expect(await ids()).not.to.include('ann-ppms');
    at(-30);
    expect(await ids()).to.include('ann-ppms');
    at(5);
    expect(await ids()).not.to.include('ann-maintenance');
    at(24 * 5);
    const later = await ids();
    expect(later).not.to.include('ann-sortie-4e');
    expect(later).not.to.include('ann-ppms');
    as('admin');
    const statuses = Object.fromEntries((await ok('/admin/announcements')).announcements.map((a: any) => [a.id, a.status]));
    expect(statuses).to.include({ 'ann-ppms': 'ended', 'ann-sortie-4e': 'ended', 'ann-portes-ouvertes': 'draft', 'ann-enquete-cdi': 'active' });
  });

  it('gives admins every announcement with its status computed from the schedule', async () => {
    as('admin');
    const list = (await ok('/admin/announcements')).announcements;
    const statuses = Object.fromEntries(list.map((a: any) => [a.id, a.status]));
    expect(statuses).to.include({ 'ann-ppms': 'active', 'ann-maintenance': 'scheduled', 'ann-photos': 'ended', 'ann-portes-ouvertes': 'draft' });
    expect(list.find((a: any) => a.id === 'ann-ppms').dismissible).to.equal(false);
    as('eleve');
    expect(await ids()).not.to.include('ann-photos');
  });

  it('resets the read state when an announcement is edited', async () => {
    const read = await post('/announcements/ann-sortie-4e/read');
    expect(read.body).to.deep.equal({ id: 'ann-sortie-4e', read: true, readAt: '2026-11-24T10:00:00+01:00' });
    const mine = (await ok('/announcements')).announcements.find((a: any) => a.id === 'ann-sortie-4e');
    expect(mine).to.include({ read: true, readAt: '2026-11-24T10:00:00+01:00' });
    as('admin');
    const before = await ok('/admin/announcements/ann-sortie-4e');
    expect(before.readCount).to.be.greaterThan(1);
    at(0.5);
    const { id, uai, status, createdAt, updatedAt, author, recipients, readCount, results, ...input } = before;
    const edited = await put('/admin/announcements/ann-sortie-4e', { ...input, title: '4e : autorisation de sortie à rendre avant jeudi' });
    expect(edited.status).to.equal(200);
    expect(Date.parse(edited.body.updatedAt)).to.be.greaterThan(Date.parse(before.updatedAt));
    expect(edited.body.readCount).to.equal(0);
    as('eleve');
    const again = (await ok('/announcements')).announcements.find((a: any) => a.id === 'ann-sortie-4e');
    expect(again).to.include({ read: false, readAt: null, title: '4e : autorisation de sortie à rendre avant jeudi' });
  });

  it('lets users hide and show again, but never hide a non-dismissible alert', async () => {
    const refused = await post('/announcements/ann-ppms/read');
    expect(refused.status).to.equal(403);
    expect((await ok('/announcements')).announcements.find((a: any) => a.id === 'ann-ppms').read).to.equal(false);
    await post('/announcements/ann-semaine-presse/read');
    const shown = await del('/announcements/ann-semaine-presse/read');
    expect(shown.body).to.deep.equal({ id: 'ann-semaine-presse', read: false, readAt: null });
    // Someone else's audience: no hint that it exists.
    expect((await post('/announcements/ann-conseils-classe/read')).status).to.equal(404);
  });

  it('records one answer per user, aggregated in the admin results', async () => {
    as('admin');
    const before = (await ok('/admin/announcements/ann-enquete-cdi')).results;
    expect(before.responses).to.be.greaterThan(50);
    as('eleve');
    expect((await ok('/announcements')).announcements.find((a: any) => a.id === 'ann-enquete-cdi').form.answered).to.equal(false);
    const headers = { 'Idempotency-Key': 'form-answer-7f3a' };
    const receipt = await post('/announcements/ann-enquete-cdi/form-responses', ANSWERS, { headers });
    expect(receipt.status).to.equal(201);
    expect((await post('/announcements/ann-enquete-cdi/form-responses', ANSWERS, { headers })).body).to.deep.equal(receipt.body);
    const twice = await post('/announcements/ann-enquete-cdi/form-responses', ANSWERS);
    expect(twice.status).to.equal(409);
    expect(twice.body.code).to.equal('already-answered');
    expect((await ok('/announcements')).announcements.find((a: any) => a.id === 'ann-enquete-cdi').form.answered).to.equal(true);
    as('admin');
    const after = (await ok('/admin/announcements/ann-enquete-cdi')).results;
    expect(after.responses).to.equal(before.responses + 1);
    const option = (r: any, q: string, o: string): number => r.questions.find((x: any) => x.questionId === q).options.find((x: any) => x.optionId === o).count;
    expect(option(after, 'frequence', 'souvent')).to.equal(option(before, 'frequence', 'souvent') + 1);
    expect(option(after, 'services', 'club')).to.equal(option(before, 'services', 'club') + 1);
    expect(after.questions.find((x: any) => x.questionId === 'suggestion').texts).to.include('Des mangas !');
  });

  it('refuses incomplete or invalid answers field by field', async () => {
    const reply = await post('/announcements/ann-enquete-cdi/form-responses', { answers: [{ questionId: 'frequence', optionIds: ['jamais', 'mois'] }, { questionId: 'inconnue', text: 'x' }] });
    expect(reply.status).to.equal(422);
    expect(reply.body.errors.map((e: any) => `${e.field} ${e.code}`)).to.have.members(['answers.inconnue unknown', 'answers.frequence single', 'answers.services required']);
    const unknownOption = await post('/announcements/ann-enquete-cdi/form-responses', { answers: [{ questionId: 'frequence', optionIds: ['toujours'] }, { questionId: 'services', optionIds: ['pret'] }] });
    expect(unknownOption.body.errors.map((e: any) => `${e.field} ${e.code}`)).to.deep.equal(['answers.frequence unknown-option']);
    // Nothing was recorded.
    expect((await ok('/announcements')).announcements.find((a: any) => a.id === 'ann-enquete-cdi').form.answered).to.equal(false);
  });

  it('counts recipients from the directories, parents included', async () => {
    as('responsable');
    const populations = await ok('/affectation/establishments/0330001A/populations');
    const fourth = populations.divisions.filter((d: any) => d.level.name === '4e').reduce((sum: number, d: any) => sum + d.size.eleve, 0);
    as('admin');
    const count = async (audience: object): Promise<number> => (await post('/admin/audience/count', audience)).body.count;
    expect(await count({ profiles: ['eleve'], levels: ['4e'], divisions: [] })).to.equal(fourth);
    expect((await ok('/admin/announcements/ann-sortie-4e')).recipients).to.equal(fourth);
    const sixth = await count({ profiles: ['eleve'], levels: ['6e'], divisions: [] });
    const parents = await count({ profiles: ['parent'], levels: ['6e'], divisions: [] });
    expect(parents).to.be.within(sixth + 1, 2 * sixth);
    // « Tout l'établissement »: the admin's current one (the collège), every profile once.
    const everyone = await count({ profiles: [], levels: [], divisions: [] });
    const byProfile = await Promise.all(['eleve', 'parent', 'enseignant', 'documentaliste', 'personnel', 'admin'].map((p) => count({ profiles: [p], levels: [], divisions: [] })));
    expect(everyone).to.equal(byProfile.reduce((sum, n) => sum + n, 0));
    const pupils = populations.divisions.reduce((sum: number, d: any) => sum + d.size.eleve, 0);
    expect(byProfile[0], 'the collège’s pupils, none of the lycée’s').to.equal(pupils);
    const one = await count({ profiles: [], levels: [], divisions: ['div-0330001A-4B'] });
    expect(one).to.be.within(25, 100);
    const unknown = await post('/admin/audience/count', { profiles: ['eleve'], levels: ['7e'], divisions: ['div-0330001A-4Z'] });
    expect(unknown.status).to.equal(422);
    expect(unknown.body.errors.map((e: any) => `${e.field} ${e.code}`)).to.deep.equal(['levels[0] unknown', 'divisions[0] unknown']);
    const options = await ok('/admin/audience');
    // The admin's current establishment is the collège: none of the lycée's levels or divisions.
    expect(options.levels).to.deep.equal(['6e', '5e', '4e', '3e']);
    expect(options.divisions.every((d: any) => d.id.startsWith('div-0330001A-'))).to.equal(true);
    expect(options.divisions.find((d: any) => d.id === 'div-0330001A-4B')).to.deep.equal({ id: 'div-0330001A-4B', name: '4e B', level: '4e' });
  });

  it('keeps each announcement to its establishment: its people, its admins', async () => {
    as('admin');
    const list = (await ok('/admin/announcements')).announcements;
    expect(list.map((a: any) => a.uai), 'the admin’s current establishment only').to.satisfy((uais: string[]) => uais.every((u) => u === '0330001A'));
    expect(list.map((a: any) => a.id)).to.include('ann-ppms').and.not.to.include('ann-eaf-1re');
    // The lycée's announcement is not the collège admin's to read, edit or delete.
    expect((await get('/admin/announcements/ann-eaf-1re')).status).to.equal(404);
    expect((await del('/admin/announcements/ann-eaf-1re')).status).to.equal(404);
    const input = { kind: 'information', title: 'Cross du collège', body: '<p>Vendredi.</p>', startsAt: '2026-11-24T09:00:00+01:00', audience: { profiles: [], levels: [], divisions: [] }, channel: 'home', state: 'published' };
    expect((await put('/admin/announcements/ann-eaf-1re', input)).status).to.equal(404);
    const created = await post('/admin/announcements', input);
    expect(created.body.uai).to.equal('0330001A');
    // To everyone of the collège: its pupil and someone of both schools, not someone of the lycée only.
    for (const [user, sees] of [['eleve', true], ['responsable', true], ['responsableLycee', false]] as const) {
      as(user);
      expect((await ids()).includes(created.body.id), user).to.equal(sees);
    }
    expect((await post(`/announcements/${created.body.id}/read`)).status).to.equal(404);
  });

  it('creates, validates and deletes announcements; what users see follows', async () => {
    as('admin');
    const input = {
      kind: 'alerte',
      title: 'Fermeture du collège jeudi (intempéries)',
      body: '<p>Le collège sera fermé jeudi sur décision préfectorale.</p>',
      startsAt: '2026-11-24T09:30:00+01:00',
      endsAt: null,
      audience: { profiles: ['eleve', 'parent'], levels: ['4e'], divisions: [] },
      channel: 'both',
      state: 'published',
    };
    const created = await post('/admin/announcements', input);
    expect(created.status).to.equal(201);
    expect(created.body).to.include({ status: 'active', dismissible: false, author: 'Marc Dubois', readCount: 0 });
    const invalid = await post('/admin/announcements', {
      ...input,
      link: { url: 'javascript:alert(1)', label: 'Voir', external: true },
      endsAt: '2026-11-20T08:00:00+01:00',
      audience: { profiles: [], levels: [], divisions: ['div-0330001A-9Z'] },
      form: { questions: [{ id: 'q1', type: 'single', label: 'Choix ?', required: true, options: [{ id: 'a', label: 'A' }] }] },
    });
    expect(invalid.status).to.equal(422);
    expect(invalid.body.errors.map((e: any) => e.field)).to.have.members(['link.url', 'endsAt', 'audience.divisions[0]', 'form.questions[0].options']);
    as('eleve');
    expect(await ids()).to.include(created.body.id);
    as('enseignant');
    expect(await ids()).not.to.include(created.body.id);
    as('admin');
    expect((await del(`/admin/announcements/${created.body.id}`)).status).to.equal(204);
    as('eleve');
    expect(await ids()).not.to.include(created.body.id);
    expect((await get(`/admin/announcements/${created.body.id}`)).status).to.equal(403);
  });

  it('stores uploads within the limits and serves them back', async () => {
    as('admin');
    const upload = async (bytes: Uint8Array<ArrayBuffer> | number, name: string, type: string, purpose: string): Promise<any> => {
      const data = new FormData();
      data.set('file', new File([typeof bytes === 'number' ? new Uint8Array(bytes) : bytes], name, { type }));
      data.set('purpose', purpose);
      return post('/uploads', data);
    };
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const stored = await upload(png, 'affiche.png', 'image/png', 'illustration');
    expect(stored.status).to.equal(201);
    expect(stored.body).to.include({ name: 'affiche.png', size: png.length, mimeType: 'image/png' });
    expect(stored.body.url).to.match(/^\/demo-assets\/uploads\//);
    const served = await fetch(stored.body.url);
    expect(served.headers.get('Content-Type')).to.equal('image/png');
    expect(new Uint8Array(await served.arrayBuffer())).to.deep.equal(png);

    const big = await upload(5 * 1024 * 1024 + 1, 'photo.jpg', 'image/jpeg', 'illustration');
    expect(big.status).to.equal(413);
    expect(big.body.code).to.equal('too-large');
    expect((await upload(6 * 1024 * 1024, 'compte-rendu.pdf', 'application/pdf', 'attachment')).status).to.equal(201);
    expect((await upload(10 * 1024 * 1024 + 1, 'film.mp4', 'video/mp4', 'attachment')).status).to.equal(413);
    const svg = await upload(100, 'logo.svg', 'image/svg+xml', 'illustration');
    expect(svg.status).to.equal(415);
    expect(svg.body.code).to.equal('unsupported-type');
    expect((await upload(100, 'outil.exe', 'application/x-msdownload', 'attachment')).status).to.equal(415);
    expect((await upload(100, 'notes.odt', '', 'attachment')).body.mimeType).to.equal('application/vnd.oasis.opendocument.text');
    expect((await upload(100, 'x.png', 'image/png', 'avatar')).status).to.equal(422);
  });
});
