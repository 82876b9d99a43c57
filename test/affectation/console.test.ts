// <gar-affectation-console> against the project's mock back end: access, subscriptions table,
// the par ressource flow (licence arithmetic, over-assignment, 409, undo, keyboard).
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../support/contract.js';
import { worker } from '../support/msw.js';
import { ANGLAIS, checkbox, chosenResource, click, mount, resourceChoices, PHYSIQUE, PIX, resetMock, root, row, settled, tab, TECHNO, text, useMock, waitFor } from './helpers.js';
import type { GarAffectationConsole } from '../../src/affectation/console.js';

function meterText(el: GarAffectationConsole, id: string): string {
  return text(row(el, id).querySelector('.counts'));
}

async function openFlow(el: GarAffectationConsole, id: string): Promise<void> {
  await click(el, row(el, id).querySelector<HTMLButtonElement>('td .button')!);
}

async function preview(el: GarAffectationConsole): Promise<HTMLElement> {
  await click(el, root(el).querySelector<HTMLButtonElement>('#preview')!);
  return waitFor(() => root(el).querySelector<HTMLElement>('.summary'), 'summary shown');
}

describe('<gar-affectation-console>', () => {
  afterEach(() => resetMock());

  it('refuses users without the responsable-affectation role (403 view)', async () => {
    useMock('enseignant');
    const el = await mount();
    await settled(el);
    const forbidden = root(el).querySelector('[part="forbidden"]');
    expect(text(forbidden)).to.contain('réservée aux responsables d’affectation');
    expect(root(el).querySelector('.tabs')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the 403 answer of the server as the same view', async () => {
    useMock('responsable');
    worker.use(
      http.get('/api/affectation/establishments/:uai/subscriptions', () =>
        HttpResponse.json({ type: 'about:blank', title: 'Accès refusé', status: 403, code: 'forbidden' }, { status: 403, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    const el = await mount();
    await settled(el);
    expect(root(el).querySelector('[part="forbidden"]')).to.not.equal(null);
  });

  it('shows an accessible loading state while the establishment loads (scenario slow)', async () => {
    useMock('responsable', 'slow');
    const el = await mount({ lang: 'en' });
    await waitUntil(() => root(el).querySelector('.panel[aria-busy="true"] [part="loading"]') || root(el).querySelector('[part="loading"]'), 'loading shown', { timeout: 5000 });
    expect(text(root(el).querySelector('[part="loading"]'))).to.contain('Loading');
    await expect(el).to.be.accessible();
    await settled(el);
  });

  it('shows the signed-out view to anonymous visitors', async () => {
    useMock('anonyme');
    const el = await mount({ lang: 'en' });
    await settled(el);
    expect(root(el).querySelector('[part="signed-out"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows an error with retry when the server fails, then recovers', async () => {
    useMock('responsable');
    let fail = true;
    worker.use(
      http.get('/api/affectation/establishments/:uai/populations', () =>
        fail ? HttpResponse.json({ type: 'about:blank', title: 'Erreur', status: 500, code: 'server-error' }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } }) : undefined,
      ),
    );
    const el = await mount();
    await settled(el);
    const retry = root(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    expect(retry).to.not.equal(null);
    await expect(el).to.be.accessible();
    fail = false;
    retry.click();
    await waitFor(() => root(el).querySelector('table'), 'table after retry');
  });

  it('lists the subscriptions with licence meters, in French and English', async () => {
    useMock('responsable');
    for (const lang of ['fr', 'en']) {
      const el = await mount({ lang });
      await settled(el);
      await click(el, tab(el, lang === 'fr' ? 'Abonnements' : 'Subscriptions'));
      expect(tab(el, lang === 'fr' ? 'Abonnements' : 'Subscriptions').getAttribute('aria-current')).to.equal('page');
      if (lang === 'fr') {
        expect(meterText(el, PHYSIQUE)).to.contain('Élèves : 0 / 340 — 340 disponibles');
        expect(meterText(el, ANGLAIS)).to.match(/Élèves : (\d+) \/ (\d+) — 3 disponibles/);
        expect(meterText(el, TECHNO)).to.contain('illimité');
        expect(text(row(el, PHYSIQUE))).to.contain('Jamais affecté');
        expect(row(el, PHYSIQUE).querySelector('meter')!.getAttribute('max')).to.equal('340');
      } else {
        expect(meterText(el, PHYSIQUE)).to.contain('Pupils : 0 / 340 — 340 available');
        expect(meterText(el, TECHNO)).to.contain('unlimited');
      }
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('keeps the table short: one line per public, two for a validity, licence and distributor under the publisher', async () => {
    useMock('responsable');
    const el = await mount();
    el.parentElement!.style.width = '1264px';
    await settled(el);
    const r = root(el);
    const lineHeight = parseFloat(getComputedStyle(r.querySelector('.counts .count')!).lineHeight);
    for (const count of r.querySelectorAll<HTMLElement>('.counts .count')) expect(count.getBoundingClientRect().height, text(count)).to.be.below(lineHeight * 1.5);
    // Lines of a cell's text: its text boxes at distinct heights.
    const lines = (cell: Element) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size;
    };
    for (const tr of r.querySelectorAll('tbody tr')) {
      const validity = tr.querySelectorAll('td')[2]!;
      expect(lines(validity), text(validity)).to.equal(2);
    }
    expect(text(row(el, PHYSIQUE).querySelector('.terms'))).to.match(/^Licence (individuelle|établissement)/);
  });

  it('searches, filters and sorts the subscriptions', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    const r = root(el);
    const all = r.querySelectorAll('tbody tr').length;
    expect(all).to.be.greaterThan(20);
    const search = r.querySelector<HTMLInputElement>('#search')!;
    search.value = 'physique chimie';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect([...r.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-id'))).to.include(PHYSIQUE);
    expect(r.querySelectorAll('tbody tr').length).to.be.lessThan(all);
    expect(text(r.querySelector('.results'))).to.match(/abonnements? sur/);
    await click(el, [...r.querySelectorAll<HTMLButtonElement>('.toolbar .button')].find((b) => text(b) === 'Effacer les filtres')!);
    expect(r.querySelectorAll('tbody tr').length).to.equal(all);

    const type = r.querySelector<HTMLSelectElement>('#licence-type')!;
    type.value = 'etablissement';
    type.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const ids = [...r.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-id'));
    expect(ids).to.include(TECHNO);
    expect(ids).to.not.include(PHYSIQUE);
    type.value = '';
    type.dispatchEvent(new Event('change'));

    const attention = r.querySelector<HTMLInputElement>('#attention')!;
    attention.click();
    await el.updateComplete;
    const attentionIds = [...r.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-id'));
    expect(attentionIds).to.include(PHYSIQUE);
    expect(attentionIds).to.include('sub-0330001A-001');
    attention.click();
    await el.updateComplete;

    const titleHeader = r.querySelector('th[aria-sort] button[data-sort="title"]')!.closest('th')!;
    expect(titleHeader.getAttribute('aria-sort')).to.equal('ascending');
    const titles = () => [...r.querySelectorAll('tbody tr .resource-title')].map((n) => text(n));
    const first = titles()[0];
    await click(el, titleHeader.querySelector('button')!);
    expect(titleHeader.getAttribute('aria-sort')).to.equal('descending');
    expect(titles().at(-1)).to.equal(first);
    await click(el, r.querySelector<HTMLButtonElement>('button[data-sort="available"]')!);
    expect(r.querySelector('button[data-sort="available"]')!.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(titleHeader.getAttribute('aria-sort')).to.equal('none');
  });

  it('remembers the quick filters and sort of the user on the next visit', async () => {
    useMock('responsable');
    let el = await mount();
    await settled(el);
    const type = root(el).querySelector<HTMLSelectElement>('#licence-type')!;
    type.value = 'etablissement';
    type.dispatchEvent(new Event('change'));
    await click(el, root(el).querySelector<HTMLButtonElement>('button[data-sort="validUntil"]')!);
    el.remove();
    el = await mount();
    await settled(el);
    expect(root(el).querySelector<HTMLSelectElement>('#licence-type')!.value).to.equal('etablissement');
    expect(root(el).querySelector('button[data-sort="validUntil"]')!.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(root(el).querySelector(`tr[data-id="${PHYSIQUE}"]`)).to.equal(null);
  });

  it('keeps the rows of unchanged subscriptions when filtering (memoised templates)', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    const before = row(el, PHYSIQUE);
    await click(el, root(el).querySelector<HTMLInputElement>('#attention')!);
    expect(row(el, PHYSIQUE)).to.equal(before);
  });

  it('assigns a class its Physique-Chimie manual par ressource; counts update; undo takes it back', async () => {
    useMock('responsable');
    const posts: Array<{ url: string; key: string | null; body: unknown }> = [];
    const record = ({ request }: { request: Request }) => {
      if (request.method === 'POST') void request.clone().json().then((body) => posts.push({ url: new URL(request.url).pathname, key: request.headers.get('Idempotency-Key'), body }));
    };
    worker.events.on('request:start', record);
    const el = await mount();
    await settled(el);
    await openFlow(el, PHYSIQUE);
    const r = root(el);
    expect(tab(el, 'Par ressource').getAttribute('aria-current')).to.equal('page');
    expect(chosenResource(el, '#flow-subscription')).to.equal(PHYSIQUE);
    await click(el, r.querySelector<HTMLInputElement>('input[name="flow-public"][value="eleve"]')!);
    const box = checkbox(el, 'divisions', '5e A');
    const size = Number(/\((\d+) personnes\)/.exec(text(box.closest('label')))![1]);
    await click(el, box);
    await expect(el).to.be.accessible();
    const summary = await preview(el);
    expect(text(summary.querySelector('.summary-who'))).to.equal('Pour : 5e A');
    expect(text(summary)).to.contain(`cette affectation utilise ${size} licences ; il en restera ${340 - size}`);
    const confirm = r.querySelector<HTMLButtonElement>('#confirm')!;
    expect(confirm.disabled).to.equal(false);
    await expect(el).to.be.accessible();
    await click(el, confirm);
    const toast = await waitFor(() => r.querySelector('[part="toast"]'), 'toast');
    expect(text(toast)).to.contain(`Affectation enregistrée. « Physique-Chimie cycle 4`).and.to.contain(`(Élèves) : ${size} / 340, ${340 - size} licences disponibles.`);
    expect(text(r.querySelector('[role="status"][aria-live="polite"]'))).to.contain(`${340 - size} licences disponibles`);
    await expect(el).to.be.accessible();
    const assignPost = posts.find((p) => p.url.endsWith('/assignments'))!;
    expect(assignPost.key).to.be.a('string');
    expect(assignPost.body).to.deep.equal({ subscriptionIds: [PHYSIQUE], public: 'eleve', targets: [{ type: 'division', id: 'div-0330001A-5A' }] });

    await click(el, tab(el, 'Abonnements'));
    expect(meterText(el, PHYSIQUE)).to.contain(`Élèves : ${size} / 340 — ${340 - size} disponibles`);

    await click(el, r.querySelector<HTMLButtonElement>('#undo')!);
    await waitUntil(() => text(r.querySelector('[part="toast"]')).includes('Modification annulée'), 'undone');
    expect(meterText(el, PHYSIQUE)).to.contain('Élèves : 0 / 340 — 340 disponibles');
    const removal = posts.find((p) => p.url.endsWith('/assignments/remove'))!;
    expect((removal.body as { assignmentIds: string[] }).assignmentIds).to.have.length(1);
    worker.events.removeListener('request:start', record);
  });

  it('prevents over-assignment up front: Anglais has 3 licences left, a whole class does not fit', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    await openFlow(el, ANGLAIS);
    const r = root(el);
    await click(el, r.querySelector<HTMLInputElement>('input[name="flow-public"][value="eleve"]')!);
    // The 6e do not hold it yet: a whole class needs far more than the 3 left.
    await click(el, checkbox(el, 'divisions', '6e A'));
    await click(el, checkbox(el, 'divisions', '6e B'));
    await click(el, r.querySelector<HTMLInputElement>('#everyone')!);
    const summary = await preview(el);
    expect(text(summary.querySelector('.summary-who'))).to.equal('Pour : tous les élèves, 6e A, 6e B');
    expect(text(summary)).to.match(/Il manque \d+ licences pour « .*Anglais.* » \(Élèves\) : \d+ nécessaires, 3 disponibles/);
    expect(r.querySelector<HTMLButtonElement>('#confirm')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('handles a 409 from the server: shortfalls shown, fresh counts, nothing applied', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    await openFlow(el, ANGLAIS);
    const r = root(el);
    await click(el, r.querySelector<HTMLInputElement>('input[name="flow-public"][value="eleve"]')!);
    // One person fits in the 3 left…
    const search = r.querySelector<HTMLInputElement>('#people-search')!;
    search.value = 'ma';
    search.dispatchEvent(new Event('input'));
    const results = await waitFor(() => {
      const found = r.querySelectorAll<HTMLInputElement>('.people-results input');
      return found.length > 0 && found;
    }, 'people found');
    await click(el, [...results][0]!);
    const summary = await preview(el);
    expect(text(summary)).to.match(/il en restera [23]\b/);
    // …but another responsable takes the licences meanwhile: the server answers 409.
    worker.use(
      http.post('/api/affectation/establishments/:uai/assignments', () =>
        HttpResponse.json(
          {
            type: 'https://ent-widgets.example/problems/licences-insufficient',
            title: 'Licences insuffisantes',
            status: 409,
            code: 'licences-insufficient',
            shortfalls: [{ subscriptionId: ANGLAIS, public: 'eleve', requested: 1, available: 0 }],
            subscriptions: [{ id: ANGLAIS, counts: [{ public: 'eleve', total: 100, assigned: 100, available: 0 }, { public: 'enseignant', total: 3, assigned: 3, available: 0 }, { public: 'documentaliste', total: 2, assigned: 2, available: 0 }] }],
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await click(el, r.querySelector<HTMLButtonElement>('#confirm')!);
    const alert = await waitFor(() => r.querySelector('.conflict[role="alert"]'), 'conflict');
    expect(text(alert)).to.contain('Rien n’a été affecté');
    expect(text(alert)).to.contain('licences demandées : 1, disponibles : 0');
    expect(r.querySelector('#confirm')).to.equal(null);
    expect(r.querySelector('[part="toast"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await click(el, tab(el, 'Abonnements'));
    expect(meterText(el, ANGLAIS)).to.contain('Élèves : 100 / 100 — 0 disponible');
  });

  it('retries a failed assignment with the same Idempotency-Key', async () => {
    useMock('responsable');
    const keys: Array<string | null> = [];
    let fail = true;
    worker.use(
      http.post('/api/affectation/establishments/:uai/assignments', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        if (fail) return HttpResponse.json({ type: 'about:blank', title: 'Erreur', status: 500, code: 'server-error' }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } });
        return undefined;
      }),
    );
    const el = await mount();
    await settled(el);
    await openFlow(el, PHYSIQUE);
    const r = root(el);
    await click(el, r.querySelector<HTMLInputElement>('input[name="flow-public"][value="eleve"]')!);
    await click(el, checkbox(el, 'divisions', '4e A'));
    await preview(el);
    await click(el, r.querySelector<HTMLButtonElement>('#confirm')!);
    await waitFor(() => r.querySelector('.conflict[role="alert"]'), 'failure shown');
    expect(text(r.querySelector('.conflict[role="alert"]'))).to.contain('réessayer sans risque de doublon');
    fail = false;
    await click(el, r.querySelector<HTMLButtonElement>('#confirm')!);
    await waitFor(() => r.querySelector('[part="toast"]'), 'assigned');
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string');
    expect(keys[1]).to.equal(keys[0]);
  });

  it('shows the Pix advisory before assigning it to teachers', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    await openFlow(el, PIX);
    const r = root(el);
    expect(r.querySelector('[part="advisory"]')).to.equal(null);
    await click(el, r.querySelector<HTMLInputElement>('input[name="flow-public"][value="enseignant"]')!);
    expect(text(r.querySelector('[part="advisory"]'))).to.match(/Avertissement pour ce public/);
    expect(r.querySelector('fieldset.divisions')).to.not.equal(null);
    await click(el, r.querySelector<HTMLInputElement>('input[name="flow-public"][value="eleve"]')!);
    expect(r.querySelector('[part="advisory"]')).to.equal(null);
  });

  it('switches establishment for a responsable of several', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    const select = root(el).querySelector<HTMLSelectElement>('#establishment')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['0330001A', '0330002B']);
    select.value = '0330002B';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => root(el).querySelector('tr[data-id^="sub-0330002B"]'), 'lycée subscriptions');
    expect(root(el).querySelector('tr[data-id^="sub-0330001A"]')).to.equal(null);
  });

  it('shows the establishment set by the uai attribute, and follows a change of it', async () => {
    useMock('responsable');
    const el = await mount({ uai: '0330002B' });
    await settled(el);
    expect(root(el).querySelector('tr[data-id^="sub-0330002B"]')).to.not.equal(null);
    expect(root(el).querySelector<HTMLSelectElement>('#establishment')!.value).to.equal('0330002B');
    el.uai = '0330001A';
    await waitUntil(() => root(el).querySelector('tr[data-id^="sub-0330001A"]'), 'collège after the change');
  });

  it('tells the page when licences change (gar-assignment-change)', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    const events: Array<{ uai: string; subscriptions: Array<{ id: string }> }> = [];
    el.addEventListener('gar-assignment-change', (e) => events.push((e as CustomEvent).detail));
    await openFlow(el, PHYSIQUE);
    await click(el, root(el).querySelector<HTMLInputElement>('input[name="flow-public"][value="eleve"]')!);
    await click(el, checkbox(el, 'divisions', '3e C'));
    await preview(el);
    await click(el, root(el).querySelector<HTMLButtonElement>('#confirm')!);
    await waitUntil(() => events.length === 1, 'event');
    expect(events[0]!.uai).to.equal('0330001A');
    expect(events[0]!.subscriptions.map((s) => s.id)).to.deep.equal([PHYSIQUE]);
  });

  it('finds the resource to assign by words typed, accents and case ignored, among radios that wrap long titles', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    await click(el, tab(el, 'Par ressource'));
    const r = root(el);
    const all = resourceChoices(el, '#flow-subscription');
    expect(all.length).to.be.greaterThan(20);
    expect(chosenResource(el, '#flow-subscription')).to.equal(undefined);
    const search = r.querySelector<HTMLInputElement>('#flow-subscription-search')!;
    expect(text(r.querySelector(`label[for="${search.id}"]`))).to.equal('Rechercher une ressource');
    search.value = 'PHYSIQUE chimie';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const found = resourceChoices(el, '#flow-subscription');
    expect(found.length).to.be.within(1, all.length - 1);
    for (const radio of found) expect(text(radio.closest('label'))).to.match(/Physique-Chimie/i);
    expect(text(r.querySelector('#flow-subscription-count'))).to.match(/^\d+ ressources? correspond/);
    await click(el, found.find((radio) => radio.value === PHYSIQUE)!);
    expect(chosenResource(el, '#flow-subscription')).to.equal(PHYSIQUE);
    // The choice stays listed whatever is typed next.
    search.value = 'zzz';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(resourceChoices(el, '#flow-subscription').map((radio) => radio.value)).to.deep.equal([PHYSIQUE]);
    expect(text(r.querySelector('#flow-subscription-count'))).to.equal('1 ressource correspond');
    await expect(el).to.be.accessible();
  });

  it('can be used with the keyboard only for a whole par ressource flow', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    const r = root(el);
    const active = () => r.activeElement as HTMLElement | null;
    row(el, PHYSIQUE).querySelector<HTMLButtonElement>('td .button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active()?.getAttribute('name') === 'flow-subscription' && (active() as HTMLInputElement).value === PHYSIQUE, 'focus on the chosen resource');
    await sendKeys({ press: 'Tab' });
    expect(active()?.tagName, 'the current assignments disclosure').to.equal('SUMMARY');
    await sendKeys({ press: 'Tab' });
    expect(active()?.getAttribute('name')).to.equal('flow-public');
    await sendKeys({ press: ' ' }); // the key value: 'Space' is a code that only Chromium's driver accepts
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(active()?.id, 'the whole population comes first').to.equal('everyone');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => active()?.closest('fieldset.divisions'), 'focus on the first class');
    await sendKeys({ press: ' ' }); // the key value: 'Space' is a code that only Chromium's driver accepts
    await el.updateComplete;
    expect((active() as HTMLInputElement).checked).to.equal(true);
    for (let i = 0; i < 80 && active()?.id !== 'preview'; i += 1) await sendKeys({ press: 'Tab' });
    expect(active()?.id).to.equal('preview');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active()?.id === 'confirm', 'focus on confirm');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active()?.getAttribute('part') === 'toast', 'focus on the confirmation');
    expect(text(active())).to.match(/Affectation enregistrée/);
  });
});
