// ETag and If-None-Match: every GET that documents an ETag gives one, and answers 304 (no body)
// to a client that already holds that version — what keeps the widgets' revalidation cheap.
import { accountUai } from './common.mjs';

/** [operationId, account, template, request(t)] for every GET of the contract. */
async function gets(t) {
  const { uaiA, tiles = {} } = t.data;
  const A = { uai: uaiA };
  const list = [
    ['getMe', 'eleve4e', '/me', {}],
    ['listMediacentreResources', 'eleve4e', '/mediacentre/resources', { query: { uai: await accountUai(t, 'eleve4e') } }],
    ['listFavorites', 'eleve4e', '/mediacentre/favorites', {}],
    ['listSubscriptions', 'responsableA', '/affectation/establishments/{uai}/subscriptions', { path: A }],
    ['getPopulations', 'responsableA', '/affectation/establishments/{uai}/populations', { path: A }],
    ['searchPeople', 'responsableA', '/affectation/establishments/{uai}/people', { path: A, query: { pageSize: 20 } }],
    ['listAssignments', 'responsableA', '/affectation/establishments/{uai}/assignments', { path: A, query: { pageSize: 20 } }],
    ['getDashboard', 'responsableA', '/affectation/establishments/{uai}/dashboard', { path: A }],
    ['getStatistics', 'responsableA', '/affectation/establishments/{uai}/statistics', { path: A }],
    ['listArticles', 'anonymous', '/news/articles', {}],
    ['listRubriques', 'anonymous', '/news/rubriques', {}],
    ['listAnnouncements', 'eleve4e', '/announcements', {}],
    ['listAdminAnnouncements', 'admin', '/admin/announcements', {}],
    ['getAudienceOptions', 'admin', '/admin/audience', {}],
  ];
  for (const [kind, id] of Object.entries(tiles)) list.push([`getTile (${kind})`, 'anonymous', '/home/tiles/{tileId}', { path: { tileId: id } }]);
  return list;
}

export function cachingCases() {
  return [
    {
      id: 'caching/etag-304',
      title: 'every GET carries an ETag and answers 304 to If-None-Match',
      tags: ['caching'],
      async run(t) {
        const wrong = [];
        for (const [operationId, account, template, request] of await gets(t)) {
          const before = wrong.length;
          const first = await t.request(account, 'GET', template, request);
          if (first.status !== 200) {
            wrong.push(`${operationId}: ${first.status} as ${account}`);
            t.markEvidence();
            continue;
          }
          const etag = first.headers.etag;
          if (!etag) {
            wrong.push(`${operationId}: no ETag`);
            t.markEvidence();
            continue;
          }
          const again = await t.request(account, 'GET', template, { ...request, headers: { 'If-None-Match': etag } });
          if (again.status !== 304) wrong.push(`${operationId}: ${again.status} to If-None-Match ${etag} (expected 304)`);
          else if (again.text !== '') wrong.push(`${operationId}: a 304 with a body`);
          const stale = await t.request(account, 'GET', template, { ...request, headers: { 'If-None-Match': '"conformance-stale"' } });
          if (stale.status !== 200) wrong.push(`${operationId}: ${stale.status} to a stale ETag (expected 200)`);
          if (wrong.length > before) t.markEvidence();
        }
        t.check(wrong.length === 0, wrong.join('; '), 'info.description: Conventions (ETag, If-None-Match → 304); components.headers.ETag');
      },
    },
    {
      id: 'caching/private-etag',
      title: 'two users never share a representation: a personal GET\'s ETag differs or is private',
      tags: ['caching', 'authorization'],
      async run(t) {
        const first = await t.request('eleve4e', 'GET', '/me', {});
        const other = await t.request('eleve3e', 'GET', '/me', { headers: first.headers.etag ? { 'If-None-Match': first.headers.etag } : {} });
        t.expectStatus(other, 200, 'another user revalidating with the first user\'s ETag of /me');
        t.check(other.body?.id !== first.body?.id, '/me answered the same user to two accounts', 'paths./me.get');
      },
    },
  ];
}
