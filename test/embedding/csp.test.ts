// A portal page served with a strict Content-Security-Policy (no inline script or style, no
// eval, images from self and data: only): no violation is reported and every widget renders.
import { expect, waitUntil } from '@open-wc/testing';
import { TAGS } from './page.js';
import { STATES } from '../sweep/states.js';

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

/** Waits until `check` passes in the frame. */
const until = (check: () => unknown, message: string) => waitUntil(check, message, { timeout: 8000 });

type Host = HTMLElement & { updateComplete: Promise<unknown> };

async function press(root: ShadowRoot, selector: string): Promise<void> {
  const target = root.querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await (root.host as Host).updateComplete;
}

describe('widgets under a strict Content-Security-Policy, in every state', () => {
  it('every console section, its dialogs and the médiacentre details: no violation', async function () {
    this.timeout(60_000);
    const frame = await open('responsable');
    try {
      const doc = frame.contentDocument!;
      const violations = (frame.contentWindow as unknown as { cspViolations: string[] }).cspViolations;
      const console_ = doc.querySelector<Host>('gar-affectation-console')!;
      const root = () => console_.shadowRoot!;
      await until(() => root().querySelector('.panel[aria-busy="false"] tr[data-id]'), 'console table');
      const ready: Record<string, string> = {
        dashboard: '[part~="dashboard"]',
        subscriptions: 'tr[data-id]',
        resource: '[part~="section-heading"]',
        population: '[part~="section-heading"]',
        recovery: '#recover-all',
        statistics: 'figure.chart svg[role="img"]',
      };
      for (const [section, selector] of Object.entries(ready)) {
        await press(root(), `button.tab[data-tab="${section}"]`);
        await until(() => root().querySelector(`.panel[aria-busy="false"] ${selector}`) && !root().querySelector('.panel [part~="loading"]'), `section ${section}`);
      }
      // The chart: its width from its attribute and the stylesheet, no style attribute.
      const chart = root().querySelector<SVGSVGElement>('figure.chart svg')!;
      expect(chart.hasAttribute('style')).to.equal(false);
      expect(chart.getBoundingClientRect().width).to.be.greaterThan(0);
      // Recovery: the confirmation.
      await press(root(), 'button.tab[data-tab="recovery"]');
      await until(() => root().querySelector('#recover-all'), 'recovery actions');
      await press(root(), '#recover-all');
      await until(() => root().querySelector('[part~="recover-confirm"]'), 'recovery confirmation');
      // An assignment: summary, then saved with its undo toast.
      await press(root(), 'button.tab[data-tab="subscriptions"]');
      await until(() => root().querySelector('tr[data-id="sub-0330001A-015"] td .button'), 'subscriptions');
      const saved = STATES.find((s) => s.tag === 'gar-affectation-console' && s.state === 'assignment saved, undo offered')!;
      await saved.open!(root(), console_);
      // The assignments of that resource, and the confirmation of a removal.
      await until(() => root().querySelector('details.existing .remove-one'), 'existing assignments');
      root().querySelector<HTMLDetailsElement>('details.existing')!.open = true;
      await press(root(), 'details.existing .remove-one');
      await until(() => root().querySelector('#remove-confirm'), 'removal confirmation');
      // The médiacentre's details dialog.
      const media = doc.querySelector<Host>('gar-mediacentre')!;
      await until(() => media.shadowRoot!.querySelector('[part~="details-button"]'), 'médiacentre cards');
      await press(media.shadowRoot!, '[part~="details-button"]');
      await until(() => media.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open, 'details dialog');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(violations).to.deep.equal([]);
      for (const el of doc.querySelectorAll('*')) expect(el.shadowRoot?.querySelector('[style]') ?? null, `${el.localName}: a style attribute`).to.equal(null);
    } finally {
      frame.remove();
    }
  });

  it('a pupil’s announcements with their hidden list and form errors: no violation', async function () {
    this.timeout(60_000);
    const frame = await open('eleve');
    try {
      const doc = frame.contentDocument!;
      const violations = (frame.contentWindow as unknown as { cspViolations: string[] }).cspViolations;
      for (const state of ['form with errors', 'hidden messages open']) {
        const region = doc.querySelector<Host>('ent-targeted-announcement')!;
        const { shown, open: act } = STATES.find((s) => s.tag === 'ent-targeted-announcement' && s.state === state)!;
        await until(() => region.shadowRoot && shown(region.shadowRoot, region), `announcements: ${state}`);
        await act!(region.shadowRoot!, region);
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(violations).to.deep.equal([]);
      for (const el of doc.querySelectorAll('*')) expect(el.shadowRoot?.querySelector('[style]') ?? null, `${el.localName}: a style attribute`).to.equal(null);
    } finally {
      frame.remove();
    }
  });

  it('the admin composer, its errors, a delete confirmation and the tile settings errors: no violation', async function () {
    this.timeout(60_000);
    const frame = await open('admin');
    try {
      const doc = frame.contentDocument!;
      const violations = (frame.contentWindow as unknown as { cspViolations: string[] }).cspViolations;
      for (const state of ['delete confirmation', 'composer with errors']) {
        const admin = doc.querySelector<Host>('ent-announcement-admin')!;
        await until(() => admin.shadowRoot!.querySelector('li.row'), 'announcement rows');
        await STATES.find((s) => s.tag === 'ent-announcement-admin' && s.state === state)!.open!(admin.shadowRoot!, admin);
      }
      const settings = doc.querySelector<Host>('ent-tile-settings')!;
      await until(() => settings.shadowRoot!.querySelector('#title'), 'settings form');
      await STATES.find((s) => s.tag === 'ent-tile-settings' && s.state === 'validation error')!.open!(settings.shadowRoot!, settings);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(violations).to.deep.equal([]);
      for (const el of doc.querySelectorAll('*')) expect(el.shadowRoot?.querySelector('[style]') ?? null, `${el.localName}: a style attribute`).to.equal(null);
    } finally {
      frame.remove();
    }
  });
});
