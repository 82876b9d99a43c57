// Who may call what: every operation × every profile → the answer the contract gives
// (2xx / 401 / 403 / 404). Writes are probed only where they must be refused, or with ids that
// do not exist, so that the matrix changes nothing.
const SIGNED_IN = ['eleve4e', 'eleve3e', 'enseignant', 'documentaliste', 'responsableA', 'responsableB', 'admin'];
const NOBODY = 'conformance-no-such-id';

const audience = { profiles: ['eleve'], levels: [], divisions: [] };
const announcement = { kind: 'information', title: 'Conformité', body: 'Refusée.', startsAt: new Date().toISOString(), audience, channel: 'home', state: 'draft' };
const tileBody = { type: 'news', title: 'Refusée', disabled: false, rubriques: ['x'], limit: 3 };

/** [operationId, method, template, request(data), expectations: profile → statuses]. */
function probes(data) {
  const A = { uai: data.uaiA };
  const user = (ok) => Object.fromEntries([...SIGNED_IN.map((p) => [p, ok]), ['anonymous', [401]]]);
  const everyone = (ok) => Object.fromEntries([...SIGNED_IN, 'anonymous'].map((p) => [p, ok]));
  const admin = (ok) => ({ ...user([403]), admin: ok });
  // Establishment A's console: its responsable only; B's responsable is refused like anybody else.
  const console = (ok) => ({ ...user([403]), responsableA: ok });
  const assignment = { subscriptionIds: [NOBODY], public: 'eleve', targets: [{ type: 'profil', id: 'eleve' }] };
  return [
    ['getMe', 'GET', '/me', {}, user([200])],
    ['listMediacentreResources', 'GET', '/mediacentre/resources', { query: { uai: data.uaiA } }, { ...user([200]), responsableB: [403] }],
    ['listFavorites', 'GET', '/mediacentre/favorites', {}, user([200])],
    ['addFavorite', 'PUT', '/mediacentre/favorites/{idRessource}', { path: { idRessource: `ark:/00000/${NOBODY}` } }, user([404])],
    ['removeFavorite', 'DELETE', '/mediacentre/favorites/{idRessource}', { path: { idRessource: `ark:/00000/${NOBODY}` } }, user([200, 404])],
    ['listSubscriptions', 'GET', '/affectation/establishments/{uai}/subscriptions', { path: A }, console([200])],
    ['getPopulations', 'GET', '/affectation/establishments/{uai}/populations', { path: A }, console([200])],
    ['searchPeople', 'GET', '/affectation/establishments/{uai}/people', { path: A }, console([200])],
    ['listAssignments', 'GET', '/affectation/establishments/{uai}/assignments', { path: A }, console([200])],
    ['createAssignments', 'POST', '/affectation/establishments/{uai}/assignments', { path: A, body: assignment }, console([422])],
    ['previewAssignments', 'POST', '/affectation/establishments/{uai}/assignments/preview', { path: A, body: assignment }, console([422])],
    ['removeAssignments', 'POST', '/affectation/establishments/{uai}/assignments/remove', { path: A, body: { assignmentIds: [NOBODY] } }, console([404])],
    ['deleteAssignment', 'DELETE', '/affectation/establishments/{uai}/assignments/{assignmentId}', { path: { ...A, assignmentId: NOBODY } }, console([404])],
    ['getDashboard', 'GET', '/affectation/establishments/{uai}/dashboard', { path: A }, console([200])],
    ['recoverLicences', 'POST', '/affectation/establishments/{uai}/licences/recover', { path: A, body: { personIds: [NOBODY] } }, console([422])],
    ['getStatistics', 'GET', '/affectation/establishments/{uai}/statistics', { path: A }, console([200])],
    ['listArticles', 'GET', '/news/articles', {}, everyone([200])],
    ['listRubriques', 'GET', '/news/rubriques', {}, everyone([200])],
    ['getTile', 'GET', '/home/tiles/{tileId}', { path: { tileId: data.tiles?.news } }, everyone([200])],
    ['putTile', 'PUT', '/home/tiles/{tileId}', { path: { tileId: NOBODY }, body: tileBody }, admin([404])],
    ['listAnnouncements', 'GET', '/announcements', {}, user([200])],
    ['markAnnouncementRead', 'POST', '/announcements/{id}/read', { path: { id: NOBODY } }, user([404])],
    ['unmarkAnnouncementRead', 'DELETE', '/announcements/{id}/read', { path: { id: NOBODY } }, user([404])],
    ['answerAnnouncementForm', 'POST', '/announcements/{id}/form-responses', { path: { id: NOBODY }, body: { answers: [] } }, user([404])],
    ['listAdminAnnouncements', 'GET', '/admin/announcements', {}, admin([200])],
    ['createAdminAnnouncement', 'POST', '/admin/announcements', { body: announcement }, { ...admin([]), admin: undefined }],
    ['getAdminAnnouncement', 'GET', '/admin/announcements/{id}', { path: { id: NOBODY } }, admin([404])],
    ['putAdminAnnouncement', 'PUT', '/admin/announcements/{id}', { path: { id: NOBODY }, body: announcement }, admin([404])],
    ['deleteAdminAnnouncement', 'DELETE', '/admin/announcements/{id}', { path: { id: NOBODY } }, admin([404])],
    ['getAudienceOptions', 'GET', '/admin/audience', {}, admin([200])],
    ['countAudience', 'POST', '/admin/audience/count', { body: audience }, admin([200])],
    ['upload', 'POST', '/uploads', { form: true }, { ...admin([]), admin: undefined }],
  ];
}

