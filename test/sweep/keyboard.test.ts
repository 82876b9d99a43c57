// Keyboard-only sweep of the home-page tiles and the targeted announcements: each main task
// done with keys alone, checking at every step where the focus is and that it can be seen
// (a :focus-visible outline). No .click() and no .focus() but on the button before the widget.
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../src/tiles/define.js';
import '../../src/announcements/define.js';
import type { EntTargetedAnnouncement } from '../../src/announcements/announcement.js';
import type { EntAnnouncementAdmin } from '../../src/announcements/admin/admin.js';
import type { EntTileBanner, EntTileNews, EntTileSettings } from '../../src/tiles/define.js';
import type { Announcement, Article, Tile } from '../../src/shared/api/types.js';
import { configureMock, createHandlers, resetMockData, type DemoUser } from '../../src/mocks/index.js';
import { worker } from '../support/msw.js';
import '../support/contract.js';
import { article, fakeMatchMedia, images, signedIn, tileHandler, until } from '../tiles/fixtures.js';
import { backend, cantine, clock, greve, sondage, T0 } from '../announcements/fixtures.js';
import { deepActiveElement, expectFocus, focusIndicator, keyboardStart, press, pressTo, settle, tabTo, typeText } from './keyboard-helpers.js';

function mockAs(user: DemoUser) {
  resetMockData();
  configureMock({ user, scenario: 'default' });
  worker.use(...createHandlers());
}

async function ready(el: EntTileNews | EntTileBanner | EntTileSettings) {
  await el.loaded;
  await el.updateComplete;
}

describe('keyboard sweep: home-page tiles', () => {
  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers();
    configureMock({ user: 'eleve', scenario: 'default' });
    localStorage.clear();
    document.getElementById('sweep-start')?.remove();
  });

  it('<ent-tile-news>: Tab goes through every article link to "Toutes les actualités", Shift+Tab back, Enter opens an article', async () => {
    mockAs('eleve');
    const el = await fixture<EntTileNews>(html`<ent-tile-news tile-id="news-1"></ent-tile-news>`);
    await ready(el);
    const titles = [...el.shadowRoot!.querySelectorAll('[part="article-link"]')].map((a) => a.textContent!.trim());
    expect(titles.length).to.be.greaterThan(1);
    keyboardStart();
    for (const title of titles) await pressTo('Tab', { role: 'link', name: title });
    await pressTo('Tab', { role: 'link', name: 'Toutes les actualités' });
    await pressTo('Shift+Tab', { role: 'link', name: titles.at(-1)! });
    // Enter follows the link; the portal takes it over through the cancelable event.
    const opened = new Promise<Article>((resolve) =>
      el.addEventListener('ent-tile-news-open', (event) => {
        event.preventDefault();
        resolve((event as CustomEvent<{ article: Article }>).detail.article);
      }, { once: true }),
    );
    await press('Enter');
    expect((await opened).title).to.equal(titles.at(-1));
    expectFocus({ role: 'link', name: titles.at(-1)! });
  });

  it('<ent-tile-banner>: the pause/play button of an animated banner is reached by Tab and toggled by Space and Enter', async () => {
    const gif: Tile = {
      id: 'banniere', type: 'banner', title: 'Tuile haute', disabled: false,
      image: { url: '/images/rentree.gif', alt: 'Animation : les élèves de 6e le jour de la rentrée' },
      articleId: 'a-1',
      linkedArticle: article({ id: 'a-1', title: 'La rentrée des 6e', url: '/articles/rentree' }),
    };
    worker.use(tileHandler(gif), signedIn(), images());
    const el = await fixture<EntTileBanner>(html`<ent-tile-banner tile-id="banniere" .matchMedia=${fakeMatchMedia(false)}></ent-tile-banner>`);
    await ready(el);
    expect(el.animating).to.equal(true);
    keyboardStart();
    await pressTo('Tab', { role: 'button', name: 'Mettre l’animation en pause' });
    await press(' ');
    expect(el.animating).to.equal(false);
    // The same button stays focused, its name now says what it will do.
    expectFocus({ role: 'button', name: 'Lire l’animation' });
    await press('Enter');
    expect(el.animating).to.equal(true);
    expectFocus({ role: 'button', name: 'Mettre l’animation en pause' });
    await pressTo('Tab', { role: 'link', name: 'La rentrée des 6e' });
  });

  it('<ent-tile-settings>: change the title and the rubriques, then save, with the keyboard only', async () => {
    mockAs('admin');
    const el = await fixture<EntTileSettings>(html`<ent-tile-settings tile-id="news-1"></ent-tile-settings>`);
    await ready(el);
    keyboardStart();
    const title = await tabTo({ role: 'textbox', name: /^Titre de la tuile/ });
    await press('End');
    await typeText(' en bref');
    expect((title as HTMLInputElement).value).to.equal('Actualités du collège en bref');
    // Rubriques: checkboxes, one Tab stop each, Space toggles.
    const cdi = await tabTo({ role: 'checkbox', name: 'CDI' });
    expect((cdi as HTMLInputElement).checked).to.equal(true);
    await press(' ');
    expect((cdi as HTMLInputElement).checked).to.equal(false);
    const as = await tabTo({ role: 'checkbox', name: 'Association sportive' });
    await press(' ');
    expect((as as HTMLInputElement).checked).to.equal(true);
    await tabTo({ role: 'button', name: 'Enregistrer' });
    const saved = oneEvent(el, 'ent-tile-settings-saved') as Promise<CustomEvent<{ tile: Tile }>>;
    await press('Enter');
    const { tile } = (await saved).detail;
    expect(tile.title).to.equal('Actualités du collège en bref');
    expect(tile.rubriques).to.include('rub-as');
    expect(tile.rubriques).not.to.include('rub-cdi');
    await until(() => el.shadowRoot!.querySelector('[role="status"] .message') !== null);
    // Focus stays on the save button, enabled again, still visibly focused.
    await until(() => !el.shadowRoot!.querySelector('[part="save-button"]')!.hasAttribute('aria-disabled'));
    expectFocus({ role: 'button', name: 'Enregistrer' });
  });
});

