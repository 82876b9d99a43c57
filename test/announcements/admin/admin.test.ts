import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/announcements/define.js';
import type { EntAnnouncementAdmin } from '../../../src/announcements/admin/admin.js';
import type { EntTargetedAnnouncement } from '../../../src/announcements/announcement.js';
import { fromParisLocal, toParisLocal } from '../../../src/announcements/admin/paris-time.js';
import { validateDraft, emptyDraft, newQuestion, restoreDraft } from '../../../src/announcements/admin/admin-model.js';
import type { Locale } from '../../../src/shared/i18n.js';
import { configureMock, createHandlers, resetMockData } from '../../../src/mocks/index.js';
import { networkSettled, worker } from '../../support/msw.js';
import '../../support/contract.js';
import { problem, until } from '../fixtures.js';

function phaseOf(el: HTMLElement): string {
  return (el as unknown as { phase: string }).phase;
}

async function mountAdmin(lang: Locale = 'fr'): Promise<{ el: EntAnnouncementAdmin; root: ShadowRoot }> {
  const el = await fixture<EntAnnouncementAdmin>(html`<ent-announcement-admin api-base="/api" lang=${lang}></ent-announcement-admin>`);
  await until(() => phaseOf(el) !== 'loading');
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}

async function mountUser(): Promise<{ el: EntTargetedAnnouncement; root: ShadowRoot }> {
  const el = await fixture<EntTargetedAnnouncement>(html`<ent-targeted-announcement api-base="/api" refresh-interval="0"></ent-targeted-announcement>`);
  await until(() => phaseOf(el) !== 'loading');
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
}

function checkbox(root: ShadowRoot, legend: string, label: string): HTMLInputElement {
  const fieldset = [...root.querySelectorAll('fieldset fieldset')].find((f) => f.querySelector('legend')!.textContent!.trim() === legend)!;
  const match = [...fieldset.querySelectorAll('label')].find((l) => l.textContent!.trim() === label)!;
  return match.querySelector('input')!;
}

/** Opens the composer and waits for the audience choices and the first count. */
async function openComposer(el: EntAnnouncementAdmin, root: ShadowRoot): Promise<void> {
  root.querySelector<HTMLButtonElement>('.new-button')!.click();
  await el.updateComplete;
  await until(() => root.querySelector('fieldset fieldset') !== null && /\d/.test(root.querySelector('.reach')!.textContent!));
}

/** Picks files in a file input, as a user would. */
function choose(root: ShadowRoot, selector: string, files: File[]): void {
  const input = root.querySelector<HTMLInputElement>(selector)!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

function reachCount(root: ShadowRoot): number {
  return Number(root.querySelector('.reach')!.textContent!.replace(/\D/g, ''));
}

/** What widgets keep in localStorage (the composer's draft among them): each test starts without. */
function forgetStoredDrafts(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('ent-widgets:')) localStorage.removeItem(key);
}

const storedDraftKeys = () => Object.keys(localStorage).filter((key) => key.startsWith('ent-widgets:ent-announcement-admin:') && key.endsWith(':composer-draft'));

const userTitles = (root: ShadowRoot) => [...root.querySelectorAll('article .title')].map((h) => h.textContent!.trim());

