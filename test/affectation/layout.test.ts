// No page scrolls sideways because of the console: its resource and statistics pickers list
// titles of 150 characters (sub-0330001A-012), which stretched the page to 2,300 px.
import { expect, fixture, html } from '@open-wc/testing';
import '../support/contract.js';
import '../../src/affectation/define.js';
import type { GarAffectationConsole } from '../../src/affectation/console.js';
import { NOW, resetMock, root, settled, useMock, waitFor } from './helpers.js';

describe('<gar-affectation-console> layout', () => {
  afterEach(() => resetMock());

  for (const width of [320, 360, 1280]) {
    for (const section of ['resource', 'statistics', 'subscriptions'] as const) {
      it(`stays within ${width} px on « ${section} »`, async () => {
        useMock('responsable');
        const wrapper = await fixture<HTMLDivElement>(html`<div class="frame"><gar-affectation-console section=${section} .now=${() => NOW}></gar-affectation-console></div>`);
        wrapper.style.width = `${width}px`;
        const el = wrapper.querySelector<GarAffectationConsole>('gar-affectation-console')!;
        await settled(el);
        const r = root(el);
        await waitFor(() => (section === 'resource' ? r.querySelector('#flow-subscription') : section === 'statistics' ? r.querySelector('#stats-subscription') : r.querySelector('table')), `${section} shown`);
        await el.updateComplete;
        // The widget's own box and every control in it stay within the frame (a table may scroll inside its own wrapper).
        expect(el.scrollWidth, 'the widget').to.be.at.most(width);
        for (const control of r.querySelectorAll<HTMLElement>('select, input, button')) {
          if (control.closest('.table-wrap')) continue;
          expect(control.getBoundingClientRect().right - wrapper.getBoundingClientRect().left, control.id || control.textContent!.trim()).to.be.at.most(width + 1);
        }
      });
    }
  }
});
