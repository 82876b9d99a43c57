// Issue #19: what users saw wrong in the médiacentre, each checked as they see it.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../support/contract.js';
import { text } from '../support/dom.js';
import { worker } from '../support/msw.js';
import type { GarAffectationOpenDetail } from '../../src/mediacentre/mediacentre.js';
import { byLabel, buttonNamed, choose, clearStorage, COLLEGE, collegeRecords, familyRecords, LYCEE, me, mockApi, mount, record, root, settled, titles, twoSchools, typeInto } from './fixtures.js';
import { MediacentreHarness } from './harness.js';

describe('<gar-mediacentre> polish (#19)', () => {
  beforeEach(() => clearStorage());
  afterEach(() => worker.resetHandlers());

  it('9. the family toggle says « Masquer » when the family is open', async () => {
    mockApi({ resources: { [COLLEGE]: familyRecords() } });
    const el = await mount();
    await settled(el);
    const mother = new MediacentreHarness(el).card('CNS – Biblio Manuels');
    const toggle = buttonNamed(mother, 'Afficher les 2 manuels de la famille');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Masquer les 2 manuels de la famille');
    toggle.click();
    await el.updateComplete;
    expect(text(toggle)).to.equal('Afficher les 2 manuels de la famille');
    await expect(el).to.be.accessible();
  });

  it('9. an open family takes its whole row: no card beside it is stretched to its height', async () => {
    mockApi({ resources: { [COLLEGE]: [...familyRecords(), ...collegeRecords()] } });
    const el = await mount();
    el.parentElement!.style.width = '1000px';
    await settled(el);
    const harness = new MediacentreHarness(el);
    const list = root(el).querySelector<HTMLElement>('[part="list"]')!.getBoundingClientRect();
    const mother = harness.card('CNS – Biblio Manuels');
    buttonNamed(mother, 'Afficher les 2 manuels de la famille').click();
    await el.updateComplete;
    const open = mother.getBoundingClientRect();
    expect(open.width, 'the whole row').to.be.closeTo(list.width, 2);
    // Alone in its row: every other card is above or below it.
    for (const card of harness.cards().filter((other) => other !== mother)) {
      const box = card.getBoundingClientRect();
      expect(box.bottom <= open.top + 1 || box.top >= open.bottom - 1, text(card.querySelector('[part~="card-title"]'))).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });

  it('10. the toolbar does not move while one types or filters', async () => {
    mockApi();
    const el = await mount();
    el.style.width = '1280px';
    await settled(el);
    const r = root(el);
    const controls = () => [...r.querySelectorAll<HTMLElement>('[role="search"] input, [role="search"] select, [role="search"] button')];
    const boxes = () => controls().map((c) => { const b = c.getBoundingClientRect(); return `${c.id || c.className} ${Math.round(b.left)},${Math.round(b.top)} ${Math.round(b.width)}×${Math.round(b.height)}`; });
    const before = boxes();
    // « Effacer les filtres » keeps its place, invisible and out of the tab order until something is filtered.
    const clear = buttonNamed(r.querySelector('[role="search"]')!, 'Effacer les filtres');
    expect(getComputedStyle(clear).visibility).to.equal('hidden');
    await typeInto(el, byLabel<HTMLInputElement>(el, 'Rechercher une ressource'), 'ro');
    expect(titles(el)).to.have.length.below(4);
    expect(getComputedStyle(clear).visibility).to.equal('visible');
    expect(boxes()).to.deep.equal(before);
    await choose(el, byLabel<HTMLSelectElement>(el, 'Niveau'), '5e');
    expect(boxes()).to.deep.equal(before);
    clear.click();
    await el.updateComplete;
    expect(boxes()).to.deep.equal(before);
    await expect(el).to.be.accessible();
  });

  it('10. narrow, the idle « Effacer les filtres » leaves no blank line under « Filtres et tri »; the search does not move when it appears', async () => {
    mockApi();
    const el = await mount();
    el.style.width = '360px';
    await settled(el);
    const r = root(el);
    const toolbar = r.querySelector<HTMLElement>('[role="search"]')!;
    const toggle = buttonNamed(toolbar, 'Filtres et tri');
    const padding = parseFloat(getComputedStyle(toolbar).paddingBottom) + parseFloat(getComputedStyle(toolbar).borderBottomWidth);
    expect(toolbar.getBoundingClientRect().bottom - toggle.getBoundingClientRect().bottom).to.be.closeTo(padding, 1);
    const search = byLabel<HTMLInputElement>(el, 'Rechercher une ressource');
    const top = search.getBoundingClientRect().top;
    await typeInto(el, search, 'ro');
    expect(buttonNamed(toolbar, 'Effacer les filtres').checkVisibility()).to.equal(true);
    expect(search.getBoundingClientRect().top).to.equal(top);
  });

  it('11. favourites pinned first are labelled as such, in the grid and in the list', async () => {
    mockApi({ favorites: ['ark:/86527/r.dic-robert'] });
    const el = await mount();
    await settled(el);
    const r = root(el);
    expect(titles(el)[0]).to.match(/^Le Robert Junior/);
    const list = r.querySelector<HTMLElement>('[part="list"]')!;
    const label = r.getElementById(list.getAttribute('aria-describedby')!)!;
    expect(text(label)).to.equal('★ Mes favoris en premier');
    expect(label.checkVisibility()).to.equal(true);
    // Just above the list.
    expect(label.getBoundingClientRect().bottom).to.be.at.most(list.getBoundingClientRect().top);
    await expect(el).to.be.accessible();
    buttonNamed(r, 'Liste').click();
    await el.updateComplete;
    expect(text(r.getElementById(r.querySelector('[part="list"]')!.getAttribute('aria-describedby')!))).to.equal('★ Mes favoris en premier');
    // Only favourites shown: nothing to tell apart.
    await choose(el, byLabel<HTMLSelectElement>(el, 'Afficher'), 'favorites');
    expect(r.querySelector('[part="list"]')!.hasAttribute('aria-describedby')).to.equal(false);
    expect(text(r)).not.to.contain('Mes favoris en premier');
  });

  it('11. after the pinned favourites, the other resources start a row of their own', async () => {
    mockApi({ favorites: ['ark:/86527/r.dic-robert'] });
    const el = await mount();
    el.parentElement!.style.width = '1000px';
    await settled(el);
    const [pinned, first] = new MediacentreHarness(el).cards().map((card) => card.getBoundingClientRect());
    expect(first!.left, 'back to the first column').to.be.closeTo(pinned!.left, 1);
    expect(first!.top, 'below the favourite').to.be.above(pinned!.bottom - 1);
  });

  it('11. no label without favourites', async () => {
    mockApi();
    const el = await mount();
    await settled(el);
    expect(root(el).querySelector('[part="list"]')!.hasAttribute('aria-describedby')).to.equal(false);
    expect(text(root(el))).not.to.contain('Mes favoris en premier');
  });

  it('12. thumbnails show whole on the card background, and the GAR badge never covers them', async () => {
    mockApi();
    const el = await mount();
    el.style.width = '1280px';
    await settled(el);
    const r = root(el);
    const h = new MediacentreHarness(el);
    const card = h.card('Histoire-Géographie 6e');
    const img = card.querySelector('img')!;
    await waitUntil(() => img.complete, 'thumbnail not loaded');
    expect(getComputedStyle(img).objectFit).to.equal('contain');
    // What contain leaves around a thumbnail of another shape is the card's own background, not grey bars.
    expect(getComputedStyle(img).backgroundColor).to.equal(getComputedStyle(card).backgroundColor);
    const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
    for (const layout of ['Grille', 'Liste']) {
      buttonNamed(r, layout).click();
      await el.updateComplete;
      const thumb = h.card('Histoire-Géographie 6e').querySelector('[part="thumbnail"]')!.getBoundingClientRect();
      const badge = h.card('Histoire-Géographie 6e').querySelector('[part="gar-badge"]')!.getBoundingClientRect();
      expect(badge.width, layout).to.be.greaterThan(0);
      expect(apart(badge, thumb), `${layout}: the badge covers the thumbnail`).to.equal(true);
    }
  });

  it('14. « Gérer les affectations » opens the console on the establishment shown', async () => {
    mockApi({
      me: me({ ...twoSchools, roles: ['responsable-affectation'], profile: 'documentaliste' }),
      resources: { [COLLEGE]: collegeRecords(), [LYCEE]: [record('lycee-only', {}, LYCEE)] },
    });
    const el = await mount({ affectationUrl: '/affectation.html?as=responsable' });
    await settled(el);
    await choose(el, byLabel<HTMLSelectElement>(el, 'Établissement'), LYCEE);
    const link = root(el).querySelector<HTMLAnchorElement>('[part="manage-link"]')!;
    expect(link.getAttribute('href')).to.equal(`/affectation.html?as=responsable&uai=${LYCEE}`);
    el.addEventListener('gar-affectation-open', (e) => e.preventDefault(), { once: true });
    setTimeout(() => link.click());
    const event = (await oneEvent(el, 'gar-affectation-open')) as CustomEvent<GarAffectationOpenDetail>;
    expect(event.detail.uai).to.equal(LYCEE);
    expect(event.detail.url).to.equal(`/affectation.html?as=responsable&uai=${LYCEE}`);
    // All establishments: none is passed on.
    await choose(el, byLabel<HTMLSelectElement>(el, 'Établissement'), '*');
    expect(root(el).querySelector('[part="manage-link"]')!.getAttribute('href')).to.equal('/affectation.html?as=responsable');
  });

  it('19. the technical fields of the details are in a closed « Informations techniques » section', async () => {
    mockApi();
    const el = await mount();
    await settled(el);
    new MediacentreHarness(el).details('Le Robert Junior').click();
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'not open');
    await el.updateComplete;
    const technical = dialog.querySelector('details')!;
    expect(technical, 'a disclosure').to.exist;
    expect(text(technical.querySelector('summary'))).to.equal('Informations techniques');
    expect(technical.open).to.equal(false);
    expect(text(technical)).to.contain('ark:/86527/r.dic-robert');
    // Closed, the ARK is not shown; the summary is reachable and opens it.
    const ark = [...technical.querySelectorAll('dd')].find((dd) => text(dd) === 'ark:/86527/r.dic-robert')!;
    expect(ark.checkVisibility()).to.equal(false);
    technical.querySelector('summary')!.click();
    await waitUntil(() => technical.open);
    expect(ark.checkVisibility()).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
