// Scenarios read back through the API: favourites, dismissing and showing again, answering a
// form once, tile settings honoured by the news list, an announcement reaching its audience
// only and following its schedule, upload limits.
import { newKey } from '../kit.mjs';
import { accountUai } from './common.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates an announcement as admin and registers its deletion. */
async function createAnnouncement(t, input) {
  const created = await t.request('admin', 'POST', '/admin/announcements', { body: input, headers: { 'Idempotency-Key': newKey() } });
  t.expectStatus(created, 201, 'creating an announcement as admin');
  t.cleanup(() => t.request('admin', 'DELETE', '/admin/announcements/{id}', { path: { id: created.body.id } }));
  return created.body;
}

const ids = (list) => list.body.announcements.map((a) => a.id);

/** The audience that reaches the 4e pupil and not the 3e one (accounts.json data.audience4e). */
function audience4e(t) {
  if (!t.data.audience4e) t.skip('accounts.json data.audience4e is the audience (profiles, levels, divisions) of the 4e pupil\'s level');
  return t.data.audience4e;
}

/** An announcement for the 4e pupils, published and started a minute ago, with `fields` over it. */
function published(t, fields) {
  return { kind: 'information', body: 'Texte.', startsAt: new Date(Date.now() - 60_000).toISOString(), audience: audience4e(t), channel: 'home', state: 'published', ...fields };
}

