import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import '../../src/announcements/define.js';
import type { EntTargetedAnnouncement } from '../../src/announcements/announcement.js';
import type { Announcement } from '../../src/shared/api/types.js';
import type { Locale } from '../../src/shared/i18n.js';
import { worker } from '../support/msw.js';
import '../support/contract.js';
import { announcement, backend, cantine, clock as sharedClock, confinement, greve, HOUR, iso, MINUTE, problem, sondage, T0, until } from './fixtures.js';

interface Mounted {
  el: EntTargetedAnnouncement;
  root: ShadowRoot;
  clock: { t: number };
}

function phaseOf(el: EntTargetedAnnouncement): string {
  return (el as unknown as { phase: string }).phase;
}

/** Mounts the element with a fake clock (starting at T0) and waits for the first answer. */
async function mount(options: { lang?: Locale; clock?: { t: number }; headingLevel?: number; refresh?: number } = {}): Promise<Mounted> {
  const clock = options.clock ?? sharedClock;
  const el = await fixture<EntTargetedAnnouncement>(
    html`<ent-targeted-announcement api-base="/api" lang=${options.lang ?? 'fr'} heading-level=${options.headingLevel ?? 2} refresh-interval=${options.refresh ?? 0} .now=${() => clock.t}></ent-targeted-announcement>`,
  );
  await until(() => phaseOf(el) !== 'loading');
  await el.updateComplete;
  return { el, root: el.shadowRoot!, clock };
}

const titles = (root: ShadowRoot) => [...root.querySelectorAll('article .title')].map((h) => h.textContent!.trim());
const article = (root: ShadowRoot, id: string) => root.querySelector<HTMLElement>(`article[data-id="${id}"]`);

/** Advances the fake clock and lets the element re-check, as when the tab becomes visible again. */
async function advance(m: Mounted, ms: number): Promise<void> {
  m.clock.t += ms;
  document.dispatchEvent(new Event('visibilitychange'));
  await m.el.updateComplete;
}

const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function stop(event: Event) {
  event.preventDefault();
}

