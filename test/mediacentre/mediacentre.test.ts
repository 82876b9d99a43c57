import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EntWidgetsProvider } from '../../src/shared/provider.js';
import '../../src/shared/provider.js';
import { http, HttpResponse } from 'msw';
import '../support/contract.js';
import { text } from '../support/dom.js';
import { MediacentreHarness } from './harness.js';
import { worker, OFF_CONTRACT } from '../support/msw.js';
import type { Locale } from '../../src/shared/i18n.js';
import type { GarResourceOpenDetail, GarFavoriteChangeDetail } from '../../src/mediacentre/mediacentre.js';
import {
  byLabel,
  buttonNamed,
  cards,
  choose,
  clearStorage,
  COLLEGE,
  collegeRecords,
  familyRecords,
  garError,
  LYCEE,
  malformed,
  me,
  mockApi,
  mount,
  problem,
  record,
  root,
  settled,
  titles,
  twoSchools,
  typeInto,
} from './fixtures.js';

const fr = {
  title: 'Mon médiacentre',
  empty: 'Aucune ressource ne vous est encore attribuée',
  search: 'Rechercher une ressource',
};
const en = {
  title: 'My media centre',
  empty: 'No resources have been assigned to you yet',
  search: 'Search resources',
};
const copy = (locale: Locale) => (locale === 'fr' ? fr : en);


const card = (el: HTMLElement & { updateComplete: Promise<unknown> }, title: string) => new MediacentreHarness(el).card(title);
const favorite = (el: HTMLElement & { updateComplete: Promise<unknown> }, title: string) => new MediacentreHarness(el).favorite(title);

