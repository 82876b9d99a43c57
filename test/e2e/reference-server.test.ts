// The main flows once against the reference server (server/, PGlite, the demo data) instead of
// msw: what is saved is saved by PostgreSQL, read back by a fresh widget. Identity comes from a
// trusted header, as a vendor's gateway would set it (the provider's `headers` hook).
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { EntWidgetsProvider } from '../../src/shared/provider.js';
import { toParisLocal } from '../../src/announcements/admin/paris-time.js';
import { root, text, waitFor } from '../support/dom.js';

const BASE = '/reference-server';
const USERS = {
  eleve: 'u-0330001A-eleve-1',
  eleve3e: 'p-0330001A-00352',
  responsableCollege: 'u-0330001A-cpe-1',
  responsable: 'u-0330001A-doc-1',
  admin: 'u-admin-ent-1',
};
type User = keyof typeof USERS;

/** One widget in a provider signed in as `user`. */
async function mount<T extends HTMLElement>(user: User, widget: ReturnType<typeof html>): Promise<T> {
  const provider = await fixture<EntWidgetsProvider>(html`<ent-widgets-provider api-base=${BASE} .headers=${() => ({ 'x-ent-user': USERS[user] })}>${widget}</ent-widgets-provider>`);
  return provider.firstElementChild as T;
}

/** A call to the server as `user`, outside any widget (another person at work). */
async function call(user: User, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'x-ent-user': USERS[user], ...(body ? { 'content-type': 'application/json' } : {}), 'idempotency-key': crypto.randomUUID() },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

function clearStorage(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('ent-widgets:')) localStorage.removeItem(key);
}