describe('<ent-announcement-admin>', () => {
  beforeEach(() => {
    forgetStoredDrafts();
    resetMockData();
    configureMock({ user: 'admin', scenario: 'default', now: () => new Date() });
    worker.use(...createHandlers());
  });
  afterEach(async () => {
    fixtureCleanup();
    await networkSettled();
    forgetStoredDrafts();
    worker.resetHandlers();
    resetMockData();
    configureMock({ user: 'eleve', scenario: 'default' });
  });

  it('converts Paris wall times both ways, across daylight saving time', () => {
    expect(fromParisLocal('2026-11-24T09:00')).to.equal('2026-11-24T08:00:00.000Z');
    expect(fromParisLocal('2026-06-15T09:00')).to.equal('2026-06-15T07:00:00.000Z');
    expect(toParisLocal('2026-06-15T07:00:00Z')).to.equal('2026-06-15T09:00');
    expect(toParisLocal('2026-11-24T08:00:00.000Z')).to.equal('2026-11-24T09:00');
    expect(fromParisLocal('2026-02-30T09:00')).to.equal(undefined);
    expect(fromParisLocal('demain')).to.equal(undefined);
  });

  it('fills the end from a duration, in Paris wall time', async () => {
    const { el, root } = await mountAdmin();
    await openComposer(el, root);
    type(root.querySelector<HTMLInputElement>('#f-start')!, '2026-10-20T08:00');
    const duration = root.querySelector<HTMLSelectElement>('#f-duration')!;
    duration.value = '7';
    duration.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // Across the change to winter time: still 08:00 in Paris a week later.
    expect(root.querySelector<HTMLInputElement>('#f-end')!.value).to.equal('2026-10-27T08:00');
    expect(fromParisLocal('2026-10-27T08:00')).to.equal('2026-10-27T07:00:00.000Z');
  });

  it('validates the composer: title, link, schedule', () => {
    const draft = { ...emptyDraft(Date.parse('2026-11-24T08:00:40Z')), title: 'x'.repeat(121), linkUrl: 'javascript:alert(1)', endsAt: '2026-11-24T08:00' };
    // A new announcement starts now (this minute, Paris time): « Publier » means at once.
    expect(draft.startsAt).to.equal('2026-11-24T09:00');
    expect([...validateDraft(draft).keys()]).to.deep.equal(['title', 'link.url', 'link.label', 'endsAt']);
  });

  it('reads back a stored draft only when every field has its type', () => {
    const draft = {
      ...emptyDraft(Date.parse('2026-11-24T08:00:00Z')),
      kind: 'avertissement' as const,
      title: 'Brevet blanc',
      dismissible: false,
      questions: [{ ...newQuestion(), label: 'Présent ?', options: 'Oui\nNon' }],
      illustration: { url: '/demo-assets/uploads/u1/cdi.png', alt: '' },
      attachments: [{ id: 'u2', name: 'convocation.pdf', url: '/demo-assets/uploads/u2/convocation.pdf', size: 1200, mimeType: 'application/pdf' }],
    };
    expect(restoreDraft(JSON.parse(JSON.stringify(draft)))).to.deep.equal(draft);
    expect(restoreDraft(null)).to.equal(undefined);
    expect(restoreDraft({ ...draft, kind: 'urgent' })).to.equal(undefined);
    expect(restoreDraft({ ...draft, title: 3 })).to.equal(undefined);
    expect(restoreDraft({ ...draft, audience: { profiles: [], levels: '4e', divisions: [] } })).to.equal(undefined);
    expect(restoreDraft({ ...draft, attachments: [{ id: 'u2' }] })).to.equal(undefined);
  });

  for (const lang of ['fr', 'en'] as Locale[]) {
    it(`refuses non-admins (${lang})`, async () => {
      configureMock({ user: 'eleve' });
      const { el, root } = await mountAdmin(lang);
      expect(root.querySelector('[part="forbidden"]')!.textContent).to.contain(lang === 'fr' ? 'Seuls les administrateurs' : 'Only the school’s administrators');
      await expect(el).to.be.accessible();
    });

    it(`lists announcements by status with read counts and form results (${lang})`, async () => {
      const { el, root } = await mountAdmin(lang);
      const groups = [...root.querySelectorAll('.group')].map((g) => (g as HTMLElement).dataset.status);
      expect(groups[0]).to.equal('active');
      const row = root.querySelector('li[data-id="ann-sortie-4e"]')!;
      expect(row.querySelector('.reads')!.textContent).to.match(lang === 'fr' ? /Lue par .* destinataires/ : /Read by .* recipients/);
      const survey = root.querySelector('li[data-id="ann-enquete-cdi"]');
      if (survey) {
        expect(survey.querySelector('.results')).not.to.equal(null);
        // Many short-text answers: five shown, the rest folded.
        const texts = survey.querySelector('.results details');
        if (texts) expect(texts.previousElementSibling!.querySelectorAll('li')).to.have.length(5);
      }
      await expect(el).to.be.accessible();
    });
  }

  for (const lang of ['fr', 'en'] as Locale[]) {
    it(`shows loading, then an error with retry (${lang})`, async () => {
      let failures = 1;
      worker.use(
        http.get('/api/admin/announcements', async () => {
          await new Promise((resolve) => setTimeout(resolve, 150));
          return failures-- > 0
            ? HttpResponse.json({ title: 'Erreur', status: 500, code: 'server-error' }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } })
            : undefined;
        }),
      );
      const el = await fixture<EntAnnouncementAdmin>(html`<ent-announcement-admin api-base="/api" lang=${lang}></ent-announcement-admin>`);
      const root = el.shadowRoot!;
      expect(root.querySelector('[aria-busy="true"] [part="loading"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
      await until(() => phaseOf(el) === 'error');
      await el.updateComplete;
      expect(root.querySelector('[part="error"]')!.textContent).to.contain(lang === 'fr' ? 'Le service rencontre un problème' : 'The service has a problem');
      await expect(el).to.be.accessible();
      root.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await until(() => root.querySelectorAll('li.row').length > 0);
      await openComposer(el, root);
      await expect(el).to.be.accessible();
    });
  }

  it('checks the composer on save, with messages on the fields, focusing the first one', async () => {
    const { el, root } = await mountAdmin();
    await openComposer(el, root);
    type(root.querySelector<HTMLInputElement>('#f-url')!, 'javascript:alert(1)');
    type(root.querySelector<HTMLInputElement>('#f-end')!, '2020-01-01T08:00');
    root.querySelector<HTMLButtonElement>('.publish')!.click();
    await el.updateComplete;
    const title = root.querySelector<HTMLInputElement>('#f-title')!;
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById(title.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent).to.contain('Donnez un titre');
    expect(root.querySelector('#f-url')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#f-end')!.getAttribute('aria-invalid')).to.equal('true');
    await until(() => root.activeElement === title);
    await expect(el).to.be.accessible();
  });

  it('checks the poll: a question needs a wording and at least two choices', async () => {
    const { el, root } = await mountAdmin();
    await openComposer(el, root);
    type(root.querySelector<HTMLInputElement>('#f-title')!, 'Sondage : horaires du CDI');
    root.querySelector<HTMLButtonElement>('.add-question')!.click();
    await el.updateComplete;
    await until(() => root.activeElement === root.querySelector('#q-0-label'));
    root.querySelector<HTMLButtonElement>('.add-question')!.click();
    await el.updateComplete;
    type(root.querySelector<HTMLInputElement>('#q-1-label')!, 'Quel créneau préférez-vous ?');
    type(root.querySelector<HTMLTextAreaElement>('#q-1-options')!, 'Midi\n\nMidi');
    root.querySelector<HTMLButtonElement>('.publish')!.click();
    await el.updateComplete;
    const first = root.querySelector<HTMLInputElement>('#q-0-label')!;
    expect(first.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById(first.getAttribute('aria-describedby')!)!.textContent).to.contain('Donnez un intitulé');
    expect(root.querySelector('fieldset[data-index="1"]')!.textContent).to.contain('au moins deux choix');
    await until(() => root.activeElement === first);
    await expect(el).to.be.accessible();
  });

  it('uploads an illustration and attachments within the limits, refusing the others before sending', async () => {
    const uploads: string[] = [];
    const listen = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname === '/api/uploads') uploads.push(request.method);
    };
    worker.events.on('request:start', listen);
    const { el, root } = await mountAdmin();
    await openComposer(el, root);
    const huge = new File([new Uint8Array(6 * 1024 * 1024)], 'affiche.png', { type: 'image/png' });
    choose(root, '#f-illustration', [huge]);
    await el.updateComplete;
    const illustration = root.querySelector<HTMLInputElement>('#f-illustration')!;
    expect(illustration.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById(illustration.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent).to.contain('dépasse 5 Mo');
    choose(root, '#f-attachments', [new File(['MZ'], 'programme.exe', { type: 'application/x-msdownload' })]);
    await el.updateComplete;
    expect(root.querySelector('#f-attachments')!.getAttribute('aria-invalid')).to.equal('true');
    expect(uploads).to.deep.equal([]);

    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (ch) => ch.charCodeAt(0));
    choose(root, '#f-illustration', [new File([png], 'cdi.png', { type: 'image/png' })]);
    await until(() => root.querySelector('#f-alt') !== null);
    choose(root, '#f-attachments', [new File(['%PDF-1.4 programme'], 'programme-voyage.pdf', { type: 'application/pdf' })]);
    await until(() => root.querySelectorAll('.files li').length === 1);
    expect(uploads).to.deep.equal(['POST', 'POST']);
    worker.events.removeListener('request:start', listen);
    expect(root.querySelector('#f-illustration')!.getAttribute('aria-invalid')).to.equal('false');
    type(root.querySelector<HTMLInputElement>('#f-alt')!, 'Le CDI du collège');
    type(root.querySelector<HTMLInputElement>('#f-title')!, 'Programme du voyage');
    await el.updateComplete;
    const preview = root.querySelector('.preview article')!;
    expect(preview.querySelector('img')!.getAttribute('alt')).to.equal('Le CDI du collège');
    expect(preview.querySelector('.attachments li')!.textContent).to.contain('programme-voyage.pdf');
    await expect(el).to.be.accessible();
    root.querySelector<HTMLFormElement>('.composer form')!.requestSubmit();
    await until(() => root.querySelector('.feedback')!.textContent!.includes('est enregistrée'));
  });

  it('shows an indeterminate bar while the browser reports no upload progress (msw answers through a service worker)', async () => {
    worker.use(
      http.post('/api/uploads', async () => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        return undefined; // then the mock back end answers
      }),
    );
    const { el, root } = await mountAdmin();
    await openComposer(el, root);
    choose(root, '#f-attachments', [new File(['%PDF-1.4 reglement'], 'reglement.pdf', { type: 'application/pdf' })]);
    await until(() => root.querySelector('.upload-status progress') !== null);
    const bar = root.querySelector<HTMLProgressElement>('.upload-status progress')!;
    expect(bar.hasAttribute('max'), 'no progress event: indeterminate').to.equal(false);
    expect(bar.getAttribute('aria-label')).to.equal('Envoi de « reglement.pdf »…');
    await expect(el).to.be.accessible();
    await until(() => root.querySelectorAll('.files li').length === 1);
    expect(root.querySelector('.upload-status progress')).to.equal(null);
    expect(root.querySelector('.upload-status')!.textContent).to.contain('« reglement.pdf » est envoyé.');
  });

  describe('against a real endpoint outside msw (upload progress)', () => {
    // Chromium reports no upload progress for a request a service worker handles, even when msw
    // passes it through: msw is stopped while the file travels to the test server's route.
    const base = '/upload-echo-api';
    async function mountOnEcho(): Promise<{ el: EntAnnouncementAdmin; root: ShadowRoot }> {
      worker.use(...createHandlers({ base }));
      const el = await fixture<EntAnnouncementAdmin>(html`<ent-announcement-admin api-base=${base} lang="fr"></ent-announcement-admin>`);
      await until(() => phaseOf(el) !== 'loading');
      await el.updateComplete;
      await openComposer(el, el.shadowRoot!);
      return { el, root: el.shadowRoot! };
    }
    async function stopMsw(): Promise<void> {
      worker.use(http.get('/__upload-echo/probe', () => HttpResponse.text('msw')));
      expect(await (await fetch('/__upload-echo/probe')).text()).to.equal('msw');
      worker.stop();
      // Stopped once the probe reaches the test server's route instead.
      for (let i = 0; i < 100 && (await (await fetch('/__upload-echo/probe')).text()) !== 'server'; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    afterEach(async () => {
      await worker.start({
        serviceWorker: { url: '/mockServiceWorker.js' },
        quiet: true,
        onUnhandledRequest(request, print) {
          if (/^\/[\w-]*api\//.test(new URL(request.url).pathname)) print.error();
        },
      });
    });

    it('reports the bytes sent: a determinate bar that grows to 100 %, a polite text, then the file', async () => {
      const { el, root } = await mountOnEcho();
      await stopMsw();
      const big = new File([new Uint8Array(8 * 1024 * 1024)], 'dossier-voyage.pdf', { type: 'application/pdf' });
      choose(root, '#f-attachments', [big]);
      const seen: number[] = [];
      const texts = new Set<string>();
      await until(() => {
        const bar = root.querySelector<HTMLProgressElement>('.upload-status progress');
        if (bar?.hasAttribute('max')) {
          expect(bar.max).to.equal(100);
          expect(bar.getAttribute('aria-label')).to.equal('Envoi de « dossier-voyage.pdf »…');
          if (seen.at(-1) !== bar.value) seen.push(bar.value);
          texts.add(root.querySelector('.upload-status .uploading span')!.textContent!.trim());
        }
        return root.querySelectorAll('.files li').length === 1;
      }, 15_000);
      expect(seen.length, `progress seen: ${seen.join(', ')}`).to.be.greaterThan(1);
      expect(seen.some((v) => v > 0 && v < 100), `an intermediate value in ${seen.join(', ')}`).to.equal(true);
      for (let i = 1; i < seen.length; i++) expect(seen[i]).to.be.greaterThan(seen[i - 1]!);
      expect(seen.at(-1)).to.equal(100);
      expect([...texts].at(-1)).to.match(/^Envoi de « dossier-voyage\.pdf » : 100\s%$/);
      expect(root.querySelector('.files li')!.textContent).to.contain('dossier-voyage.pdf');
      expect(root.querySelector('.files li')!.textContent).to.match(/8\sMo/);
      expect(root.querySelector('.upload-status')!.textContent).to.contain('« dossier-voyage.pdf » est envoyé.');
      await el.updateComplete;
      expect(root.querySelector('.preview article .attachments li')!.textContent).to.contain('dossier-voyage.pdf');
    });

    it('cancels an upload on the way: nothing attached, no error, said politely', async () => {
      const { el, root } = await mountOnEcho();
      await stopMsw();
      choose(root, '#f-attachments', [new File([new Uint8Array(9 * 1024 * 1024)], 'video-sortie.mp4', { type: 'video/mp4' })]);
      await until(() => root.querySelector('.upload-status .cancel-upload') !== null);
      await expect(el).to.be.accessible();
      const cancel = root.querySelector<HTMLButtonElement>('.upload-status .cancel-upload')!;
      expect(cancel.textContent!.trim()).to.equal('Annuler l’envoi de « video-sortie.mp4 »');
      cancel.click();
      await until(() => root.querySelector('.upload-status')!.textContent!.includes('L’envoi de « video-sortie.mp4 » est annulé.'));
      expect(root.querySelectorAll('.files li')).to.have.length(0);
      expect(root.querySelector('#f-attachments')!.getAttribute('aria-invalid')).to.equal('false');
    });
  });

  it('previews exactly what users see, sanitised', async () => {
    const { el, root } = await mountAdmin();
    await openComposer(el, root);
    root.querySelectorAll<HTMLInputElement>('input[name="kind"]')[2]!.click();
    type(root.querySelector<HTMLInputElement>('#f-title')!, 'Alerte météo : collège fermé demain');
    type(root.querySelector<HTMLTextAreaElement>('#f-body')!, '<p>Vigilance <strong>rouge</strong>.</p><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">');
    await el.updateComplete;
    const preview = root.querySelector('.preview article')!;
    expect(preview.classList.contains('kind-alerte')).to.equal(true);
    expect(preview.querySelector('.kind')!.textContent!.trim()).to.equal('Alerte');
    expect(preview.querySelector('.title')!.textContent!.trim()).to.equal('Alerte météo : collège fermé demain');
    expect(preview.querySelector('.body')!.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal('<p>Vigilance <strong>rouge</strong>.</p>');
    // alerte: not dismissible by default, like users will get it.
    expect(preview.querySelector('.dismiss')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('counts the people an audience reaches', async () => {
    const { el, root } = await mountAdmin();
    await openComposer(el, root);
    const everyone = reachCount(root);
    checkbox(root, 'Niveaux', '4e').click();
    checkbox(root, 'Profils', 'Élèves').click();
    await until(() => /\d/.test(root.querySelector('.reach')!.textContent!) && reachCount(root) !== everyone);
    const pupils4e = reachCount(root);
    expect(pupils4e).to.be.greaterThan(0).and.lessThan(everyone);
    await el.updateComplete;
  });

  it('offers the levels and classes of the admin’s establishment only (a collège admin: no lycée class)', async () => {
    const { el, root } = await mountAdmin();
    await openComposer(el, root);
    const group = (name: string) =>
      [...root.querySelectorAll('fieldset fieldset')].find((set) => set.querySelector('legend')!.textContent!.trim() === name)!;
    const labels = (name: string) => [...group(name).querySelectorAll('label')].map((label) => label.textContent!.trim());
    expect(labels('Niveaux')).to.deep.equal(['6e', '5e', '4e', '3e']);
    expect(labels('Classes')).to.include('4e B');
    expect(labels('Classes').filter((name) => /^(2nde|1re|Tle|Term)/.test(name))).to.deep.equal([]);
  });

  it('wide: the preview stays in view beside « Publier »; a question is a padded, bordered block', async () => {
    const { el, root } = await mountAdmin();
    el.style.display = 'block';
    el.style.width = '1100px';
    await openComposer(el, root);
    type(root.querySelector<HTMLInputElement>('#f-title')!, 'Sortie au théâtre des 4e');
    root.querySelector<HTMLButtonElement>('.add-question')!.click();
    await el.updateComplete;
    const publish = root.querySelector<HTMLButtonElement>('.publish')!;
    publish.scrollIntoView({ block: 'end' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const preview = root.querySelector<HTMLElement>('[part="preview"]')!;
    const beside = preview.getBoundingClientRect();
    const button = publish.getBoundingClientRect();
    expect(beside.left).to.be.at.least(button.right);
    // In the viewport with the button, showing the announcement being written.
    expect(beside.top).to.be.at.least(0);
    expect(beside.top).to.be.below(innerHeight);
    expect(preview.textContent).to.contain('Sortie au théâtre des 4e');
    const question = getComputedStyle(root.querySelector('.question-editor')!);
    expect(parseFloat(question.paddingLeft)).to.be.at.least(8);
    expect(parseFloat(question.paddingTop)).to.be.at.least(4);
    expect(parseFloat(question.borderTopWidth)).to.be.at.least(1);
    await expect(el).to.be.accessible();
  });

  it('says when the audience choices cannot be loaded, and loads them on retry', async () => {
    worker.use(http.get('/api/admin/audience', () => problem(503, 'Service Unavailable'), { once: true }));
    const { el, root } = await mountAdmin();
    root.querySelector<HTMLButtonElement>('.new-button')!.click();
    await el.updateComplete;
    await until(() => root.querySelector('.field-error button') !== null);
    const retry = root.querySelector<HTMLButtonElement>('.field-error button')!;
    expect(root.querySelector('.field-error')!.textContent).to.contain('Le service ne répond pas');
    expect(root.querySelector('fieldset fieldset')).to.equal(null);
    retry.click();
    await until(() => root.querySelector('fieldset fieldset') !== null);
    expect(root.querySelector('.field-error')).to.equal(null);
    expect(checkbox(root, 'Profils', 'Élèves')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('an avertissement with a poll scheduled for 4e pupils: a 4e pupil answers it, a 3e pupil and a teacher do not see it, the admin reads the results', async () => {
    const { el, root } = await mountAdmin();
    await openComposer(el, root);
    root.querySelectorAll<HTMLInputElement>('input[name="kind"]')[1]!.click();
    type(root.querySelector<HTMLInputElement>('#f-title')!, 'Voyage en Espagne : réunion d’information');
    type(root.querySelector<HTMLTextAreaElement>('#f-body')!, '<p>Réunion pour les familles des 4e, jeudi à 18 h.</p>');
    // Started a minute ago, so that it shows at once, for a week.
    type(root.querySelector<HTMLInputElement>('#f-start')!, toParisLocal(new Date(Date.now() - 60_000).toISOString()));
    const duration = root.querySelector<HTMLSelectElement>('#f-duration')!;
    duration.value = '7';
    duration.dispatchEvent(new Event('change'));
    checkbox(root, 'Profils', 'Élèves').click();
    checkbox(root, 'Niveaux', '4e').click();
    // A poll: one single-choice question.
    root.querySelector<HTMLButtonElement>('.add-question')!.click();
    await el.updateComplete;
    type(root.querySelector<HTMLInputElement>('#q-0-label')!, 'Serez-vous présents ?');
    type(root.querySelector<HTMLTextAreaElement>('#q-0-options')!, 'Oui\nNon\nPeut-être');
    await el.updateComplete;
    // The preview shows the poll as users will get it.
    expect(root.querySelectorAll('.preview article form input[type="radio"]')).to.have.length(3);
    await expect(el).to.be.accessible();
    expect(root.querySelector('.publish')!.textContent!.trim()).to.equal('Publier');
    root.querySelector<HTMLButtonElement>('.publish')!.click();
    await until(() => root.querySelector('.feedback')!.textContent!.includes('est publiée'));
    expect(root.querySelector('.feedback')!.textContent).to.match(/visible dès maintenant par \d+ personnes/);
    const row = [...root.querySelectorAll('li.row')].find((li) => li.textContent!.includes('Voyage en Espagne'))!;
    expect(row.closest('.group')!.getAttribute('data-status')).to.equal('active');
    const id = (row as HTMLElement).dataset.id!;
    fixtureCleanup();

    configureMock({ user: 'eleve' });
    const pupil = await mountUser();
    expect(userTitles(pupil.root)).to.include('Voyage en Espagne : réunion d’information');
    const card = pupil.root.querySelector(`article[data-id="${id}"]`)!;
    expect(card.querySelector('.kind')!.textContent!.trim()).to.equal('Avertissement');
    const radios = card.querySelectorAll<HTMLInputElement>('form input[type="radio"]');
    expect(radios).to.have.length(3);
    radios[0]!.click();
    card.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await until(() => card.querySelector('.form-status')!.textContent!.includes('Merci'));
    pupil.root.querySelector<HTMLButtonElement>(`article[data-id="${id}"] .dismiss`)!.click();
    await until(() => pupil.root.querySelector('.disclosure') !== null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    fixtureCleanup();

    // A 3e pupil of the same collège: not of the level chosen.
    configureMock({ user: 'eleve3e' });
    const third = await mountUser();
    // Signed in as a collège pupil: the survey for 6e–3e pupils reaches him, the 4e ones do not.
    expect(userTitles(third.root)).to.include('Enquête : votre avis sur le CDI');
    expect(userTitles(third.root)).not.to.include('4e : autorisation de sortie à rendre avant vendredi');
    expect(userTitles(third.root)).not.to.include('Voyage en Espagne : réunion d’information');
    expect(third.root.querySelector(`article[data-id="${id}"]`)).to.equal(null);
    fixtureCleanup();

    configureMock({ user: 'enseignant' });
    const teacher = await mountUser();
    expect(userTitles(teacher.root)).not.to.include('Voyage en Espagne : réunion d’information');
    fixtureCleanup();

    configureMock({ user: 'admin' });
    const admin = await mountAdmin();
    const row2 = admin.root.querySelector(`li[data-id="${id}"]`)!;
    expect(row2.querySelector('.reads')!.textContent).to.match(/Lue par 1 personne sur \d+ destinataires/);
    expect(row2.querySelector('.results')!.textContent).to.contain('1 réponse au questionnaire');
    expect(row2.querySelector('.results')!.textContent).to.contain('Oui : 1');
    expect(row2.querySelector('.results')!.textContent).to.contain('Non : 0');
  });

  it('on the mock back end, a 4e pupil sees hers most severe first, hides one for good and cannot answer twice', async () => {
    configureMock({ user: 'eleve' });
    const first = await mountUser();
    const kinds = [...first.root.querySelectorAll('article .kind-word')].map((k) => k.textContent);
    expect(kinds[0]).to.equal('Alerte');
    expect(userTitles(first.root)).to.include('4e : autorisation de sortie à rendre avant vendredi');
    first.root.querySelector<HTMLButtonElement>('article[data-id="ann-sortie-4e"] .dismiss')!.click();
    const survey = first.root.querySelector('article[data-id="ann-enquete-cdi"]')!;
    survey.querySelector<HTMLInputElement>('form fieldset input[type="radio"]')!.click();
    survey.querySelectorAll('form fieldset')[1]!.querySelector<HTMLInputElement>('input')!.click();
    survey.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await until(() => survey.querySelector('.form-status')!.textContent!.includes('Merci'));
    await expect(first.el).to.be.accessible();
    fixtureCleanup();

    const again = await mountUser();
    expect(userTitles(again.root)).not.to.include('4e : autorisation de sortie à rendre avant vendredi');
    expect(again.root.querySelector('.disclosure')!.textContent).to.contain('(1)');
    const answered = again.root.querySelector('article[data-id="ann-enquete-cdi"]')!;
    expect(answered.querySelector('form')).to.equal(null);
    expect(answered.querySelector('.form-status')!.textContent).to.contain('Vous avez déjà répondu');
  });

  it('a scheduled announcement is listed as scheduled, and appears on an open page when its start comes', async () => {
    const { el, root } = await mountAdmin();
    await openComposer(el, root);
    root.querySelectorAll<HTMLInputElement>('input[name="kind"]')[1]!.click();
    type(root.querySelector<HTMLInputElement>('#f-title')!, 'Brevet blanc des 4e : convocations');
    type(root.querySelector<HTMLInputElement>('#f-start')!, toParisLocal(new Date(Date.now() + 10 * 60_000).toISOString()));
    checkbox(root, 'Niveaux', '4e').click();
    await el.updateComplete;
    // A later start: the button says what will happen, and so does the notice (in the success colour).
    expect(root.querySelector('.publish')!.textContent!.trim()).to.equal('Programmer');
    root.querySelector<HTMLButtonElement>('.publish')!.click();
    await until(() => root.querySelector('.feedback')!.textContent!.includes('est programmée le'));
    expect(root.querySelector('.feedback')!.textContent).to.match(/pour \d+ personnes/);
    expect(getComputedStyle(root.querySelector('.feedback')!).borderLeftColor).to.equal('rgb(23, 104, 58)');
    const row = [...root.querySelectorAll('li.row')].find((li) => li.textContent!.includes('Brevet blanc des 4e'))!;
    expect(row.closest('.group')!.getAttribute('data-status')).to.equal('scheduled');
    fixtureCleanup();

    configureMock({ user: 'eleve' });
    let shift = 0;
    const page = await fixture<EntTargetedAnnouncement>(
      html`<ent-targeted-announcement api-base="/api" refresh-interval="0" .now=${() => Date.now() + shift}></ent-targeted-announcement>`,
    );
    await until(() => phaseOf(page) === 'ready');
    await page.updateComplete;
    const root2 = page.shadowRoot!;
    expect(userTitles(root2)).not.to.include('Brevet blanc des 4e : convocations');
    shift = 11 * 60_000;
    document.dispatchEvent(new Event('visibilitychange'));
    await page.updateComplete;
    expect(userTitles(root2)).to.include('Brevet blanc des 4e : convocations');
    await until(() => root2.querySelector('.visually-hidden[role="status"]')!.textContent!.includes('Brevet blanc des 4e'));
  });

  it('keeps what was typed when saving fails, and resends with the same Idempotency-Key', async () => {
    const keys: string[] = [];
    let failures = 1;
    worker.use(
      http.post('/api/admin/announcements', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key') ?? '');
        return failures-- > 0 ? HttpResponse.error() : undefined;
      }),
    );
    const { el, root } = await mountAdmin();
    await openComposer(el, root);
    type(root.querySelector<HTMLInputElement>('#f-title')!, 'Fermeture exceptionnelle du CDI');
    type(root.querySelector<HTMLTextAreaElement>('#f-body')!, '<p>Le CDI sera fermé mercredi après-midi.</p>');
    root.querySelector<HTMLFormElement>('.composer form')!.requestSubmit();
    await until(() => root.querySelector('.composer .form-status')!.textContent!.includes('Votre saisie est conservée'));
    expect(root.querySelector<HTMLInputElement>('#f-title')!.value).to.equal('Fermeture exceptionnelle du CDI');
    await expect(el).to.be.accessible();
    root.querySelector<HTMLFormElement>('.composer form')!.requestSubmit();
    await until(() => root.querySelector('.feedback')!.textContent!.includes('est enregistrée'));
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    const row = [...root.querySelectorAll('li.row')].find((li) => li.textContent!.includes('Fermeture exceptionnelle du CDI'))!;
    expect(row.closest('.group')!.getAttribute('data-status')).to.equal('draft');
  });

  it('edits an announcement: users who hid it see it again', async () => {
    configureMock({ user: 'eleve' });
    const pupil = await mountUser();
    pupil.root.querySelector<HTMLButtonElement>('article[data-id="ann-sortie-4e"] .dismiss')!.click();
    await until(() => pupil.root.querySelector('.disclosure') !== null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    fixtureCleanup();

    configureMock({ user: 'admin' });
    const { el, root } = await mountAdmin();
    root.querySelector<HTMLButtonElement>('li[data-id="ann-sortie-4e"] .edit')!.click();
    await el.updateComplete;
    const title = root.querySelector<HTMLInputElement>('#f-title')!;
    expect(title.value).to.equal('4e : autorisation de sortie à rendre avant vendredi');
    type(title, '4e : autorisation de sortie à rendre avant jeudi');
    root.querySelector<HTMLFormElement>('.composer form')!.requestSubmit();
    await until(() => root.querySelector('.feedback')!.textContent!.includes('avant jeudi'));
    fixtureCleanup();

    configureMock({ user: 'eleve' });
    const again = await mountUser();
    expect(userTitles(again.root)).to.include('4e : autorisation de sortie à rendre avant jeudi');
  });

  it('asks before dropping what was typed', async () => {
    const { el, root } = await mountAdmin();
    await openComposer(el, root);
    root.querySelector<HTMLButtonElement>('.composer .cancel')!.click();
    await el.updateComplete;
    expect(root.querySelector('.composer'), 'nothing typed: closes at once').to.equal(null);
    await openComposer(el, root);
    type(root.querySelector<HTMLInputElement>('#f-title')!, 'Rentrée des vacances de Noël');
    root.querySelector<HTMLButtonElement>('.composer .cancel')!.click();
    await until(() => root.activeElement === root.querySelector('.discard .danger'));
    await expect(el).to.be.accessible();
    root.querySelector<HTMLButtonElement>('.discard .keep')!.click();
    await el.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#f-title')!.value).to.equal('Rentrée des vacances de Noël');
    root.querySelector<HTMLButtonElement>('li[data-id="ann-photos"] .edit')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('.discard .danger')!.click();
    await el.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#f-title')!.value).to.equal('Photos de classe : commandes closes');
  });

  describe('keeps a new announcement being typed across a reload', () => {
    const TITLE = 'Sortie au Futuroscope : inscriptions';
    async function typeDraft(): Promise<void> {
      const { el, root } = await mountAdmin();
      await openComposer(el, root);
      root.querySelectorAll<HTMLInputElement>('input[name="kind"]')[1]!.click();
      type(root.querySelector<HTMLInputElement>('#f-title')!, TITLE);
      type(root.querySelector<HTMLTextAreaElement>('#f-body')!, '<p>Inscriptions jusqu’au 4 décembre.</p>');
      checkbox(root, 'Niveaux', '4e').click();
      await el.updateComplete;
      // The page goes away (a reload, a closed tab) without saving.
      fixtureCleanup();
    }

    it('restores it for the same admin, with a notice and a way to discard it', async () => {
      await typeDraft();
      expect(storedDraftKeys()).to.deep.equal(['ent-widgets:ent-announcement-admin:u-admin-ent-1:composer-draft']);
      const { el, root } = await mountAdmin();
      expect(root.querySelector('.composer'), 'opened at once on what was typed').not.to.equal(null);
      expect(root.querySelector<HTMLInputElement>('#f-title')!.value).to.equal(TITLE);
      expect(root.querySelector<HTMLTextAreaElement>('#f-body')!.value).to.equal('<p>Inscriptions jusqu’au 4 décembre.</p>');
      expect(root.querySelectorAll<HTMLInputElement>('input[name="kind"]')[1]!.checked).to.equal(true);
      await until(() => root.querySelector('fieldset fieldset') !== null);
      await el.updateComplete;
      expect(checkbox(root, 'Niveaux', '4e').checked).to.equal(true);
      expect(root.querySelector('.preview article .title')!.textContent!.trim()).to.equal(TITLE);
      const notice = root.querySelector('.draft-notice [role="status"]')!;
      expect(notice.textContent).to.match(/^Brouillon non enregistré du .+ restauré : vous pouvez reprendre la saisie\.$/);
      expect(root.activeElement, 'no focus moved on load').to.equal(null);
      await expect(el).to.be.accessible();
      // Leaving asks first, like anything typed.
      root.querySelector<HTMLButtonElement>('.composer .cancel')!.click();
      await until(() => root.querySelector('.discard') !== null);
      root.querySelector<HTMLButtonElement>('.discard .keep')!.click();
      await el.updateComplete;
      // Discarding the draft forgets it.
      root.querySelector<HTMLButtonElement>('.discard-draft')!.click();
      await el.updateComplete;
      expect(root.querySelector('.composer')).to.equal(null);
      await until(() => root.activeElement === root.querySelector('.new-button'));
      expect(storedDraftKeys()).to.deep.equal([]);
      fixtureCleanup();
      const again = await mountAdmin();
      expect(again.root.querySelector('.composer')).to.equal(null);
      await openComposer(again.el, again.root);
      expect(again.root.querySelector<HTMLInputElement>('#f-title')!.value).to.equal('');
      expect(again.root.querySelector('.draft-notice')).to.equal(null);
    });

    it('in English too', async () => {
      await typeDraft();
      const { el, root } = await mountAdmin('en');
      expect(root.querySelector('.draft-notice [role="status"]')!.textContent).to.match(/^Unsaved draft from .+ restored: you can carry on typing\.$/);
      expect(root.querySelector('.discard-draft')!.textContent!.trim()).to.equal('Discard draft');
      await expect(el).to.be.accessible();
    });

    it('is not restored for another admin on the same computer', async () => {
      await typeDraft();
      let other = true;
      worker.use(
        http.get('/api/me', () =>
          other
            ? HttpResponse.json({
                id: 'u-admin-ent-2',
                displayName: 'Nadia Benali',
                profile: 'admin',
                roles: ['admin-ent'],
                establishments: [{ uai: '0330001A', name: 'Collège Jules-Ferry' }],
                currentUai: '0330001A',
              })
            : undefined,
        ),
      );
      const second = await mountAdmin();
      expect(second.root.querySelector('.composer')).to.equal(null);
      await openComposer(second.el, second.root);
      expect(second.root.querySelector<HTMLInputElement>('#f-title')!.value).to.equal('');
      type(second.root.querySelector<HTMLInputElement>('#f-title')!, 'Conseil pédagogique');
      fixtureCleanup();
      expect(storedDraftKeys()).to.have.members([
        'ent-widgets:ent-announcement-admin:u-admin-ent-1:composer-draft',
        'ent-widgets:ent-announcement-admin:u-admin-ent-2:composer-draft',
      ]);

      other = false;
      const first = await mountAdmin();
      expect(first.root.querySelector<HTMLInputElement>('#f-title')!.value).to.equal(TITLE);
    });

    it('is forgotten once saved', async () => {
      await typeDraft();
      const { el, root } = await mountAdmin();
      root.querySelector<HTMLButtonElement>('.publish')!.click();
      await until(() => root.querySelector('.feedback')!.textContent!.includes('est publiée'));
      expect(storedDraftKeys()).to.deep.equal([]);
      await el.updateComplete;
      fixtureCleanup();
      const again = await mountAdmin();
      expect(again.root.querySelector('.composer')).to.equal(null);
      expect([...again.root.querySelectorAll('li.row .title')].map((h) => h.textContent!.trim())).to.include(TITLE);
    });

    it('an edit of a saved announcement is not kept as a new draft', async () => {
      const { el, root } = await mountAdmin();
      root.querySelector<HTMLButtonElement>('li[data-id="ann-photos"] .edit')!.click();
      await el.updateComplete;
      type(root.querySelector<HTMLInputElement>('#f-title')!, 'Photos de classe : dernières commandes');
      expect(storedDraftKeys()).to.deep.equal([]);
    });
  });

  describe('statuses follow the schedule while the list stays open', () => {
    /** Publishes an announcement on the mock back end, as another admin would. */
    async function publish(title: string, startsAt: number, endsAt: number | null): Promise<string> {
      const response = await fetch('/api/admin/announcements', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify({
          kind: 'information',
          title,
          body: '<p>Le CDI ferme plus tôt.</p>',
          startsAt: new Date(startsAt).toISOString(),
          endsAt: endsAt === null ? null : new Date(endsAt).toISOString(),
          dismissible: true,
          audience: { profiles: [], levels: [], divisions: [] },
          channel: 'home',
          state: 'published',
        }),
      });
      expect(response.status).to.equal(201);
      return ((await response.json()) as { id: string }).id;
    }
    const statusOf = (root: ShadowRoot, id: string) => root.querySelector(`li[data-id="${id}"]`)!.closest<HTMLElement>('.group')!.dataset.status;

    it('scheduled → active at its start, active → ended at its end (clock moved, page visible again), focus kept', async () => {
      const clock = { t: Date.now() };
      configureMock({ now: () => new Date(clock.t) });
      const id = await publish('Fermeture anticipée du CDI', clock.t + 10 * 60_000, clock.t + 70 * 60_000);
      const el = await fixture<EntAnnouncementAdmin>(html`<ent-announcement-admin api-base="/api" .now=${() => clock.t}></ent-announcement-admin>`);
      await until(() => phaseOf(el) === 'ready');
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(statusOf(root, id)).to.equal('scheduled');
      root.querySelector<HTMLButtonElement>(`li[data-id="${id}"] .edit`)!.focus();

      clock.t += 11 * 60_000;
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(statusOf(root, id)).to.equal('active');
      expect(root.querySelector('.feedback')!.textContent).to.equal('L’annonce « Fermeture anticipée du CDI » est maintenant en cours.');
      await until(() => root.activeElement === root.querySelector(`li[data-id="${id}"] .edit`));
      expect(root.querySelector('.group[data-status="active"] h4')!.textContent).to.match(/^En cours \(\d+\)$/);
      await expect(el).to.be.accessible();

      clock.t += 60 * 60_000;
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(statusOf(root, id)).to.equal('ended');
      expect(root.querySelector('.feedback')!.textContent).to.equal('L’annonce « Fermeture anticipée du CDI » est terminée.');
      // A draft stays one, whatever its dates.
      expect(statusOf(root, 'ann-portes-ouvertes')).to.equal('draft');
    });

    it('moves by itself on a timer set to the next start or end', async () => {
      // Real time: the element's own timer must fire. Its clock stands still while it mounts (a
      // busy machine may take longer than the wait), then runs on from there.
      const created = Date.now();
      let shift: number | undefined;
      const now = () => (shift === undefined ? created : Date.now() - shift);
      const id = await publish('Coupure du réseau wifi', created + 600, created + 1600);
      const el = await fixture<EntAnnouncementAdmin>(html`<ent-announcement-admin api-base="/api" lang="en" .now=${now}></ent-announcement-admin>`);
      await until(() => phaseOf(el) === 'ready');
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(statusOf(root, id)).to.equal('scheduled');
      shift = Date.now() - created;
      await until(() => statusOf(root, id) === 'active', 3000);
      expect(root.querySelector('.feedback')!.textContent).to.equal('The announcement “Coupure du réseau wifi” is now active.');
      await until(() => statusOf(root, id) === 'ended', 3000);
      expect(root.querySelector('.feedback')!.textContent).to.equal('The announcement “Coupure du réseau wifi” has ended.');
      await el.updateComplete;
    });
  });

  it('deletes after confirmation', async () => {
    const { el, root } = await mountAdmin();
    const before = root.querySelectorAll('li.row').length;
    root.querySelector<HTMLButtonElement>('li[data-id="ann-photos"] .delete')!.click();
    await el.updateComplete;
    await until(() => root.activeElement === root.querySelector('.confirm .danger'));
    await expect(el).to.be.accessible();
    root.querySelector<HTMLButtonElement>('.confirm .danger')!.click();
    await until(() => root.querySelectorAll('li.row').length === before - 1);
    expect(root.querySelector('li[data-id="ann-photos"]')).to.equal(null);
    expect(root.querySelector('.feedback')!.textContent).to.contain('a été supprimée');
  });
});