describe('keyboard sweep: targeted announcements', () => {
  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers();
    configureMock({ user: 'eleve', scenario: 'default', now: () => new Date() });
    for (const key of Object.keys(localStorage)) if (key.startsWith('ent-widgets:')) localStorage.removeItem(key);
    document.getElementById('sweep-start')?.remove();
  });

  const phaseOf = (el: HTMLElement) => (el as unknown as { phase: string }).phase;

  /** The announcements of `list` on a test back end, once their poll's controls are drawn (that code loads on demand). */
  async function mountAnnouncements(list: Announcement[]) {
    clock.t = T0;
    const server = backend(list);
    worker.use(...server.handlers);
    const el = await fixture<EntTargetedAnnouncement>(
      html`<ent-targeted-announcement api-base="/api" refresh-interval="0" .now=${() => clock.t}></ent-targeted-announcement>`,
    );
    await until(() => phaseOf(el) === 'ready');
    await until(() => el.shadowRoot!.querySelector('form input[type="radio"]') !== null);
    return { el, server };
  }

  it('<ent-targeted-announcement>: dismiss with Enter (focus to the next), show it again through the disclosure, answer the poll and send', async () => {
    const { el, server } = await mountAnnouncements([greve(), sondage(), cantine()]);
    keyboardStart();
    await tabTo({ role: 'button', name: 'Masquer le message « Grève des transports scolaires jeudi »' });
    await press('Enter');
    // Focus moves to the next announcement, shown by an outline.
    expectFocus({ role: 'article', name: 'Sondage : voyage scolaire en Espagne' });
    await until(() => server.requests.some((r) => r.method === 'POST' && r.path === '/announcements/greve/read'));

    // The hidden one comes back through the disclosure (after the list).
    const toggle = await tabTo({ role: 'button', name: 'Message masqué (1)' }, { max: 40 });
    await press('Enter');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await pressTo('Tab', { role: 'button', name: 'Afficher de nouveau « Grève des transports scolaires jeudi »' });
    await press(' ');
    await until(() => server.requests.some((r) => r.method === 'DELETE' && r.path === '/announcements/greve/read'));
    expectFocus({ role: 'article', name: 'Grève des transports scolaires jeudi' });

    // The poll: a radio group (one Tab stop, arrows choose), checkboxes (Space), a text, send.
    const first = await tabTo({ role: 'radio', name: 'Oui' });
    expect((first as HTMLInputElement).checked).to.equal(false);
    await press(' ');
    expect((first as HTMLInputElement).checked).to.equal(true);
    const no = await pressTo('ArrowDown', { role: 'radio', name: 'Non' });
    expect((no as HTMLInputElement).checked).to.equal(true);
    const prado = await pressTo('Tab', { role: 'checkbox', name: 'Musée du Prado' });
    await press(' ');
    expect((prado as HTMLInputElement).checked).to.equal(true);
    await pressTo('Tab', { role: 'checkbox', name: 'Atelier flamenco' });
    await pressTo('Tab', { role: 'checkbox', name: 'Visite du stade' });
    await press(' ');
    await tabTo({ role: 'textbox', name: /^Remarque/ });
    await typeText('Merci !');
    await tabTo({ role: 'button', name: 'Envoyer ma réponse' });
    await press('Enter');
    await until(() => server.requests.some((r) => r.method === 'POST' && r.path.endsWith('/form-responses')));
    const sent = server.requests.find((r) => r.path.endsWith('/form-responses'))!;
    expect(JSON.stringify(sent.body)).to.contain('"non"').and.contain('"musee"').and.contain('"football"').and.contain('Merci !');
    await until(() => /Merci, votre réponse/.test(el.shadowRoot!.querySelector('.form-status')?.textContent ?? ''));
  });

  it('<ent-targeted-announcement>: after sending a poll, focus is on the thank-you message, visibly', async () => {
    const { el } = await mountAnnouncements([sondage()]);
    keyboardStart();
    await tabTo({ role: 'radio', name: 'Oui' });
    await press(' ');
    await tabTo({ role: 'checkbox', name: 'Atelier flamenco' });
    await press(' ');
    await tabTo({ role: 'button', name: 'Envoyer ma réponse' });
    await press('Enter');
    await until(() => /Merci, votre réponse/.test(el.shadowRoot!.querySelector('.form-status')?.textContent ?? ''));
    await settle();
    // Never compare DOM nodes with chai: its diff walks the whole DOM and the page hangs.
    const status = deepActiveElement();
    expect(status?.classList.contains('form-status'), `focus on the form status, not ${status?.outerHTML.slice(0, 60)}`).to.equal(true);
    expect(focusIndicator(status!).visible, 'thank-you message focus visible').to.equal(true);
  });

  it('<ent-announcement-admin>: write, set the kind, audience and dates, and publish with the keyboard; the discard question is answered by keys', async function () {
    this.timeout(20_000); // ~3.5 s alone, some 60 key presses: room for a loaded CI machine
    resetMockData();
    configureMock({ user: 'admin', scenario: 'default', now: () => new Date() });
    worker.use(...createHandlers());
    const el = await fixture<EntAnnouncementAdmin>(html`<ent-announcement-admin api-base="/api"></ent-announcement-admin>`);
    await until(() => phaseOf(el) === 'ready');
    await el.updateComplete;
    keyboardStart();
    await tabTo({ role: 'button', name: 'Nouvelle annonce' });
    await press('Enter');
    await until(() => el.shadowRoot!.querySelector('fieldset fieldset') !== null);
    expectFocus({ role: 'generic', name: 'Rédiger une annonce' });
    // Kind: a radio group, arrows choose.
    await pressTo('Tab', { role: 'radio', name: 'Information' });
    await pressTo('ArrowDown', { role: 'radio', name: 'Avertissement' });
    await pressTo('Tab', { role: 'textbox', name: /^Titre/ });
    await typeText('Sortie au théâtre des 4e');
    await pressTo('Tab', { role: 'textbox', name: 'Texte' });
    await typeText('Départ à 13 h 30 devant le collège.');
    // Cancel asks first; "Continuer la saisie" brings the focus back to the title.
    await tabTo({ role: 'button', name: 'Annuler' }, { max: 80 });
    await press('Enter');
    expectFocus({ role: 'button', name: 'Abandonner la saisie' });
    await pressTo('Tab', { role: 'button', name: 'Continuer la saisie' });
    await press('Enter');
    const title = expectFocus({ role: 'textbox', name: /^Titre/ }) as HTMLInputElement;
    expect(title.value).to.equal('Sortie au théâtre des 4e');
    // Dates: the start is filled in; the duration list fills the end (arrow on a closed select).
    await tabTo({ role: 'combobox', name: 'Durée de publication' });
    await press('ArrowDown');
    const end = el.shadowRoot!.querySelector<HTMLInputElement>('#f-end')!;
    await until(() => end.value !== '');
    // Audience: checkboxes, Space ticks.
    const pupils = await tabTo({ role: 'checkbox', name: 'Élèves' }, { max: 60 });
    await press(' ');
    expect((pupils as HTMLInputElement).checked).to.equal(true);
    const fourth = await tabTo({ role: 'checkbox', name: '4e' }, { max: 60 });
    await press(' ');
    expect((fourth as HTMLInputElement).checked).to.equal(true);
    await tabTo({ role: 'button', name: 'Publier' }, { max: 80 });
    const saved = oneEvent(el, 'ent-announcement-saved') as Promise<CustomEvent<{ id: string; state: string }>>;
    await press('Enter');
    expect((await saved).detail.state).to.equal('published');
    await until(() => el.shadowRoot!.querySelector('.composer') === null);
    await settle();
    // The composer closes; focus goes back to "Nouvelle annonce", visibly.
    expectFocus({ role: 'button', name: 'Nouvelle annonce' });
    const row = [...el.shadowRoot!.querySelectorAll('li.row')].find((li) => li.textContent!.includes('Sortie au théâtre des 4e'));
    expect(row, 'the new announcement is listed').not.to.equal(undefined);
  });
});