describe('end to end, on the reference server', function () {
  // The server's first start (PGlite, the demo seed) takes seconds.
  this.timeout(60_000);
  afterEach(() => {
    fixtureCleanup();
    clearStorage();
  });

  it('a favourite set in the médiacentre is still there on the next visit', async () => {
    const el = await mount<HTMLElement>('eleve', html`<gar-mediacentre></gar-mediacentre>`);
    const star = await waitFor(() => root(el).querySelector<HTMLButtonElement>('[part="favorite-button"][aria-pressed="false"]'), 'a resource to mark', 30_000);
    const id = star.dataset.id!;
    const saved = new Promise((resolve) => el.addEventListener('gar-favorite-change', resolve, { once: true }));
    star.click();
    await saved;
    fixtureCleanup();
    clearStorage();

    const again = await mount<HTMLElement>('eleve', html`<gar-mediacentre></gar-mediacentre>`);
    const same = await waitFor(() => root(again).querySelector<HTMLButtonElement>(`[part="favorite-button"][data-id="${CSS.escape(id)}"]`), 'the same resource');
    await waitUntil(() => same.getAttribute('aria-pressed') === 'true', 'marked as favourite from the server');
    expect((await call('eleve', 'GET', '/mediacentre/favorites')).body.favorites).to.include(id);
    await call('eleve', 'DELETE', `/mediacentre/favorites/${encodeURIComponent(id)}`);
  });

  it('an assignment refused with a 409 when another responsable took the last licences meanwhile', async () => {
    // Anglais cycle 4 has 3 pupil licences left; 6e pupils do not hold it.
    const ANGLAIS = 'sub-0330001A-013';
    const el = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('responsableCollege', html`<gar-affectation-console section="subscriptions"></gar-affectation-console>`);
    const r = root(el);
    const assign = await waitFor(() => r.querySelector<HTMLButtonElement>(`tr[data-id="${ANGLAIS}"] td .button`), 'the subscriptions table', 30_000);
    assign.click();
    await el.updateComplete;
    r.querySelector<HTMLInputElement>('input[name="flow-public"][value="eleve"]')!.click();
    await el.updateComplete;
    const search = r.querySelector<HTMLInputElement>('#people-search')!;
    search.value = 'ma';
    search.dispatchEvent(new Event('input'));
    const boxes = await waitFor(() => {
      const found = [...r.querySelectorAll<HTMLInputElement>('.people-results input')].filter((box) => text(box.closest('label')).includes('(6e '));
      return found.length >= 2 && found;
    }, 'two 6e pupils found');
    const picked = boxes.slice(0, 2).map((box) => box.value);
    for (const box of boxes.slice(0, 2)) box.click();
    await el.updateComplete;
    r.querySelector<HTMLButtonElement>('#preview')!.click();
    await waitFor(() => r.querySelector('#confirm:not([disabled])'), 'the preview fits');

    // Meanwhile, another responsable gives two of the three licences to two other 6e pupils.
    const sixth = (await call('responsable', 'GET', '/affectation/establishments/0330001A/people?profile=eleve&division=div-0330001A-6A&pageSize=100')).body.items;
    const others = sixth.filter((p: { id: string }) => !picked.includes(p.id)).slice(0, 2);
    const taken = await call('responsable', 'POST', '/affectation/establishments/0330001A/assignments', { subscriptionIds: [ANGLAIS], public: 'eleve', targets: others.map((p: { id: string }) => ({ type: 'personne', id: p.id })) });
    expect(taken.status).to.equal(201);

    r.querySelector<HTMLButtonElement>('#confirm')!.click();
    const alert = await waitFor(() => r.querySelector('.conflict[role="alert"]'), 'the refusal');
    expect(text(alert)).to.contain('Rien n’a été affecté');
    const counts = await call('responsable', 'GET', '/affectation/establishments/0330001A/subscriptions');
    const anglais = counts.body.subscriptions.find((s: { id: string }) => s.id === ANGLAIS).counts.find((c: { public: string }) => c.public === 'eleve');
    expect(anglais.available).to.equal(1);
    await call('responsable', 'POST', '/affectation/establishments/0330001A/assignments/remove', { assignmentIds: taken.body.assignments.map((a: { id: string }) => a.id) });
  });

  it('an announcement the admin publishes for 4e reaches a 4e pupil, not a 3e pupil', async () => {
    const admin = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('admin', html`<ent-announcement-admin></ent-announcement-admin>`);
    const r = root(admin);
    (await waitFor(() => r.querySelector<HTMLButtonElement>('.new-button'), 'the admin list', 30_000)).click();
    await admin.updateComplete;
    await waitUntil(() => r.querySelector('fieldset fieldset') !== null && /\d/.test(r.querySelector('.reach')?.textContent ?? ''), 'the composer with its audience', { timeout: 10_000 });
    const type = (selector: string, value: string) => {
      const input = r.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new InputEvent('input'));
    };
    const title = `Sortie au musée des 4e (${Date.now()})`;
    type('#f-title', title);
    type('#f-body', '<p>Rendez-vous devant le collège à 8 h 30.</p>');
    // Started a minute ago, so that it shows at once.
    type('#f-start', toParisLocal(new Date(Date.now() - 60_000).toISOString()));
    const checkbox = (legend: string, label: string) => {
      const fieldset = [...r.querySelectorAll('fieldset fieldset')].find((f) => f.querySelector('legend')!.textContent!.trim() === legend)!;
      return [...fieldset.querySelectorAll('label')].find((l) => l.textContent!.trim() === label)!.querySelector('input')!;
    };
    checkbox('Profils', 'Élèves').click();
    checkbox('Niveaux', '4e').click();
    await admin.updateComplete;
    r.querySelector<HTMLButtonElement>('.publish')!.click();
    await waitUntil(() => /publiée|programmée/.test(r.querySelector('.feedback')?.textContent ?? ''), 'published', { timeout: 10_000 });
    fixtureCleanup();

    const titles = (el: HTMLElement) => [...root(el).querySelectorAll('article')].map((a) => text(a.querySelector('h2, h3, h4, h5, h6, .title')));
    const fourth = await mount<HTMLElement>('eleve', html`<ent-targeted-announcement refresh-interval="0"></ent-targeted-announcement>`);
    await waitUntil(() => titles(fourth).some((t) => t.includes(title)), 'the 4e pupil sees it', { timeout: 10_000 });
    fixtureCleanup();

    const third = await mount<HTMLElement>('eleve3e', html`<ent-targeted-announcement refresh-interval="0"></ent-targeted-announcement>`);
    const list = (await call('eleve3e', 'GET', '/announcements')).body.announcements.map((a: { title: string }) => a.title);
    expect(list).not.to.include(title);
    await (third as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(titles(third).some((t) => t.includes(title))).to.equal(false);
  });
});