function uploadForm() {
  const form = new FormData();
  form.set('purpose', 'attachment');
  form.set('file', new Blob(['conformance'], { type: 'text/plain' }), 'refusee.txt');
  return form;
}

const CODES = { 401: 'unauthorized', 403: 'forbidden', 404: 'not-found' };

export function authorizationCases() {
  const cases = [];
  for (const profile of [...SIGNED_IN, 'anonymous']) {
    cases.push({
      id: `authorization/${profile}`,
      title: `every operation answers ${profile} as the contract says`,
      tags: ['authorization', 'schema'],
      async run(t) {
        if (!t.kit.accounts[profile]) t.skip(`accounts.json has no "${profile}" account`);
        const wrong = [];
        for (const [operationId, method, template, request, expected] of probes(t.data)) {
          const statuses = expected[profile];
          if (statuses === undefined) continue; // a real write for this profile: checked by the stateful cases
          if (template.includes('{tileId}') && request.path?.tileId === undefined) continue;
          const options = { ...request };
          if (request.form) options.form = uploadForm();
          const result = await t.request(profile, method, template, options);
          const allowed = statuses.length > 0 ? statuses : [401, 403];
          const before = wrong.length;
          if (!allowed.includes(result.status)) wrong.push(`${operationId}: ${result.status} (expected ${allowed.join('/')})`);
          else if (CODES[result.status] && result.body?.code !== CODES[result.status]) wrong.push(`${operationId}: ${result.status} with code ${JSON.stringify(result.body?.code)} (expected "${CODES[result.status]}")`);
          if (wrong.length > before) t.markEvidence();
        }
        t.check(wrong.length === 0, `${wrong.length} answer(s) differ from the contract for ${profile}: ${wrong.join('; ')}`, 'info.description: Conventions (401/403/404); each operation\'s security');
      },
    });
  }
  cases.push({
    id: 'authorization/other-establishment',
    title: 'a responsable d\'affectation gets 403 on the other establishment, and a malformed UAI is a 404',
    tags: ['authorization', 'affectation'],
    async run(t) {
      const { uaiA, uaiB } = t.data;
      if (!uaiA || !uaiB) t.skip('accounts.json data.uaiA and data.uaiB are needed');
      for (const [account, uai] of [['responsableA', uaiB], ['responsableB', uaiA]]) {
        for (const section of ['subscriptions', 'populations', 'people', 'assignments', 'dashboard', 'statistics']) {
          const result = await t.request(account, 'GET', `/affectation/establishments/{uai}/${section}`, { path: { uai } });
          t.expectStatus(result, 403, `${account} on ${uai}/${section}`, 'forbidden');
        }
        const write = await t.request(account, 'POST', '/affectation/establishments/{uai}/licences/recover', { path: { uai }, body: {} });
        t.expectStatus(write, 403, `${account} recovering licences in ${uai}`, 'forbidden');
      }
      const unknown = await t.request('responsableA', 'GET', '/affectation/establishments/{uai}/subscriptions', { path: { uai: '9999999Z' } });
      t.expectStatus(unknown, 403, 'a well-formed UAI that is nobody\'s (no probing)', 'forbidden');
      const malformed = await t.request('responsableA', 'GET', '/affectation/establishments/{uai}/subscriptions', { path: { uai: 'abc' }, offContract: true });
      t.expectStatus(malformed, 404, 'a malformed UAI', 'not-found');
    },
  });
  return cases;
}
