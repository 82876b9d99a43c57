// A portal page with aggressive global CSS: the widgets look and behave the same.
import { expect } from '@open-wc/testing';
import '../support/contract.js';
import '../../src/index.js';
import { allSettled, mountAll, resetMock, shadow, TAGS, useMock } from './page.js';

/** What an old portal stylesheet does to everything (the stage keeps its width so that boxes compare). */
const HOSTILE = `
  * { font-family: "Comic Sans MS", cursive !important; font-size: 22px !important; font-style: italic !important; font-weight: 900 !important;
      color: #ff00ff !important; line-height: 3 !important; letter-spacing: 3px !important; word-spacing: 8px !important;
      text-transform: uppercase !important; text-align: right !important; text-indent: 20px !important; white-space: nowrap !important;
      box-sizing: content-box !important; margin: 17px !important; padding: 11px !important; display: inline !important;
      visibility: visible !important; cursor: wait !important; }
  html, body, #stage, ent-widgets-provider { display: block !important; margin: 0 !important; padding: 0 !important; }
  #stage { width: 960px !important; }
  button { background: red !important; border: 6px dotted lime !important; font-size: 30px !important; padding: 20px !important; }
  a { color: red !important; text-decoration: line-through !important; }
  img { width: 13px !important; height: 13px !important; display: none !important; }
  h2, h3, p, ul, li, table, td, th { font-size: 40px !important; margin: 40px !important; border: 4px solid red !important; }
  input, select, textarea { width: 20px !important; border: 0 !important; }
`;

const KEY_PARTS = 'h2, h3, button, a[href], input, select, img, table, [role="status"], [part]';
const PROPERTIES = ['font-family', 'font-size', 'font-style', 'font-weight', 'color', 'line-height', 'letter-spacing', 'text-transform', 'text-align', 'box-sizing', 'display', 'margin-top', 'padding-left', 'white-space'];

interface Snapshot {
  [key: string]: { styles: string[]; width: number; height: number };
}

function snapshot(stage: HTMLElement): Snapshot {
  const result: Snapshot = {};
  for (const tag of TAGS) {
    const root = shadow(stage, tag);
    const parts = [...root.querySelectorAll<HTMLElement>(KEY_PARTS)].slice(0, 40);
    expect(parts.length, `${tag} has key parts`).to.be.greaterThan(0);
    parts.forEach((part, i) => {
      const style = getComputedStyle(part);
      const box = part.getBoundingClientRect();
      result[`${tag} ${i} ${part.localName}${part.id ? `#${part.id}` : ''}${part.getAttribute('part') ? `[${part.getAttribute('part')}]` : ''}`] = {
        styles: PROPERTIES.map((p) => `${p}: ${style.getPropertyValue(p)}`),
        width: Math.round(box.width),
        height: Math.round(box.height),
      };
    });
  }
  return result;
}

describe('widgets on a page with hostile global CSS', () => {
  afterEach(() => resetMock());

  it('keep their fonts, colours, boxes and layout', async function () {
    this.timeout(30_000);
    useMock('responsable');
    const stage = await mountAll();
    stage.id = 'stage';
    await allSettled(stage);
    const before = snapshot(stage);

    const sheet = document.createElement('style');
    sheet.textContent = HOSTILE;
    document.head.append(sheet);
    try {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const after = snapshot(stage);
      const differences: string[] = [];
      for (const [key, was] of Object.entries(before)) {
        const now = after[key];
        if (!now) {
          differences.push(`${key}: gone`);
          continue;
        }
        was.styles.forEach((s, i) => {
          if (s !== now.styles[i]) differences.push(`${key}: ${s} → ${now.styles[i]}`);
        });
        if (Math.abs(was.width - now.width) > 1 || Math.abs(was.height - now.height) > 1) differences.push(`${key}: box ${was.width}×${was.height} → ${now.width}×${now.height}`);
      }
      expect(differences.slice(0, 25), `${differences.length} differences`).to.deep.equal([]);
      // Still usable: sorting the console's table by publisher works under the hostile sheet.
      const console = stage.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('gar-affectation-console')!;
      shadow(stage, 'gar-affectation-console').querySelector<HTMLButtonElement>('button.sort[data-sort="publisher"]')!.click();
      await console.updateComplete;
      expect(shadow(stage, 'gar-affectation-console').querySelector('button.sort[data-sort="publisher"]')!.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    } finally {
      sheet.remove();
    }
  });
});