describe('<gar-mediacentre>', () => {
  beforeEach(() => clearStorage());
  afterEach(() => worker.resetHandlers());

  for (const locale of ['fr', 'en'] as Locale[]) {
    describe(`in ${locale}`, () => {
      it('shows a loading state, then the resources as cards with title links, metadata and the GAR badge', async () => {
        mockApi({ delayMs: 150 });
        const el = await mount({ lang: locale });
        await waitUntil(() => root(el).querySelector('[part="loading"]'), 'no loading state');
        expect(root(el).querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
        await expect(el).to.be.accessible();
        await settled(el);

        expect(text(root(el).querySelector('h2'))).to.equal(copy(locale).title);
        expect(cards(el)).to.have.length(4);
        const hist = card(el, 'Histoire-Géographie 6e');
        const link = hist.querySelector<HTMLAnchorElement>('h3 a')!;
        expect(link.target).to.equal('_blank');
        expect(link.rel).to.equal('noopener noreferrer');
        expect(link.href).to.match(/^https:\/\/sp-auth\.partenaire\.test-gar\.education\.fr\//);
        // The title is the only link of the card: no nested interactive content.
        expect(hist.querySelectorAll('a')).to.have.length(1);
        expect(text(hist)).to.contain('Belin Éducation');
        expect(text(hist)).to.contain('manuel numérique');
        expect(text(hist)).to.contain('6e');
        expect(text(hist)).to.contain('histoire-géographie');
        const badge = hist.querySelector('[part="gar-badge"]')!;
        expect(text(badge)).to.contain('Accessible via le Gestionnaire d’accès aux ressources (GAR)');
        const img = hist.querySelector('img')!;
        expect(img.getAttribute('alt')).to.equal('');
        expect(img.getAttribute('loading')).to.equal('lazy');
        // No thumbnail: a neutral placeholder, no image; no badge without nomSourceEtiquetteGar.
        const eureka = card(el, 'Éducation à l’image');
        expect(eureka.querySelector('img')).to.equal(null);
        expect(eureka.querySelector('.placeholder')).to.exist;
        expect(eureka.querySelector('[part="gar-badge"]')).to.equal(null);
        // No levels nor disciplines: their rows are not shown, not even to screen readers.
        const rowShown = (li: Element, label: string) => {
          const dt = [...li.querySelectorAll('dt')].find((d) => text(d) === label);
          return dt !== undefined && getComputedStyle(dt.parentElement!).display !== 'none';
        };
        const levelsLabel = locale === 'fr' ? 'Niveaux' : 'Levels';
        expect(rowShown(hist, levelsLabel)).to.equal(true);
        expect(rowShown(eureka, levelsLabel)).to.equal(false);
        expect(rowShown(eureka, 'Type')).to.equal(true);
        // Set size and position for assistive tech.
        expect(cards(el).map((li) => li.getAttribute('aria-posinset'))).to.deep.equal(['1', '2', '3', '4']);
        expect(cards(el).every((li) => li.getAttribute('aria-setsize') === '4')).to.equal(true);
        await expect(el).to.be.accessible();
      });

      it('explains an empty médiacentre', async () => {
        mockApi({ resources: { [COLLEGE]: [] } });
        const el = await mount({ lang: locale });
        await settled(el);
        const empty = root(el).querySelector('[part="empty"]')!;
        expect(text(empty)).to.contain(copy(locale).empty);
        expect(text(empty)).to.match(locale === 'fr' ? /responsable d’affectation.*lendemain/ : /assignment manager.*day after/);
        expect(root(el).querySelector('[role="search"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });

      it('shows a server error (problem+json) with a retry that works', async () => {
        let calls = 0;
        mockApi({
          resources: {
            [COLLEGE]: () => (++calls === 1 ? problem(500, 'server-error') : HttpResponse.json({ listeRessources: { ressource: collegeRecords() } })),
          },
        });
        const el = await mount({ lang: locale });
        await settled(el);
        const alert = root(el).querySelector('[role="alert"]')!;
        expect(text(alert)).to.contain(locale === 'fr' ? 'Le service rencontre un problème' : 'The service has a problem');
        await expect(el).to.be.accessible();
        buttonNamed(alert, locale === 'fr' ? 'Réessayer' : 'Try again').click();
        await settled(el);
        await waitUntil(() => cards(el).length === 4, 'retry did not load');
      });

      it('understands a GAR error body', async () => {
        mockApi({ resources: { [COLLEGE]: () => garError(503, 'Service GAR indisponible') } });
        const el = await mount({ lang: locale });
        await settled(el);
        const alert = root(el).querySelector('[role="alert"]')!;
        expect(text(alert)).to.contain('Service GAR indisponible');
        expect(text(alert)).to.contain('GAR');
        await expect(el).to.be.accessible();
      });

      it('shows the forbidden and signed-out states', async () => {
        mockApi({ resources: { [COLLEGE]: () => problem(403, 'forbidden', 'Accès refusé') } });
        let el = await mount({ lang: locale });
        await settled(el);
        expect(root(el).querySelector('[part="forbidden"]')).to.exist;
        await expect(el).to.be.accessible();
        worker.resetHandlers();
        mockApi({ me: 'anonymous' });
        el = await mount({ lang: locale });
        await waitUntil(() => root(el).querySelector('[part="signed-out"]'), 'no signed-out view');
        await expect(el).to.be.accessible();
      });

      it('shows the last good list with a notice when offline', async () => {
        mockApi();
        let el = await mount({ lang: locale });
        await settled(el);
        expect(cards(el)).to.have.length(4);
        el.remove();
        worker.resetHandlers();
        mockApi({ resources: { [COLLEGE]: () => HttpResponse.error() }, favoritesList: () => HttpResponse.error() });
        el = await mount({ lang: locale });
        await settled(el);
        expect(root(el).querySelector('[part="stale-notice"]')).to.exist;
        expect(cards(el)).to.have.length(4);
        await expect(el).to.be.accessible();
        // Back online: the list is fetched afresh and the notice goes.
        worker.resetHandlers();
        mockApi();
        window.dispatchEvent(new Event('online'));
        await waitUntil(() => !root(el).querySelector('[part="stale-notice"]'), 'still stale');
        await settled(el);
        expect(cards(el)).to.have.length(4);
      });

      it('has an accessible toolbar, details dialog, family disclosure and favourite failure message', async () => {
        mockApi({ resources: { [COLLEGE]: [...collegeRecords(), ...familyRecords()] }, refuseFavorites: () => problem(500, 'server-error') });
        const el = await mount({ lang: locale });
        await settled(el);
        const mother = card(el, 'CNS – Biblio Manuels');
        buttonNamed(mother, locale === 'fr' ? /Afficher les 2 manuels/ : /Show the family’s 2 manuals/).click();
        await el.updateComplete;
        buttonNamed(mother, locale === 'fr' ? /^Détails/ : /^Details/).click();
        await waitUntil(() => root(el).querySelector('dialog')!.open, 'dialog not open');
        await expect(el).to.be.accessible();
        root(el).querySelector('dialog')!.close();
        await el.updateComplete;
        mother.querySelector<HTMLButtonElement>('[part="favorite-button"]')!.click();
        await waitUntil(() => root(el).querySelector('.feedback[role="alert"]'), 'no failure message');
        await expect(el).to.be.accessible();
      });
    });
  }

  it('emits a cancelable gar-resource-open with the GAR record before opening the link', async () => {
    mockApi();
    const el = await mount();
    await settled(el);
    const link = card(el, 'Histoire-Géographie 6e').querySelector<HTMLAnchorElement>('h3 a')!;
    // Let the event through: the click's default (navigation) is then not prevented by the widget.
    let defaultPrevented: boolean | undefined;
    const guard = (e: Event) => {
      defaultPrevented = e.defaultPrevented;
      e.preventDefault(); // the test page must not open a tab
    };
    root(el).addEventListener('click', guard);
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'gar-resource-open');
    const detail = (event as CustomEvent<GarResourceOpenDetail>).detail;
    expect(event.cancelable).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(detail.resource.idRessource).to.equal('ark:/86527/r.man-hist-6e');
    expect(detail.resource.nomRessource).to.equal('Histoire-Géographie 6e — manuel numérique élève');
    expect(defaultPrevented).to.equal(false);
    // A vendor taking over: preventDefault() on our event cancels the navigation.
    el.addEventListener('gar-resource-open', (e) => e.preventDefault(), { once: true });
    link.click();
    expect(defaultPrevented).to.equal(true);
    root(el).removeEventListener('click', guard);
  });

  it('renders hostile strings as text and never links or shows unsafe URLs', async () => {
    mockApi({
      resources: {
        [COLLEGE]: [
          record('evil', {
            nomRessource: '<img src=x onerror="window.pwned=1">Manuel piégé',
            nomEditeur: '<script>window.pwned=1</script>',
            urlAccesRessource: 'javascript:window.pwned=1',
            urlVignette: 'javascript:window.pwned=1',
          }),
          record('evil2', { nomRessource: 'Vignette SVG', urlVignette: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', urlAccesRessource: ' JaVaScRiPt:alert(1)' }),
        ],
      },
    });
    const el = await mount();
    await settled(el);
    const evil = card(el, '<img src=x');
    expect(evil.querySelector('a')).to.equal(null);
    expect(evil.querySelector('img')).to.equal(null);
    expect(evil.querySelector('script')).to.equal(null);
    expect(text(evil)).to.contain('<script>window.pwned=1</script>');
    expect(text(evil)).to.contain('Lien d’accès indisponible');
    const svg = card(el, 'Vignette SVG');
    expect(svg.querySelector('a')).to.equal(null);
    expect(svg.querySelector('img')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('reads a GAR error body forwarded with a 200 as an error, not an empty list', async () => {
    mockApi({
      resources: {
        [COLLEGE]: () =>
          HttpResponse.json(
            { Erreur: { Code: '404', Message: 'Utilisateur inconnu du GAR', Resource: '/ressources/ENT/0330001A/x' } },
            { headers: { [OFF_CONTRACT]: '1' } },
          ),
      },
    });
    const el = await mount();
    await settled(el);
    expect(text(root(el).querySelector('[role="alert"]'))).to.contain('Utilisateur inconnu du GAR');
    expect(root(el).querySelector('[part="empty"]')).to.equal(null);
  });

  it('reads unreadable answers as an error, not a crash', async () => {
    mockApi({ resources: { [COLLEGE]: malformed } });
    const el = await mount();
    await settled(el);
    expect(text(root(el).querySelector('[role="alert"]'))).to.contain('réponse illisible');
  });

  it('copes with real-world records: missing arrays, unknown fields, duplicates, very long titles', async () => {
    const long = 'Très long titre '.repeat(40).trim();
    mockApi();
    worker.use(
      http.get('/api/mediacentre/resources', () =>
        HttpResponse.json({
          listeRessources: {
            ressource: [
              { idRessource: 'ark:/1/r.min', nomRessource: 'Minimal', urlAccesRessource: 'https://gar.example/min', champInconnu: { x: 1 } },
              { idRessource: 'ark:/1/r.min', nomRessource: 'Minimal (doublon)', urlAccesRessource: 'https://gar.example/min2' },
              { idRessource: 'ark:/1/r.long', nomRessource: long, urlAccesRessource: 'https://gar.example/long', niveauEducatif: [], typePresentation: { code: 'PRO', nom: 'production' } },
            ],
            autreChamp: true,
          },
        }),
      ),
    );
    const el = await mount();
    await settled(el);
    expect(titles(el).map((t) => t.slice(0, 20))).to.deep.equal(['Minimal (nouvel ongl', 'Très long titre Très']);
    const longCard = card(el, 'Très long');
    expect(longCard.getBoundingClientRect().width).to.be.at.most(el.getBoundingClientRect().width + 1);
    await expect(el).to.be.accessible();
  });

  it('searches accent- and case-insensitively, announces the count politely and clears', async () => {
    mockApi();
    const el = await mount();
    await settled(el);
    const search = byLabel<HTMLInputElement>(el, fr.search);
    await typeInto(el, search, 'EDUCATION a l\'image');
    expect(titles(el)).to.deep.equal(['Éducation à l’image — Eurêka (nouvel onglet)']);
    await typeInto(el, search, 'bordas');
    expect(titles(el)).to.deep.equal(['Mathématiques 5e — Myriade (nouvel onglet)']);
    await typeInto(el, search, 'francais');
    expect(titles(el)).to.deep.equal(['Le Robert Junior en ligne (nouvel onglet)']);
    const status = root(el).querySelector('.visually-hidden[role="status"]')!;
    await waitUntil(() => text(status) === '1 ressource sur 4', `status: ${text(status)}`);
    await typeInto(el, search, 'zzz');
    expect(text(root(el).querySelector('[part="empty"]'))).to.contain('Aucune ressource ne correspond');
    buttonNamed(root(el).querySelector('[part="empty"]')!, 'Effacer les filtres').click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(4);
    expect(search.value).to.equal('');
    expect(root(el).activeElement).to.equal(search);
  });

  it('filters with counts, sorts, toggles grid/list, and restores that state after a reload', async () => {
    mockApi();
    let el = await mount();
    await settled(el);
    const type = byLabel<HTMLSelectElement>(el, 'Type');
    expect([...type.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Tous les types',
      'dictionnaire (1)',
      'documentaire (1)',
      'manuel numérique (2)',
    ]);
    const level = byLabel<HTMLSelectElement>(el, 'Niveau');
    expect([...level.options].map((o) => o.textContent!.trim())).to.deep.equal(['Tous les niveaux', '6e (2)', '5e (2)']);
    await choose(el, level, '5e');
    expect(titles(el)).to.have.length(2);
    // Counts of the other facets follow the chosen level.
    expect([...byLabel<HTMLSelectElement>(el, 'Type').options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Tous les types',
      'dictionnaire (1)',
      'manuel numérique (1)',
    ]);
    await choose(el, byLabel<HTMLSelectElement>(el, 'Trier par'), 'publisher');
    expect(titles(el)).to.deep.equal(['Mathématiques 5e — Myriade (nouvel onglet)', 'Le Robert Junior en ligne (nouvel onglet)']);
    const listButton = buttonNamed(root(el).querySelector('[role="group"]')!, 'Liste');
    listButton.click();
    await el.updateComplete;
    expect(listButton.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('.cards')!.classList.contains('list')).to.equal(true);

    el.remove();
    el = await mount();
    await settled(el);
    expect(byLabel<HTMLSelectElement>(el, 'Niveau').value).to.equal('5e');
    expect(byLabel<HTMLSelectElement>(el, 'Trier par').value).to.equal('publisher');
    expect(buttonNamed(root(el).querySelector('[role="group"]')!, 'Liste').getAttribute('aria-pressed')).to.equal('true');
    expect(titles(el)).to.have.length(2);
    buttonNamed(root(el).querySelector('[role="search"]')!, 'Effacer les filtres').click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(4);

    // Another user on the same computer does not get this state.
    el.remove();
    worker.resetHandlers();
    mockApi({ me: me({ id: 'u-0330001A-eleve-2' }) });
    el = await mount();
    await settled(el);
    expect(byLabel<HTMLSelectElement>(el, 'Trier par').value).to.equal('title');
  });

  it('toggles favourites optimistically with aria-pressed, and lists favourites first', async () => {
    const state = mockApi();
    let el = await mount();
    await settled(el);
    const robert = card(el, 'Le Robert Junior');
    const star = robert.querySelector<HTMLButtonElement>('[part="favorite-button"]')!;
    expect(text(star)).to.equal('Favori : Le Robert Junior en ligne');
    expect(star.getAttribute('aria-pressed')).to.equal('false');
    setTimeout(() => star.click());
    await el.updateComplete;
    const event = (await oneEvent(el, 'gar-favorite-change')) as CustomEvent<GarFavoriteChangeDetail>;
    expect(event.detail).to.deep.equal({ idRessource: 'ark:/86527/r.dic-robert', favorite: true });
    expect(star.getAttribute('aria-pressed')).to.equal('true');
    expect(state.requests).to.include('PUT ark:/86527/r.dic-robert');
    // The card did not move under the pointer…
    expect(titles(el)[0]).to.match(/^Éducation/);
    // …but comes first on the next visit, and in the favourites view.
    el.remove();
    el = await mount();
    await settled(el);
    expect(titles(el)[0]).to.match(/^Le Robert Junior/);
    await choose(el, byLabel<HTMLSelectElement>(el, 'Afficher'), 'favorites');
    expect(titles(el)).to.deep.equal(['Le Robert Junior en ligne (nouvel onglet)']);
    const again = favorite(el, 'Le Robert Junior');
    again.click();
    await waitUntil(() => state.favorites.length === 0, 'not removed');
    expect(again.getAttribute('aria-pressed')).to.equal('false');
  });

  it('rolls a refused favourite back, with a message', async () => {
    const state = mockApi({ refuseFavorites: () => problem(503, 'unavailable', 'Service indisponible') });
    const el = await mount();
    await settled(el);
    const star = favorite(el, 'Le Robert Junior');
    star.click();
    await el.updateComplete;
    expect(star.getAttribute('aria-pressed')).to.equal('true'); // optimistic
    await waitUntil(() => root(el).querySelector('.feedback[role="alert"]'), 'no message');
    expect(star.getAttribute('aria-pressed')).to.equal('false');
    expect(text(root(el).querySelector('.feedback'))).to.contain('Impossible d’ajouter « Le Robert Junior en ligne » à vos favoris');
    expect(state.favorites).to.deep.equal([]);
    buttonNamed(root(el).querySelector('.feedback')!, 'Masquer le message').click();
    await el.updateComplete;
    expect(root(el).querySelector('.feedback')).to.equal(null);
    expect(root(el).activeElement).to.equal(star);
  });

  it('groups a family under its mother, members shown once, in a disclosure', async () => {
    mockApi({ resources: { [COLLEGE]: familyRecords() } });
    const el = await mount();
    await settled(el);
    expect(titles(el)).to.deep.equal(['CNS – Biblio Manuels (nouvel onglet)', 'Orpheline (nouvel onglet)']);
    const mother = card(el, 'CNS – Biblio Manuels');
    const toggle = buttonNamed(mother, 'Afficher les 2 manuels de la famille');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const members = root(el).getElementById(toggle.getAttribute('aria-controls')!)!;
    // Closed, the list takes no room and is not exposed.
    expect(getComputedStyle(members).display).to.equal('none');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(members).display).not.to.equal('none');
    const links = [...members.querySelectorAll('a')].map((a) => text(a));
    expect(links).to.deep.equal(['SVT 4e – Biblio Manuels (nouvel onglet)', 'Physique-Chimie 3e – Biblio Manuels (nouvel onglet)']);
    // A member's details name its family.
    buttonNamed(members, 'Détails : SVT 4e – Biblio Manuels').click();
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    await el.updateComplete;
    expect(text(dialog)).to.contain('Famille de ressources CNS – Biblio Manuels');
    dialog.close();
    await el.updateComplete;
    // Search finds the family through a member, and opens it to show the match.
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await typeInto(el, byLabel<HTMLInputElement>(el, fr.search), 'svt');
    expect(titles(el)).to.deep.equal(['CNS – Biblio Manuels (nouvel onglet)']);
    const found = buttonNamed(card(el, 'CNS – Biblio Manuels'), 'Masquer les 2 manuels de la famille');
    expect(found.getAttribute('aria-expanded')).to.equal('true');
    found.click();
    await el.updateComplete;
    expect(found.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows all details in a dialog that takes and gives back focus', async () => {
    mockApi();
    const el = await mount();
    await settled(el);
    const trigger = buttonNamed(card(el, 'Le Robert Junior'), 'Détails : Le Robert Junior en ligne');
    trigger.focus();
    trigger.click();
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'not open');
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('details-title');
    const body = text(dialog);
    for (const expected of ['Le Robert', 'dictionnaire', '6e, 5e', 'français', 'ark:/86527/r.dic-robert', 'CNS', 'ouvrage', 'cours / présentation']) {
      expect(body).to.contain(expected);
    }
    buttonNamed(dialog, 'Fermer').click();
    await waitUntil(() => !dialog.open, 'not closed');
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(trigger);
  });

  it('offers an establishment selector only with several, and one failing does not hide the others', async () => {
    mockApi({
      me: me(twoSchools),
      resources: {
        [COLLEGE]: collegeRecords(),
        [LYCEE]: () => problem(500, 'server-error'),
      },
    });
    const el = await mount();
    await settled(el);
    const select = byLabel<HTMLSelectElement>(el, 'Établissement');
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['Collège Jules-Ferry', 'Lycée Condorcet', 'Tous mes établissements']);
    expect(cards(el)).to.have.length(4);
    await choose(el, select, '*');
    expect(cards(el)).to.have.length(4);
    expect(text(root(el))).to.contain('Les ressources de Lycée Condorcet n’ont pas pu être chargées');
    await choose(el, byLabel<HTMLSelectElement>(el, 'Établissement'), LYCEE);
    expect(root(el).querySelector('[role="alert"]')).to.exist;
    await expect(el).to.be.accessible();
    // The choice is kept for the next visit.
    await choose(el, byLabel<HTMLSelectElement>(el, 'Établissement'), '*');
    el.remove();
    const again = await mount();
    await settled(again);
    expect(byLabel<HTMLSelectElement>(again, 'Établissement').value).to.equal('*');
    expect(cards(again)).to.have.length(4);
  });

  it('merges a resource present in two establishments', async () => {
    mockApi({
      me: me(twoSchools),
      resources: { [COLLEGE]: collegeRecords(), [LYCEE]: [record('man-hist-6e', { nomRessource: 'Histoire-Géographie 6e — manuel numérique élève' }, LYCEE), record('lycee-only')] },
    });
    const el = await mount();
    await settled(el);
    await choose(el, byLabel<HTMLSelectElement>(el, 'Établissement'), '*');
    expect(cards(el)).to.have.length(5);
    expect(text(card(el, 'Histoire-Géographie'))).to.contain('Collège Jules-Ferry, Lycée Condorcet');
    expect(text(card(el, 'Ressource lycee-only'))).to.contain('Lycée Condorcet');
    expect(text(card(el, 'Ressource lycee-only'))).not.to.contain('Collège');
    buttonNamed(card(el, 'Histoire-Géographie'), /^Détails/).click();
    await waitUntil(() => root(el).querySelector('dialog')!.open);
    expect(text(root(el).querySelector('dialog'))).to.contain('Collège Jules-Ferry, Lycée Condorcet');
  });

  it('has no selector for a single establishment, and respects the uai attribute', async () => {
    const state = mockApi({ me: me(twoSchools), resources: { [COLLEGE]: collegeRecords(), [LYCEE]: [record('lycee-only')] } });
    const el = await mount({ uai: LYCEE });
    await settled(el);
    expect(root(el).querySelector('#establishment')).to.equal(null);
    expect(titles(el)).to.deep.equal(['Ressource lycee-only (nouvel onglet)']);
    expect(state.requests.filter((r) => r.startsWith('GET resources'))).to.deep.equal([`GET resources ${LYCEE}`]);
  });

  it('offers "Gérer les affectations" to responsables only, with a cancelable event', async () => {
    mockApi({ me: me({ roles: ['responsable-affectation'], profile: 'documentaliste' }) });
    let el = await mount({ affectationUrl: '/affectation.html' });
    await settled(el);
    const link = root(el).querySelector<HTMLAnchorElement>('[part="manage-link"]')!;
    expect(text(link)).to.equal('Gérer les affectations');
    // The console opens on the establishment shown here.
    expect(link.getAttribute('href')).to.equal(`/affectation.html?uai=${COLLEGE}`);
    el.addEventListener('gar-affectation-open', (e) => e.preventDefault(), { once: true });
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'gar-affectation-open');
    expect(event.cancelable).to.equal(true);
    expect(event.defaultPrevented).to.equal(true);
    await expect(el).to.be.accessible();

    el.remove();
    worker.resetHandlers();
    mockApi();
    el = await mount({ affectationUrl: '/affectation.html' });
    await settled(el);
    expect(root(el).querySelector('[part="manage-link"]')).to.equal(null);
  });

  it('reloads from the new API base when api-base changes', async () => {
    mockApi();
    worker.use(
      http.get('/other-api/me', () => HttpResponse.json(me())),
      http.get('/other-api/mediacentre/resources', () => HttpResponse.json({ listeRessources: { ressource: [record('ailleurs')] } })),
      http.get('/other-api/mediacentre/favorites', () => HttpResponse.json({ favorites: [] })),
    );
    const el = await mount();
    await settled(el);
    expect(cards(el)).to.have.length(4);
    el.setAttribute('api-base', '/other-api');
    await waitUntil(() => cards(el).length === 1, 'not reloaded');
    expect(titles(el)).to.deep.equal(['Ressource ailleurs (nouvel onglet)']);
  });

  it('never shows the saved list of another user of the same computer', async () => {
    mockApi();
    let el = await mount();
    await settled(el);
    expect(cards(el)).to.have.length(4);
    el.remove();
    worker.resetHandlers();
    mockApi({ me: me({ id: 'u-0330001A-eleve-2' }), resources: { [COLLEGE]: () => HttpResponse.error() } });
    el = await mount();
    await settled(el);
    expect(cards(el)).to.have.length(0);
    expect(root(el).querySelector('[part="stale-notice"]')).to.equal(null);
    expect(root(el).querySelector('[part="error"]')).to.exist;
  });

  it('the details dialog opens the resource through the same cancelable event', async () => {
    mockApi();
    const el = await mount();
    await settled(el);
    buttonNamed(card(el, 'Le Robert Junior'), /^Détails/).click();
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    const open = dialog.querySelector<HTMLAnchorElement>('a')!;
    expect(open.rel).to.equal('noopener noreferrer');
    expect(open.target).to.equal('_blank');
    el.addEventListener('gar-resource-open', (e) => e.preventDefault(), { once: true });
    setTimeout(() => open.click());
    const event = (await oneEvent(el, 'gar-resource-open')) as CustomEvent<GarResourceOpenDetail>;
    expect(event.detail.resource.idRessource).to.equal('ark:/86527/r.dic-robert');
    expect(event.defaultPrevented).to.equal(true);
  });

  it('uses the heading-level attribute', async () => {
    mockApi();
    const el = await mount({ headingLevel: 3 });
    await settled(el);
    expect(text(root(el).querySelector('h3'))).to.equal('Mon médiacentre');
    expect(root(el).querySelectorAll('h4.card-title')).to.have.length(4);
  });

  it('hides a thumbnail that fails to load, leaving the placeholder', async () => {
    worker.use(http.get('/thumbs/broken.png', () => new HttpResponse(null, { status: 404 })));
    mockApi({ resources: { [COLLEGE]: [record('broken', { urlVignette: '/thumbs/broken.png' })] } });
    const el = await mount();
    await settled(el);
    const img = cards(el)[0]!.querySelector('img')!;
    img.loading = 'eager';
    await waitUntil(() => img.hidden, 'broken image still shown');
    expect(cards(el)[0]!.querySelector('.placeholder')).to.exist;
  });

  it('shows the list even when favourites cannot be loaded', async () => {
    mockApi({ favoritesList: () => problem(500, 'server-error') });
    const el = await mount();
    await settled(el);
    await aTimeout(0);
    expect(cards(el)).to.have.length(4);
    expect(text(root(el))).to.contain('Vos favoris n’ont pas pu être chargés');
  });
});

describe('<gar-mediacentre> with the keyboard and inside a provider', () => {
  beforeEach(() => clearStorage());
  afterEach(() => worker.resetHandlers());

  it('follows a change of lang without reloading', async () => {
    const state = mockApi();
    const el = await mount();
    await settled(el);
    el.lang = 'en';
    await el.updateComplete;
    expect(text(root(el).querySelector('h2'))).to.equal(en.title);
    expect(byLabel<HTMLSelectElement>(el, 'Subject')).to.exist;
    expect(state.requests.filter((r) => r.startsWith('GET resources'))).to.have.length(1);
  });

  it('shows an error with retry when the session cannot be loaded, and signed out on a 401 listing', async () => {
    worker.use(http.get('/api/me', () => problem(500, 'server-error')));
    let el = await mount();
    await waitUntil(() => root(el).querySelector('[part="error"]'), 'no error');
    expect(root(el).querySelector('[part="retry-button"]')).to.exist;
    el.remove();
    worker.resetHandlers();
    mockApi({ resources: { [COLLEGE]: () => problem(401, 'unauthorized', 'Non connecté') } });
    el = await mount();
    await settled(el);
    expect(root(el).querySelector('[part="signed-out"]')).to.exist;
  });

  it('is operable with the keyboard: typing searches, Escape closes the details and gives focus back', async () => {
    mockApi();
    const el = await mount();
    await settled(el);
    byLabel<HTMLInputElement>(el, fr.search).focus();
    await sendKeys({ type: 'robert' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Le Robert Junior en ligne (nouvel onglet)']);
    const details = buttonNamed(card(el, 'Le Robert Junior'), /^Détails/);
    details.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'not open');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'not closed');
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(details);
    const star = favorite(el, 'Le Robert Junior');
    star.focus();
    const saved = oneEvent(el, 'gar-favorite-change');
    await sendKeys({ press: ' ' }); // the key value: 'Space' is a code that only Chromium's driver accepts
    expect(star.getAttribute('aria-pressed')).to.equal('true');
    await saved;
  });

  it('explains an empty favourites view', async () => {
    mockApi();
    const el = await mount({ lang: 'en' });
    await settled(el);
    await choose(el, byLabel<HTMLSelectElement>(el, 'Show'), 'favorites');
    expect(text(root(el).querySelector('[part="empty"]'))).to.contain('You have no favourites yet');
    await expect(el).to.be.accessible();
  });

  it('follows the provider when another user signs in, or nobody', async () => {
    let user: ReturnType<typeof me> | undefined = me();
    mockApi();
    worker.use(http.get('/api/me', () => (user ? HttpResponse.json(user) : problem(401, 'unauthorized', 'Non connecté'))));
    const wrapper = await fixture<EntWidgetsProvider>(html`<ent-widgets-provider><gar-mediacentre></gar-mediacentre></ent-widgets-provider>`);
    const el = wrapper.querySelector('gar-mediacentre')!;
    await settled(el);
    expect(cards(el)).to.have.length(4);
    user = undefined;
    await wrapper.refreshSession();
    await waitUntil(() => root(el).querySelector('[part="signed-out"]'), 'still showing the list');
    expect(cards(el)).to.have.length(0);
    user = me({ id: 'u-0330001A-ens-1', profile: 'enseignant', displayName: 'Julien Mercier' });
    await wrapper.refreshSession();
    await waitUntil(() => cards(el).length === 4, 'not reloaded for the new user');
  });

  it('takes its API, locale and session from <ent-widgets-provider> (one GET /me)', async () => {
    let meCalls = 0;
    worker.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname === '/api/me') meCalls++;
    });
    mockApi();
    const wrapper = await fixture<HTMLElement>(html`<ent-widgets-provider lang="en"><gar-mediacentre></gar-mediacentre></ent-widgets-provider>`);
    const el = wrapper.querySelector('gar-mediacentre')!;
    await settled(el);
    expect(text(root(el).querySelector('h2'))).to.equal(en.title);
    expect(cards(el)).to.have.length(4);
    expect(meCalls).to.equal(1);
    worker.events.removeAllListeners('request:start');
  });
});

describe('<gar-mediacentre> in a narrow column', () => {
  beforeEach(() => clearStorage());
  afterEach(() => worker.resetHandlers());

  it('puts filters behind a disclosure and keeps the search visible', async () => {
    mockApi();
    const el = await mount();
    el.style.width = '320px';
    await settled(el);
    const toggle = buttonNamed(root(el), 'Filtres et tri');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const level = byLabel<HTMLSelectElement>(el, 'Niveau');
    expect(level.getBoundingClientRect().height).to.equal(0);
    expect(byLabel<HTMLInputElement>(el, fr.search).getBoundingClientRect().height).to.be.greaterThan(0);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(level.getBoundingClientRect().height).to.be.greaterThan(0);
    await choose(el, level, '5e');
    expect(text(toggle)).to.equal('Filtres et tri (1 actif)');
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
