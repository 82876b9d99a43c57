// A portal page served with a strict Content-Security-Policy (no inline script or style, no
// eval, images from self and data: only): no violation is reported and every widget renders.
import { expect, waitUntil } from '@open-wc/testing';
import { TAGS } from './page.js';

async function open(as: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Portail sous CSP stricte';
  frame.width = '1000';
  frame.height = '800';
  frame.src = `/test/embedding/csp-page.html?as=${as}`;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as unknown as { cspReady?: boolean } | null)?.cspReady, 'the CSP page booted', { timeout: 15_000 });
  return frame;
}

describe('widgets under a strict Content-Security-Policy', () => {
  for (const as of ['responsable', 'admin']) {
    it(`render without any violation (as ${as})`, async function () {
      this.timeout(30_000);
      const frame = await open(as);
      try {
        const doc = frame.contentDocument!;
        const root = (tag: string) => doc.querySelector(tag)!.shadowRoot;
        await waitUntil(
          () => TAGS.every((tag) => { const r = root(tag); return r && r.children.length > 0 && !r.querySelector('[part~="loading"]'); }),
          'every widget rendered',
          { timeout: 15_000 },
        );
        // A real render, not just a state view: the data of this user's widgets is there.
        await waitUntil(() => root('ent-tile-news')!.querySelector('article'), 'news articles', { timeout: 8000 });
        if (as === 'responsable') {
          await waitUntil(() => root('gar-mediacentre')!.querySelector('.cards > li'), 'médiacentre cards', { timeout: 8000 });
          await waitUntil(() => root('gar-affectation-console')!.querySelector('tbody tr'), 'console table', { timeout: 8000 });
        } else {
          await waitUntil(() => root('ent-announcement-admin')!.querySelector('table, [part~="list"], ul'), 'announcement list', { timeout: 8000 });
          await waitUntil(() => root('ent-tile-settings')!.querySelector('form'), 'tile settings form', { timeout: 8000 });
        }
        // Lit's adopted stylesheets applied (nothing blocked them): the banner/news have their layout.
        expect(getComputedStyle(doc.querySelector('ent-tile-news')!).display).to.equal('block');
        await new Promise((resolve) => setTimeout(resolve, 300));
        const violations = (frame.contentWindow as unknown as { cspViolations: string[] }).cspViolations;
        expect(violations).to.deep.equal([]);
        // The header really was there: an inline style attribute set now is refused and reported.
        const probe = doc.createElement('div');
        probe.setAttribute('style', 'color: red');
        doc.body.append(probe);
        await waitUntil(() => violations.length > 0, 'the page enforces the policy', { timeout: 3000 });
        expect(violations[0]).to.match(/^style-src/);
      } finally {
        frame.remove();
      }
    });
  }
});