export function statefulCases() {
  return [
    {
      id: 'mediacentre/favorites',
      title: 'a favourite is added, listed, removed, and stays the user\'s own',
      tags: ['mediacentre'],
      async run(t) {
        const uai = await accountUai(t, 'eleve4e');
        const listing = await t.request('eleve4e', 'GET', '/mediacentre/resources', { query: { uai } });
        t.expectStatus(listing, 200, 'the pupil\'s GAR listing');
        const resource = listing.body.listeRessources?.ressource?.[0];
        if (!resource) t.skip('the 4e pupil has no GAR resource to mark as favourite');
        const id = resource.idRessource;
        const before = await t.request('eleve4e', 'GET', '/mediacentre/favorites');
        const had = before.body.favorites.includes(id);
        t.cleanup(() => t.request('eleve4e', had ? 'PUT' : 'DELETE', '/mediacentre/favorites/{idRessource}', { path: { idRessource: id } }));
        const added = await t.request('eleve4e', 'PUT', '/mediacentre/favorites/{idRessource}', { path: { idRessource: id } });
        t.expectStatus(added, 200, 'adding a favourite');
        const again = await t.request('eleve4e', 'PUT', '/mediacentre/favorites/{idRessource}', { path: { idRessource: id } });
        t.check(again.status === 200 && again.body.favorites.filter((f) => f === id).length === 1, 'adding twice lists it twice (PUT is idempotent)', 'paths./mediacentre/favorites/{idRessource}.put');
        const listed = await t.request('eleve4e', 'GET', '/mediacentre/favorites');
        t.check(listed.body.favorites.includes(id), 'the favourite is not listed', 'paths./mediacentre/favorites.get');
        const other = await t.request('eleve3e', 'GET', '/mediacentre/favorites');
        t.check(other.status === 200, `another pupil's favourites: ${other.status}`, 'paths./mediacentre/favorites.get');
        const removed = await t.request('eleve4e', 'DELETE', '/mediacentre/favorites/{idRessource}', { path: { idRessource: id } });
        t.check(removed.status === 200 && !removed.body.favorites.includes(id), 'removing did not remove it', 'paths./mediacentre/favorites/{idRessource}.delete');
        const after = await t.request('eleve4e', 'GET', '/mediacentre/favorites');
        t.check(!after.body.favorites.includes(id), 'the removed favourite is still listed', 'paths./mediacentre/favorites.get');
      },
    },
    {
      id: 'news/anonymous-never-private',
      title: 'anonymous callers never receive a private article, whatever they ask',
      tags: ['news', 'authorization'],
      async run(t) {
        const rubriques = await t.request('admin', 'GET', '/news/rubriques');
        const all = rubriques.body.rubriques.map((r) => r.id);
        const asked = await t.request('anonymous', 'GET', '/news/articles', { query: { rubriques: all, limit: 50 } });
        t.expectStatus(asked, 200, 'all rubriques as anonymous');
        const leaked = asked.body.articles.filter((a) => a.visibility === 'private');
        t.check(leaked.length === 0, `${leaked.length} private article(s) given to an anonymous caller: ${leaked.map((a) => a.id).join(', ')}`, 'paths./news/articles.get (anonymous callers never receive private articles)');
        const plain = await t.request('anonymous', 'GET', '/news/articles', { query: { limit: 50 } });
        t.check(plain.body.articles.every((a) => a.visibility !== 'private'), 'a private article in the default list for anonymous', 'paths./news/articles.get');
        const signedIn = await t.request('eleve4e', 'GET', '/news/articles', { query: { rubriques: all, limit: 50 } });
        t.check(signedIn.status === 200, `the same list signed in: ${signedIn.status}`, 'paths./news/articles.get');
        const privateRubriques = await t.request('anonymous', 'GET', '/news/rubriques');
        t.check(privateRubriques.body.rubriques.every((r) => r.visibility !== 'private'), 'a private rubrique listed to anonymous', 'paths./news/rubriques.get');
      },
    },
    {
      id: 'news/tile-settings',
      title: 'tile settings saved (PUT) are read back (GET) and honoured by the news list',
      tags: ['news'],
      async run(t) {
        const tileId = t.data.tiles?.news;
        if (!tileId) t.skip('accounts.json data.tiles.news names a news tile the kit may change and restore');
        const original = await t.request('admin', 'GET', '/home/tiles/{tileId}', { path: { tileId } });
        t.expectStatus(original, 200, 'the news tile');
        const { id: _id, updatedAt: _u, linkedArticle: _l, ...settings } = original.body;
        t.cleanup(() => t.request('admin', 'PUT', '/home/tiles/{tileId}', { path: { tileId }, body: settings }));
        const rubriques = (await t.request('admin', 'GET', '/news/rubriques')).body.rubriques.filter((r) => r.blogEnabled !== false);
        if (rubriques.length === 0) t.skip('no blog-enabled rubrique');
        const chosen = rubriques[rubriques.length - 1].id;
        const changed = { ...settings, title: 'Conformité', rubriques: [chosen], limit: 2 };
        const saved = await t.request('admin', 'PUT', '/home/tiles/{tileId}', { path: { tileId }, body: changed });
        t.expectStatus(saved, 200, 'saving the tile');
        const read = await t.request('anonymous', 'GET', '/home/tiles/{tileId}', { path: { tileId } });
        t.check(read.body.title === 'Conformité' && read.body.limit === 2 && JSON.stringify(read.body.rubriques) === JSON.stringify([chosen]), `read back: ${JSON.stringify({ title: read.body.title, limit: read.body.limit, rubriques: read.body.rubriques })}`, 'paths./home/tiles/{tileId}.put');
        const news = await t.request('eleve4e', 'GET', '/news/articles', { query: { rubriques: read.body.rubriques, limit: read.body.limit } });
        t.check(news.body.articles.length <= 2 && news.body.articles.every((a) => a.rubrique.id === chosen), 'the news list does not follow the tile\'s rubriques and limit', 'paths./news/articles.get');
        const bad = await t.request('admin', 'PUT', '/home/tiles/{tileId}', { path: { tileId }, body: { ...changed, limit: 0 } });
        t.expectStatus(bad, 422, 'a limit of 0', 'invalid');
        const kept = await t.request('admin', 'GET', '/home/tiles/{tileId}', { path: { tileId } });
        t.check(kept.body.limit === 2, 'a refused PUT changed the tile', 'info.description: bad input never changes anything');
        const pupil = await t.request('eleve4e', 'PUT', '/home/tiles/{tileId}', { path: { tileId }, body: changed });
        t.expectStatus(pupil, 403, 'a pupil saving the tile', 'forbidden');
      },
    },
    {
      id: 'announcements/audience-and-schedule',
      title: 'an announcement for 4e pupils reaches the 4e account, not the 3e one, and starts and ends on its schedule',
      tags: ['announcements'],
      async run(t) {
        const audience = audience4e(t);
        const now = Date.now();
        const startsAt = new Date(now + 2500).toISOString();
        const endsAt = new Date(now + 5000).toISOString();
        const created = await createAnnouncement(t, { kind: 'information', title: `Conformité ${newKey('4e')}`, body: 'Pour les 4e.', startsAt, endsAt, audience, channel: 'home', state: 'published' });
        // Before its start it may be listed ahead of time (within 24 h), but with its start.
        const early = (await t.request('eleve4e', 'GET', '/announcements')).body.announcements.find((a) => a.id === created.id);
        t.check(!early || Date.parse(early.startsAt) > Date.now(), 'listed before its start without saying when it starts', 'paths./announcements.get (schedule)');
        await sleep(Math.max(0, Date.parse(startsAt) - Date.now() + 400));
        const fourth = await t.request('eleve4e', 'GET', '/announcements');
        t.check(ids(fourth).includes(created.id), 'the 4e pupil does not see the announcement made for 4e once it has started', 'paths./announcements.get (audience, schedule)');
        const third = await t.request('eleve3e', 'GET', '/announcements');
        t.check(!ids(third).includes(created.id), 'the 3e pupil sees an announcement made for 4e', 'paths./announcements.get (audience)');
        const teacher = await t.request('enseignant', 'GET', '/announcements');
        t.check(!ids(teacher).includes(created.id), 'a teacher sees an announcement made for 4e pupils', 'paths./announcements.get (audience)');
        const count = await t.request('admin', 'POST', '/admin/audience/count', { body: audience });
        t.check(count.status === 200 && count.body.count > 0, `the audience counts ${count.body?.count} people`, 'paths./admin/audience/count.post');
        await sleep(Math.max(0, Date.parse(endsAt) - Date.now() + 600));
        const later = await t.request('eleve4e', 'GET', '/announcements');
        t.check(!ids(later).includes(created.id), 'the announcement is still listed after its end', 'paths./announcements.get (schedule)');
        const draft = await createAnnouncement(t, published(t, { title: 'Conformité brouillon', state: 'draft' }));
        const withDraft = await t.request('eleve4e', 'GET', '/announcements');
        t.check(!ids(withDraft).includes(draft.id), 'a draft is shown to its audience', 'paths./admin/announcements.post (draft)');
      },
    },
    {
      id: 'announcements/edit-and-delete',
      title: 'an edit brings a dismissed announcement back (updatedAt bumped); a deleted one is gone',
      tags: ['announcements'],
      async run(t) {
        const input = published(t, { title: 'Conformité modifiée', body: 'Version 1.', dismissible: true });
        const created = await createAnnouncement(t, input);
        const read = await t.request('eleve4e', 'POST', '/announcements/{id}/read', { path: { id: created.id } });
        t.expectStatus(read, 200, 'dismissing');
        await sleep(1100); // dates may be given to the second
        const edited = await t.request('admin', 'PUT', '/admin/announcements/{id}', { path: { id: created.id }, body: { ...input, body: 'Version 2.' } });
        t.expectStatus(edited, 200, 'editing as admin');
        t.check(Date.parse(edited.body.updatedAt) > Date.parse(created.updatedAt), `updatedAt ${created.updatedAt} → ${edited.body.updatedAt}`, 'paths./admin/announcements/{id}.put (an edit bumps updatedAt)');
        const seen = (await t.request('eleve4e', 'GET', '/announcements')).body.announcements.find((a) => a.id === created.id);
        t.check(seen?.read === false && seen.body === 'Version 2.', `after the edit the pupil sees ${JSON.stringify(seen && { read: seen.read, body: seen.body })}`, 'paths./admin/announcements/{id}.put (users who dismissed it see it again)');
        const pupilEdit = await t.request('eleve4e', 'PUT', '/admin/announcements/{id}', { path: { id: created.id }, body: input });
        t.expectStatus(pupilEdit, 403, 'a pupil editing it', 'forbidden');
        const deleted = await t.request('admin', 'DELETE', '/admin/announcements/{id}', { path: { id: created.id } });
        t.expectStatus(deleted, 204, 'deleting it');
        const gone = await t.request('admin', 'GET', '/admin/announcements/{id}', { path: { id: created.id } });
        t.expectStatus(gone, 404, 'reading it after deletion', 'not-found');
        const list = await t.request('eleve4e', 'GET', '/announcements');
        t.check(!ids(list).includes(created.id), 'the pupil still sees a deleted announcement', 'paths./admin/announcements/{id}.delete');
      },
    },
    {
      id: 'announcements/establishment',
      title: 'an announcement belongs to the admin\'s current establishment, is counted there and reaches no one of another',
      tags: ['announcements', 'authorization'],
      async run(t) {
        const uai = await accountUai(t, 'admin');
        const outsider = await t.request('responsableB', 'GET', '/me');
        if (outsider.status !== 200 || outsider.body.establishments.some((e) => e.uai === uai)) {
          t.skip('accounts.json needs a "responsableB" account of an establishment other than the admin\'s current one');
        }
        const everyone = { profiles: [], levels: [], divisions: [] };
        const created = await createAnnouncement(t, { kind: 'information', title: `Conformité ${newKey('etab')}`, body: 'Pour tout l’établissement.', startsAt: new Date(Date.now() - 60_000).toISOString(), audience: everyone, channel: 'home', state: 'published' });
        t.check(created.uai === uai, `created with uai ${created.uai}; the admin's current establishment is ${uai}`, 'components.schemas.AdminAnnouncement.uai');
        const count = await t.request('admin', 'POST', '/admin/audience/count', { body: everyone });
        t.check(count.status === 200 && count.body.count === created.recipients, `everyone counts ${count.body?.count}, the announcement's recipients ${created.recipients}`, 'paths./admin/audience/count.post (the current establishment)');
        const list = await t.request('admin', 'GET', '/admin/announcements');
        const foreign = list.body.announcements.filter((a) => a.uai !== uai).map((a) => a.id);
        t.check(foreign.length === 0, `the admin's list holds other establishments' announcements: ${foreign.join(', ')}`, 'paths./admin/announcements.get');
        if ((await accountUai(t, 'eleve4e')) === uai) {
          t.check(ids(await t.request('eleve4e', 'GET', '/announcements')).includes(created.id), 'a pupil of the establishment does not see an announcement to all of it', 'paths./announcements.get (audience)');
        }
        t.check(!ids(await t.request('responsableB', 'GET', '/announcements')).includes(created.id), 'someone of another establishment sees an announcement to everyone of this one', 'paths./announcements.get (establishment)');
        const read = await t.request('responsableB', 'POST', '/announcements/{id}/read', { path: { id: created.id } });
        t.expectStatus(read, 404, 'someone of another establishment dismissing it', 'not-found');
      },
    },
    {
      id: 'announcements/dismiss-and-forms',
      title: 'dismiss and show again; a form answered once, then "already answered"',
      tags: ['announcements'],
      async run(t) {
        const question = { id: 'q1', type: 'single', label: 'Venez-vous ?', required: true, options: [{ id: 'oui', label: 'Oui' }, { id: 'non', label: 'Non' }] };
        const created = await createAnnouncement(t, published(t, { title: 'Conformité sondage', body: 'Sondage.', dismissible: true, form: { questions: [question] } }));
        const read = await t.request('eleve4e', 'POST', '/announcements/{id}/read', { path: { id: created.id } });
        t.check(read.status === 200 && read.body.read === true, `dismissing: ${read.status} ${JSON.stringify(read.body)}`, 'paths./announcements/{id}/read.post');
        const listed = (await t.request('eleve4e', 'GET', '/announcements')).body.announcements.find((a) => a.id === created.id);
        t.check(listed?.read === true, 'the dismissed announcement is not listed with read: true', 'paths./announcements.get (read ones included)');
        const otherRead = (await t.request('eleve3e', 'GET', '/announcements')).body.announcements.find((a) => a.id === created.id);
        t.check(otherRead === undefined, 'the 3e pupil sees it', 'paths./announcements.get (audience)');
        const shown = await t.request('eleve4e', 'DELETE', '/announcements/{id}/read', { path: { id: created.id } });
        t.check(shown.status === 200 && shown.body.read === false, `showing again: ${shown.status}`, 'paths./announcements/{id}/read.delete');
        const outsider = await t.request('eleve3e', 'POST', '/announcements/{id}/read', { path: { id: created.id } });
        t.expectStatus(outsider, 404, 'a pupil outside the audience dismissing it (never reachable by its id)', 'not-found');
        const wrong = await t.request('eleve4e', 'POST', '/announcements/{id}/form-responses', { path: { id: created.id }, body: { answers: [{ questionId: 'q1', optionIds: ['peut-etre'] }] }, headers: { 'Idempotency-Key': newKey() } });
        t.expectStatus(wrong, 422, 'an answer naming an unknown option', 'invalid');
        const answer = { answers: [{ questionId: 'q1', optionIds: ['oui'] }] };
        const first = await t.request('eleve4e', 'POST', '/announcements/{id}/form-responses', { path: { id: created.id }, body: answer, headers: { 'Idempotency-Key': newKey() } });
        t.expectStatus(first, 201, 'answering the form');
        const second = await t.request('eleve4e', 'POST', '/announcements/{id}/form-responses', { path: { id: created.id }, body: answer, headers: { 'Idempotency-Key': newKey() } });
        t.expectStatus(second, 409, 'answering again', 'already-answered');
        const outsiderAnswer = await t.request('eleve3e', 'POST', '/announcements/{id}/form-responses', { path: { id: created.id }, body: answer, headers: { 'Idempotency-Key': newKey() } });
        t.expectStatus(outsiderAnswer, 404, 'a pupil outside the audience answering', 'not-found');
        const results = await t.request('admin', 'GET', '/admin/announcements/{id}', { path: { id: created.id } });
        t.check(results.body.results?.responses === 1, `form results count ${results.body.results?.responses} answers (1 expected)`, 'components.schemas.FormResults');
        t.check(results.body.readCount <= results.body.recipients, 'more readers than recipients', 'components.schemas.AdminAnnouncement');
      },
    },
    {
      id: 'uploads/limits',
      title: 'uploads: an accepted file, a refused type (415), an oversized illustration (413)',
      tags: ['uploads', 'announcements'],
      async run(t) {
        const form = (purpose, blob, name) => {
          const data = new FormData();
          data.set('purpose', purpose);
          data.set('file', blob, name);
          return data;
        };
        const ok = await t.request('admin', 'POST', '/uploads', { form: form('attachment', new Blob(['Conformité'], { type: 'text/plain' }), 'conformite.txt'), headers: { 'Idempotency-Key': newKey() } });
        t.expectStatus(ok, 201, 'a small text attachment');
        t.check(ok.body.size === new TextEncoder().encode('Conformité').length, `the stored size is ${ok.body.size} bytes (11 sent)`, 'components.schemas.Upload');
        const svg = await t.request('admin', 'POST', '/uploads', { form: form('illustration', new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], { type: 'image/svg+xml' }), 'x.svg'), headers: { 'Idempotency-Key': newKey() } });
        t.expectStatus(svg, 415, 'an SVG illustration (it can carry scripts)', 'unsupported-type');
        const big = new Uint8Array(5 * 1024 * 1024 + 1);
        big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        const tooLarge = await t.request('admin', 'POST', '/uploads', { form: form('illustration', new Blob([big], { type: 'image/png' }), 'grande.png'), headers: { 'Idempotency-Key': newKey() } });
        t.expectStatus(tooLarge, 413, 'a PNG illustration over 5 MB', 'too-large');
        const pupil = await t.request('eleve4e', 'POST', '/uploads', { form: form('attachment', new Blob(['x'], { type: 'text/plain' }), 'x.txt') });
        t.expectStatus(pupil, 403, 'a pupil uploading', 'forbidden');
      },
    },
  ];
}
