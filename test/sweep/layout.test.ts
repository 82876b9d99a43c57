// The layout sweep: every element in every state (console sections, dialogs, forms open), in
// French (the longer language, with the mock's longest titles and names), in windows 320, 360
// and 1280 px wide: nothing scrolls sideways — neither the element nor the page — and no
// control is cut off, dialogs included.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../support/contract.js';
import { mountState, STATES, unmountState } from './states.js';

const CONTROLS = 'button, a[href], input, select, textarea, summary, [tabindex="0"]';
/** What sticks out of the window, or makes `el` or the page scroll sideways. */
function overflows(el: HTMLElement): string[] {
  const width = document.documentElement.clientWidth;
  const problems: string[] = [];
  if (el.scrollWidth > el.clientWidth + 1) problems.push(`the element scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
  if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
  const roots = [el.shadowRoot!, ...[...el.shadowRoot!.querySelectorAll('*')].flatMap((node) => (node.shadowRoot ? [node.shadowRoot] : []))];
  for (const root of roots) {
    for (const control of root.querySelectorAll<HTMLElement>(CONTROLS)) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered (closed disclosure, visually hidden)
      if (control.closest('.table-wrap')) continue; // data tables scroll inside their own labelled region
      const name = `${control.localName}${control.id ? `#${control.id}` : ''} "${(control.textContent ?? '').trim().slice(0, 30)}"`;
      if (box.left + window.scrollX < -1 || box.right + window.scrollX > width + 1) problems.push(`${name} at ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
  }
  return problems;
}

for (const width of [320, 360, 1280]) {
  describe(`layout sweep: every element × state in a window ${width} px wide`, () => {
    before(() => setViewport({ width, height: 900 }));
    after(() => setViewport({ width: 800, height: 600 }));
    afterEach(() => unmountState());

    for (const s of STATES) {
      it(`<${s.tag}> ${s.state}`, async () => {
        const el = await mountState(s, 'fr', 'auto');
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        expect(overflows(el).join('\n')).to.equal('');
      });
    }
  });
}
