// Reflow (WCAG 1.4.10): at 320 CSS px wide — and at 640, a 1280 px screen zoomed to 200% — no
// element scrolls sideways and no control is cut off.
import { expect } from '@open-wc/testing';
import '../support/contract.js';
import '../../src/index.js';
import { allSettled, mountAll, resetMock, shadow, TAGS, useMock } from './page.js';

const CONTROLS = 'button, a[href], input, select, textarea, summary, [tabindex="0"]';

function overflows(stage: HTMLElement): string[] {
  const { left, right } = stage.getBoundingClientRect();
  const problems: string[] = [];
  for (const tag of TAGS) {
    const host = stage.querySelector<HTMLElement>(tag)!;
    if (host.scrollWidth > host.clientWidth + 1) problems.push(`${tag} scrolls sideways (${host.scrollWidth} > ${host.clientWidth})`);
    for (const control of shadow(stage, tag).querySelectorAll<HTMLElement>(CONTROLS)) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered (closed disclosure, visually hidden)
      if (control.closest('.table-wrap')) continue; // data tables scroll inside their own labelled region
      if (box.left < left - 1 || box.right > right + 1) problems.push(`${tag} ${control.localName}${control.id ? `#${control.id}` : ''} "${(control.textContent ?? '').trim().slice(0, 30)}" at ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
  }
  return problems;
}

describe('widgets at 320 px and at 200% zoom', () => {
  afterEach(() => resetMock());

  for (const width of [320, 640]) {
    for (const user of ['responsable', 'admin'] as const) {
      it(`reflow at ${width} px (as ${user})`, async function () {
        this.timeout(30_000);
        useMock(user);
        const stage = await mountAll();
        stage.style.width = `${width}px`;
        await allSettled(stage);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        expect(overflows(stage)).to.deep.equal([]);
      });
    }
  }
});
