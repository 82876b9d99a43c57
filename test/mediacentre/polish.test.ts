// Issue #19: what users saw wrong in the médiacentre, each checked as they see it.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../support/contract.js';
import { text } from '../support/dom.js';
import { worker } from '../support/msw.js';
import type { GarAffectationOpenDetail } from '../../src/mediacentre/mediacentre.js';
import { byLabel, buttonNamed, choose, clearStorage, COLLEGE, collegeRecords, familyRecords, LYCEE, me, mockApi, mount, record, root, settled, twoSchools } from './fixtures.js';
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
