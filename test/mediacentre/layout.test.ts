// No page scrolls sideways because of the médiacentre: grid and list, a family open, the toolbar
// with every filter, at 320, 360 and 1280 px.
import { expect, fixture, html } from '@open-wc/testing';
import '../support/contract.js';
import { worker } from '../support/msw.js';
import type { GarMediacentre } from '../../src/mediacentre/mediacentre.js';
import '../../src/mediacentre/define.js';
import { buttonNamed, clearStorage, COLLEGE, collegeRecords, familyRecords, mockApi, root, settled } from './fixtures.js';

describe('<gar-mediacentre> layout', () => {
  beforeEach(() => clearStorage());
  afterEach(() => worker.resetHandlers());

  for (const width of [320, 360, 1280]) {
    for (const layout of ['Grille', 'Liste']) {
      it(`stays within ${width} px, ${layout.toLowerCase()}, a family open`, async () => {
        mockApi({ resources: { [COLLEGE]: [...collegeRecords(), ...familyRecords()] }, favorites: ['ark:/86527/r.dic-robert'] });
        const wrapper = await fixture<HTMLDivElement>(html`<div><gar-mediacentre lang="fr"></gar-mediacentre></div>`);
        wrapper.style.width = `${width}px`;
        const el = wrapper.querySelector<GarMediacentre>('gar-mediacentre')!;
        await settled(el);
        const r = root(el);
        const toggle = r.querySelector<HTMLButtonElement>('.filters-toggle');
        if (toggle && getComputedStyle(toggle).display !== 'none') toggle.click();
        buttonNamed(r, layout).click();
        await el.updateComplete;
        buttonNamed(r, 'Afficher les 2 manuels de la famille').click();
        await el.updateComplete;
        expect(el.scrollWidth, 'the widget').to.be.at.most(width);
        for (const control of r.querySelectorAll<HTMLElement>('select, input, button, a')) {
          if (control.getClientRects().length === 0) continue;
          expect(control.getBoundingClientRect().right - wrapper.getBoundingClientRect().left, control.id || control.textContent!.trim()).to.be.at.most(width + 1);
        }
      });
    }
  }
});