describe('<ent-targeted-announcement>', () => {
  beforeEach(() => {
    sharedClock.t = T0;
  });
  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers();
  });

  describe('display', () => {
    it('orders the most severe first, then the newest', async () => {
      const older = announcement({ id: 'old', kind: 'avertissement', title: 'Ancien avertissement', startsAt: iso(T0 - 48 * HOUR) });
      const server = backend([cantine(), older, greve(), sondage(), confinement()]);
      worker.use(...server.handlers);
      const { root } = await mount();
      expect(titles(root)).to.deep.equal([
        'Exercice de confinement cet après-midi',
        'Grève des transports scolaires jeudi',
        'Ancien avertissement',
        'Sondage : voyage scolaire en Espagne',
        'Menus de la cantine de décembre',
      ]);
    });

    for (const lang of ['fr', 'en'] as Locale[]) {
      it(`writes each kind in words next to a hidden icon, accessible (${lang})`, async () => {
        const server = backend([cantine(), greve(), confinement()]);
        worker.use(...server.handlers);
        const { el, root } = await mount({ lang });
        const words = [...root.querySelectorAll('article .kind')].map((k) => k.textContent!.trim());
        expect(words).to.deep.equal(lang === 'fr' ? ['Alerte', 'Avertissement', 'Information'] : ['Alert', 'Warning', 'Information']);
        for (const icon of root.querySelectorAll('article .kind-icon')) expect(icon.getAttribute('aria-hidden')).to.equal('true');
        // The announcements' styles come with the code that draws them: adopted, the kind is an edge.
        expect(getComputedStyle(root.querySelector('article')!).borderLeftWidth).to.equal('6px');
        expect(root.querySelector('#region-title')!.textContent).to.equal(lang === 'fr' ? 'Annonces' : 'Announcements');
        // axe checks colour contrast of the kind words, headings, buttons and links.
        await expect(el).to.be.accessible();
      });
    }

    it('puts the region heading at heading-level and the titles one below', async () => {
      worker.use(...backend([cantine()]).handlers);
      const { root } = await mount({ headingLevel: 3 });
      expect(root.querySelector('#region-title')!.parentElement!.localName).to.equal('h3');
      expect(root.querySelector('article .title')!.localName).to.equal('h4');
    });

    it('renders hostile HTML in the body inert: no script, no handler, no javascript: link', async () => {
      const hostile = announcement({
        id: 'hostile',
        title: 'Message piégé',
        body:
          '<p>Bonjour <b>à tous</b></p><script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">' +
          '<a href="javascript:window.__pwned = 3">clic</a><a href="https://ent.example.fr/doc" onclick="window.__pwned = 4">doc</a>' +
          '<svg><script>window.__pwned = 5</script></svg><iframe src="javascript:window.__pwned = 6"></iframe><style>*{display:none}</style>',
      });
      worker.use(...backend([hostile]).handlers);
      const { root } = await mount();
      const body = root.querySelector('article .body')!;
      expect(body.querySelector('b')!.textContent).to.equal('à tous');
      expect(body.querySelectorAll('script, img, svg, iframe, style')).to.have.length(0);
      for (const el of body.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), attr).to.equal(false);
      }
      const links = [...body.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://ent.example.fr/doc']);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('marks an external link (new tab, noopener, spoken) apart from an ENT article, and lets the host take over', async () => {
      worker.use(...backend([cantine(), greve()]).handlers);
      const { el, root } = await mount();
      const external = article(root, 'greve')!.querySelector<HTMLAnchorElement>('.link a')!;
      expect(external.target).to.equal('_blank');
      expect(external.rel).to.equal('noopener noreferrer');
      expect(external.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('(nouvelle fenêtre)');
      expect(article(root, 'greve')!.querySelector('.link-kind')!.textContent).to.contain('Site externe');
      const internal = article(root, 'cantine')!.querySelector<HTMLAnchorElement>('.link a')!;
      expect(internal.hasAttribute('target')).to.equal(false);
      expect(internal.querySelector('.visually-hidden')).to.equal(null);
      expect(article(root, 'cantine')!.querySelector('.link-kind')!.textContent).to.contain('Article de l’ENT');

      const seen: unknown[] = [];
      const take = (event: Event) => {
        seen.push((event as CustomEvent).detail);
        event.preventDefault();
      };
      el.addEventListener('ent-announcement-link', take);
      document.addEventListener('click', stop, { once: true });
      internal.click();
      el.removeEventListener('ent-announcement-link', take);
      expect(seen).to.deep.equal([{ id: 'cantine', url: '/actualites/menus-decembre', external: false }]);
      expect(location.pathname).not.to.contain('actualites');
    });

    it('shows the illustration and attachments with name, type and localised size; unsafe URLs are dropped', async () => {
      const withFiles = announcement({
        id: 'files',
        title: 'Réunion parents-professeurs',
        illustration: { url: PIXEL, alt: 'Salle polyvalente du collège', width: 320, height: 200 },
        attachments: [
          { name: 'convocation.pdf', url: '/fichiers/convocation.pdf', size: 1_258_291, mimeType: 'application/pdf' },
          { name: 'planning.odt', url: '/fichiers/planning.odt', size: 20_480, mimeType: 'application/vnd.oasis.opendocument.text' },
          { name: 'piege.html', url: 'javascript:alert(1)', size: 10, mimeType: 'text/html' },
        ],
      });
      worker.use(...backend([withFiles]).handlers);
      const { el, root } = await mount();
      const img = root.querySelector<HTMLImageElement>('article img')!;
      expect(img.getAttribute('src')).to.equal(PIXEL);
      expect(img.alt).to.equal('Salle polyvalente du collège');
      const items = [...root.querySelectorAll('.attachments li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.deep.equal(['convocation.pdf (Fichier PDF, 1,2 Mo)', 'planning.odt (Fichier ODT, 20 Ko)']);
      expect(root.querySelector('.dates')!.textContent).to.contain('Publié le');
      await expect(el).to.be.accessible({ ignoredRules: ['image-alt'] });
    });

    it('shows dates in Europe/Paris', async () => {
      worker.use(...backend([announcement({ id: 'd', startsAt: '2026-11-24T07:30:00Z', endsAt: '2026-11-24T16:00:00Z' })]).handlers);
      const { root } = await mount();
      const text = root.querySelector('.dates')!.textContent!;
      expect(text).to.contain('08:30');
      expect(text).to.contain('17:00');
    });

    it('names the school of each announcement for someone of two schools, and for no one else', async () => {
      const college = { uai: '0330001A', name: 'Collège Jules-Ferry' };
      const lycee = { uai: '0330002B', name: 'Lycée polyvalent régional Jean-Baptiste-de-La-Salle-et-Germaine-Tillion' };
      const dates = (root: ShadowRoot) => [...root.querySelectorAll('.dates')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
      worker.use(...backend([cantine({ establishment: college }), greve({ establishment: lycee })]).handlers);
      let { el, root } = await mount();
      expect(dates(root).map((d) => d.split(' · ')[0])).to.deep.equal([lycee.name, 'Collège Jules-Ferry']);
      // A long French name wraps at 320 px: nothing sticks out sideways.
      el.style.width = '320px';
      await el.updateComplete;
      for (const article of root.querySelectorAll('article')) expect(article.scrollWidth, 'article width').to.be.at.most(article.clientWidth);
      expect(el.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
      fixtureCleanup();
      worker.resetHandlers();
      worker.use(...backend([cantine({ establishment: college }), greve({ establishment: college })]).handlers);
      ({ el, root } = await mount());
      for (const line of dates(root)) expect(line).to.match(/^Publié le/);
    });
  });

  describe('schedule', () => {
    it('shows an announcement when it starts and removes it when it ends, announcing newcomers politely', async () => {
      const later = announcement({ id: 'later', title: 'Conseil de classe des 3e', startsAt: iso(T0 + HOUR), endsAt: iso(T0 + 3 * HOUR) });
      const ending = announcement({ id: 'ending', title: 'Inscriptions à l’UNSS', endsAt: iso(T0 + 30 * MINUTE) });
      worker.use(...backend([cantine(), later, ending]).handlers);
      const m = await mount();
      expect(titles(m.root)).to.have.members(['Menus de la cantine de décembre', 'Inscriptions à l’UNSS']);

      await advance(m, 31 * MINUTE);
      expect(titles(m.root)).to.deep.equal(['Menus de la cantine de décembre']);

      await advance(m, 30 * MINUTE);
      expect(titles(m.root)).to.have.members(['Menus de la cantine de décembre', 'Conseil de classe des 3e']);
      expect(m.root.querySelector('[role="alert"]')).to.equal(null);
      await until(() => m.root.querySelector('.visually-hidden[role="status"]')!.textContent!.includes('Conseil de classe des 3e'));
      expect(m.root.querySelector('.visually-hidden[role="status"]')!.textContent).to.contain('Nouvelle annonce : Information, Conseil de classe des 3e');

      await advance(m, 2 * HOUR);
      expect(titles(m.root)).to.deep.equal(['Menus de la cantine de décembre']);
    });

    it('fetches the list again when the page comes back after the refresh interval', async () => {
      const server = backend([cantine()]);
      worker.use(...server.handlers);
      const m = await mount({ refresh: 60 });
      const gets = () => server.requests.filter((r) => r.method === 'GET').length;
      expect(gets()).to.equal(1);
      await advance(m, 30_000);
      expect(gets()).to.equal(1);
      server.announcements = [...server.announcements, greve()];
      await advance(m, 31_000);
      await until(() => titles(m.root).length === 2);
      expect(gets()).to.equal(2);
      expect(titles(m.root)[0]).to.equal('Grève des transports scolaires jeudi');
    });

    it('sets a timer to the next change', async () => {
      // Real time here: the element's own timer must fire.
      const start = Date.now();
      const soon = announcement({ id: 'soon', title: 'Fermeture du CDI à 16 h', startsAt: iso(start + 300), endsAt: iso(start + 900) });
      worker.use(...backend([cantine(), soon], { serverTime: () => Date.now() }).handlers);
      const el = await fixture<EntTargetedAnnouncement>(html`<ent-targeted-announcement api-base="/api"></ent-targeted-announcement>`);
      const root = el.shadowRoot!;
      await until(() => phaseOf(el) === 'ready');
      await until(() => titles(root).includes('Fermeture du CDI à 16 h'), 2000);
      await until(() => !titles(root).includes('Fermeture du CDI à 16 h'), 2000);
    });

    it('corrects a wrong client clock with serverTime', async () => {
      const now = announcement({ id: 'now', title: 'Photo de classe', startsAt: iso(T0 - 5 * MINUTE), endsAt: iso(T0 + HOUR) });
      worker.use(...backend([now], { serverTime: () => T0 }).handlers);
      // The pupil's computer is two hours late.
      const { root } = await mount({ clock: { t: T0 - 2 * HOUR } });
      expect(titles(root)).to.deep.equal(['Photo de classe']);
    });

    it('gives role="alert" only to an alert arriving while the page is open, never to one there at load', async () => {
      const arriving = announcement({ id: 'arriving', kind: 'alerte', title: 'Évacuation : alarme incendie', dismissible: false, startsAt: iso(T0 + 10 * MINUTE) });
      const info = announcement({ id: 'info', kind: 'information', title: 'Rappel : carnet de liaison', startsAt: iso(T0 + 10 * MINUTE) });
      worker.use(...backend([confinement(), arriving, info]).handlers);
      const m = await mount();
      expect(m.root.querySelectorAll('[role="alert"]')).to.have.length(0);
      await expect(m.el).to.be.accessible();

      await advance(m, 11 * MINUTE);
      const alerts = [...m.root.querySelectorAll('[role="alert"]')];
      expect(alerts).to.have.length(1);
      expect(alerts[0]!.closest('article')!.dataset.id).to.equal('arriving');
      expect(alerts[0]!.textContent).to.contain('Alerte');
      expect(article(m.root, 'confinement')!.querySelector('[role="alert"]')).to.equal(null);
      expect(article(m.root, 'info')!.querySelector('[role="alert"]')).to.equal(null);
      await expect(m.el).to.be.accessible();
    });
  });

  describe('dismissal', () => {
    it('hides optimistically, tells the server, moves focus to the next one, and can show it again', async () => {
      const server = backend([confinement(), greve(), cantine()]);
      worker.use(...server.handlers);
      const m = await mount();
      expect(article(m.root, 'confinement')!.querySelector('.dismiss'), 'alerte not dismissible').to.equal(null);
      const dismissed: unknown[] = [];
      m.el.addEventListener('ent-announcement-dismiss', (e) => dismissed.push((e as CustomEvent).detail));

      const button = article(m.root, 'greve')!.querySelector<HTMLButtonElement>('.dismiss')!;
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Masquer le message « Grève des transports scolaires jeudi »');
      button.click();
      await m.el.updateComplete;
      expect(article(m.root, 'greve')).to.equal(null);
      expect(dismissed).to.deep.equal([{ id: 'greve' }]);
      await until(() => m.root.activeElement === article(m.root, 'cantine'));
      await until(() => server.requests.some((r) => r.method === 'POST' && r.path === '/announcements/greve/read'));

      const toggle = m.root.querySelector<HTMLButtonElement>('.disclosure')!;
      expect(toggle.textContent!.trim()).to.equal('Message masqué (1)');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await m.el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await expect(m.el).to.be.accessible();

      m.root.querySelector<HTMLButtonElement>('.hidden-list button')!.click();
      await m.el.updateComplete;
      expect(titles(m.root)).to.include('Grève des transports scolaires jeudi');
      expect(m.root.querySelector('.disclosure')).to.equal(null);
      await until(() => server.requests.some((r) => r.method === 'DELETE' && r.path === '/announcements/greve/read'));
      await until(() => m.root.activeElement === article(m.root, 'greve'));
      // Shown again by the user: not announced as a newcomer.
      expect(m.root.querySelector('[role="alert"]')).to.equal(null);
    });

    it('moves focus to the region heading when the last one is closed', async () => {
      worker.use(...backend([cantine()]).handlers);
      const m = await mount();
      article(m.root, 'cantine')!.querySelector<HTMLButtonElement>('.dismiss')!.click();
      await until(() => m.root.activeElement === m.root.querySelector('#region-title'));
    });

    it('restores the announcement with a message when the server refuses', async () => {
      const server = backend([greve(), cantine()]);
      server.fail = (method) => (method === 'POST' ? problem(503, 'Service indisponible', { code: 'unavailable' }) : undefined);
      worker.use(...server.handlers);
      const m = await mount();
      article(m.root, 'greve')!.querySelector<HTMLButtonElement>('.dismiss')!.click();
      await m.el.updateComplete;
      expect(article(m.root, 'greve')).to.equal(null);
      await until(() => article(m.root, 'greve') !== null);
      expect(m.root.querySelector('.feedback')!.textContent).to.contain('n’a pas pu être masqué');
      expect(m.root.querySelector('.disclosure')).to.equal(null);
      await expect(m.el).to.be.accessible();
    });

    it('shows again an announcement edited after it was read, and keeps the others hidden', async () => {
      const edited = greve();
      edited.read = true;
      edited.readAt = iso(T0 - 2 * HOUR);
      edited.updatedAt = iso(T0 - HOUR);
      const stillRead = cantine();
      stillRead.read = true;
      stillRead.readAt = iso(T0 - HOUR);
      worker.use(...backend([edited, stillRead]).handlers);
      const m = await mount();
      expect(titles(m.root)).to.deep.equal(['Grève des transports scolaires jeudi']);
      expect(m.root.querySelector('.disclosure')!.textContent!.trim()).to.equal('Message masqué (1)');
    });

    it('renders nothing of a dismissed announcement before the list arrives', async () => {
      const read = cantine();
      read.read = true;
      read.readAt = iso(T0);
      worker.use(http.get('/api/announcements', async () => {
        await delay(400);
        return HttpResponse.json({ announcements: [read], serverTime: iso(T0) });
      }));
      const el = await fixture<EntTargetedAnnouncement>(html`<ent-targeted-announcement api-base="/api" .now=${() => T0}></ent-targeted-announcement>`);
      expect(el.shadowRoot!.querySelector('article')).to.equal(null);
      expect(el.hidden).to.equal(true);
      await until(() => el.shadowRoot!.querySelector('[aria-busy="true"]') !== null);
      expect(el.hidden).to.equal(false);
      await expect(el).to.be.accessible();
      await until(() => phaseOf(el) === 'ready');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('article')).to.equal(null);
    });
  });

  describe('forms', () => {
    it('validates on submit with messages tied to the fields, focusing the first invalid one', async () => {
      const server = backend([sondage()]);
      worker.use(...server.handlers);
      const m = await mount();
      const form = m.root.querySelector('form')!;
      const fieldsets = form.querySelectorAll('fieldset');
      expect(fieldsets[0]!.querySelectorAll('input[type="radio"]')).to.have.length(3);
      expect(fieldsets[1]!.querySelectorAll('input[type="checkbox"]')).to.have.length(3);
      expect(fieldsets[0]!.querySelector('legend')!.textContent).to.contain('(obligatoire)');
      await expect(m.el).to.be.accessible();

      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await m.el.updateComplete;
      expect(server.requests.filter((r) => r.path.endsWith('form-responses'))).to.have.length(0);
      for (const fieldset of [fieldsets[0]!, fieldsets[1]!]) {
        expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
        const error = m.root.getElementById(fieldset.getAttribute('aria-describedby')!)!;
        expect(error.textContent).to.match(/Choisissez une réponse|Cochez au moins une réponse/);
      }
      await until(() => m.root.activeElement === fieldsets[0]!.querySelector('input'));
      expect(m.root.querySelector('.form-status')!.textContent).to.contain('2 erreurs');
      await expect(m.el).to.be.accessible();

      // Fixing a field clears its message.
      fieldsets[0]!.querySelector<HTMLInputElement>('input')!.click();
      await m.el.updateComplete;
      expect(fieldsets[0]!.getAttribute('aria-invalid')).to.equal('false');
    });

    it('keeps the answers after a network failure and resends them with the same Idempotency-Key', async () => {
      const server = backend([sondage()]);
      let failures = 1;
      server.fail = (method, path) => (method === 'POST' && path.endsWith('form-responses') && failures-- > 0 ? HttpResponse.error() : undefined);
      worker.use(...server.handlers);
      const m = await mount();
      const answered: unknown[] = [];
      m.el.addEventListener('ent-announcement-answer', (e) => answered.push((e as CustomEvent).detail));
      const form = m.root.querySelector('form')!;
      const [single, multiple] = form.querySelectorAll('fieldset');
      single!.querySelectorAll<HTMLInputElement>('input')[0]!.click();
      multiple!.querySelectorAll<HTMLInputElement>('input')[0]!.click();
      multiple!.querySelectorAll<HTMLInputElement>('input')[2]!.click();
      const text = form.querySelector<HTMLInputElement>('input[type="text"]')!;
      text.value = 'Régime sans porc';
      text.dispatchEvent(new InputEvent('input'));
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => m.root.querySelector('.form-status')!.textContent!.includes('n’a pas pu être envoyée'));
      expect(single!.querySelectorAll<HTMLInputElement>('input')[0]!.checked).to.equal(true);
      expect(text.value).to.equal('Régime sans porc');
      await expect(m.el).to.be.accessible();

      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => m.root.querySelector('.form-status')!.textContent!.includes('Merci'));
      const posts = server.requests.filter((r) => r.path === '/announcements/sondage/form-responses');
      expect(posts).to.have.length(2);
      const [first, second] = posts.map((p) => p.headers.get('Idempotency-Key'));
      expect(first).to.be.a('string').and.not.equal('');
      expect(second).to.equal(first);
      expect(posts[1]!.body).to.deep.equal({
        answers: [
          { questionId: 'q-participe', optionIds: ['oui'] },
          { questionId: 'q-activites', optionIds: ['musee', 'football'] },
          { questionId: 'q-remarque', text: 'Régime sans porc' },
        ],
      });
      expect(answered).to.deep.equal([{ id: 'sondage' }]);
      expect(m.root.querySelector('form')).to.equal(null);
      await expect(m.el).to.be.accessible();
    });

    it('shows field errors of a 422 on their fields', async () => {
      const server = backend([sondage()]);
      server.fail = (method, path) =>
        method === 'POST' && path.endsWith('form-responses')
          ? problem(422, 'Saisie invalide', { code: 'invalid', errors: [{ field: 'answers.q-remarque', message: 'Ce texte contient un mot interdit.' }] })
          : undefined;
      worker.use(...server.handlers);
      const m = await mount();
      const form = m.root.querySelector('form')!;
      const [single, multiple] = form.querySelectorAll('fieldset');
      single!.querySelector<HTMLInputElement>('input')!.click();
      multiple!.querySelector<HTMLInputElement>('input')!.click();
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const text = form.querySelector<HTMLInputElement>('input[type="text"]')!;
      await until(() => text.getAttribute('aria-invalid') === 'true');
      const describedBy = text.getAttribute('aria-describedby')!.split(' ');
      expect(describedBy.map((id) => m.root.getElementById(id)!.textContent).join(' ')).to.contain('Ce texte contient un mot interdit.');
      await until(() => m.root.activeElement === text);
    });

    it('says "already answered" when the server knows it (flag or 409)', async () => {
      const done = sondage();
      done.id = 'deja';
      done.form = { ...done.form!, answered: true };
      const server = backend([done, { ...sondage(), id: 'conflit', title: 'Sondage : menus végétariens' }]);
      server.fail = (method, path) =>
        method === 'POST' && path === '/announcements/conflit/form-responses' ? problem(409, 'Déjà répondu', { code: 'already-answered' }) : undefined;
      worker.use(...server.handlers);
      const m = await mount();
      expect(article(m.root, 'deja')!.querySelector('form')).to.equal(null);
      expect(article(m.root, 'deja')!.querySelector('.form-status')!.textContent).to.contain('Vous avez déjà répondu');

      const form = article(m.root, 'conflit')!.querySelector('form')!;
      const [single, multiple] = form.querySelectorAll('fieldset');
      single!.querySelector<HTMLInputElement>('input')!.click();
      multiple!.querySelector<HTMLInputElement>('input')!.click();
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => article(m.root, 'conflit')!.querySelector('.form-status')!.textContent!.includes('Vous avez déjà répondu'));
      expect(article(m.root, 'conflit')!.querySelector('form')).to.equal(null);
    });
  });

  describe('states', () => {
    for (const lang of ['fr', 'en'] as Locale[]) {
      it(`error with retry, then the list (${lang})`, async () => {
        const server = backend([cantine()]);
        let failures = 1;
        server.fail = (method) => (method === 'GET' && failures-- > 0 ? problem(500, 'Erreur interne', { code: 'server-error' }) : undefined);
        worker.use(...server.handlers);
        const m = await mount({ lang });
        const alert = m.root.querySelector('[part="error"]')!;
        expect(alert.textContent).to.contain(lang === 'fr' ? 'Le service rencontre un problème' : 'The service has a problem');
        await expect(m.el).to.be.accessible();
        m.root.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
        await until(() => titles(m.root).length === 1);
      });

      it(`keeps the last good list with a notice when a refresh fails (${lang})`, async () => {
        const server = backend([greve()]);
        worker.use(...server.handlers);
        const m = await mount({ lang });
        server.fail = () => HttpResponse.error();
        await m.el.reload();
        await m.el.updateComplete;
        expect(titles(m.root)).to.deep.equal(['Grève des transports scolaires jeudi']);
        expect(m.root.querySelector('[part="stale-notice"]')).not.to.equal(null);
        await expect(m.el).to.be.accessible();
      });

      it(`is hidden when empty or signed out (${lang})`, async () => {
        worker.use(...backend([]).handlers);
        const empty = await mount({ lang });
        expect(empty.el.hidden).to.equal(true);
        await expect(empty.el).to.be.accessible();

        worker.use(http.get('/api/announcements', () => problem(401, 'Non connecté', { code: 'unauthorized' })));
        const out = await mount({ lang });
        expect(out.el.hidden).to.equal(true);
        expect(out.root.querySelector('section')).to.equal(null);
      });
    }

    it('is hidden when every announcement is in the future, and appears when one starts', async () => {
      worker.use(...backend([announcement({ id: 'f', title: 'Portes ouvertes samedi', startsAt: iso(T0 + HOUR) })]).handlers);
      const m = await mount();
      expect(m.el.hidden).to.equal(true);
      await advance(m, HOUR + MINUTE);
      expect(m.el.hidden).to.equal(false);
      expect(titles(m.root)).to.deep.equal(['Portes ouvertes samedi']);
    });
  });

  it('takes its API and language from an <ent-widgets-provider>', async () => {
    await import('../../src/shared/provider.js');
    const server = backend([greve()]);
    worker.use(
      http.get('/other-api/me', () =>
        HttpResponse.json({ id: 'u-1', displayName: 'Inès Lefèvre', profile: 'eleve', roles: [], establishments: [{ uai: '0330001A', name: 'Collège Jules-Ferry' }], currentUai: '0330001A' }),
      ),
    );
    worker.use(http.get('/other-api/announcements', () => HttpResponse.json({ announcements: [greve()], serverTime: iso(T0) })), ...server.handlers);
    const provider = await fixture(html`<ent-widgets-provider api-base="/other-api" lang="en"><ent-targeted-announcement refresh-interval="0" .now=${() => T0}></ent-targeted-announcement></ent-widgets-provider>`);
    const el = provider.querySelector('ent-targeted-announcement')!;
    await until(() => el.shadowRoot!.querySelector('article') !== null);
    expect(el.shadowRoot!.querySelector('article .kind')!.textContent!.trim()).to.equal('Warning');
    expect(server.requests).to.have.length(0);
  });

  it('speaks English', async () => {
    worker.use(...backend([greve(), sondage()]).handlers);
    const m = await mount({ lang: 'en' });
    const external = article(m.root, 'greve')!.querySelector('.link a .visually-hidden')!;
    expect(external.textContent!.trim()).to.equal('(opens in a new tab)');
    expect(article(m.root, 'greve')!.querySelector('.dismiss')!.textContent).to.contain('Hide the message');
    expect(m.root.querySelector('form button[type="submit"]')!.textContent!.trim()).to.equal('Send my answer');
    await expect(m.el).to.be.accessible();
  });
});

export type { Announcement };
