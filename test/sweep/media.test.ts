// Every element in every state of ./states.ts under the reader's display settings:
// - `prefers-reduced-motion: reduce`: nothing visible animates or transitions for more than
//   10 ms (the skeleton's shimmer stops), and an animated banner GIF starts as a still frame;
// - forced colours (`forced-colors: active`, Windows high contrast), where the browser drops
//   backgrounds and shadows: every control keeps a visible boundary, focus shows as an outline,
//   icons are drawn in currentColor, pressed / current / checked states show by something other
//   than a background, and axe still finds nothing.
// Chromium emulates both through CDP; Firefox through our launcher (scripts/firefox-launcher.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../support/contract.js';
import { withEverythingLaidOut } from '../support/axe.js';
import { worker } from '../support/msw.js';
import type { EntTileBanner } from '../../src/tiles/banner.js';
import type { Tile } from '../../src/shared/api/types.js';
import { article, images, signedIn, tileHandler } from '../tiles/fixtures.js';
import { mountState, STATES, unmountState } from './states.js';

/** Every element under a shadow root, nested shadow roots included (the settings' preview tile). */
function elementsOf(root: ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...elementsOf(el.shadowRoot));
  }
  return found;
}

const visible = (el: Element) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });

function describeEl(el: Element): string {
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${el.localName}${cls}${el.id ? `#${el.id}` : ''}> "${name}"`;
}

/** Longest of a computed `animation-duration` / `transition-duration` list, in seconds. */
function longest(durations: string): number {
  return Math.max(...durations.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d))));
}

function motions(root: ShadowRoot): string[] {
  const problems: string[] = [];
  for (const el of elementsOf(root)) {
    if (!visible(el)) continue;
    const style = getComputedStyle(el);
    if (style.animationName !== 'none' && longest(style.animationDuration) > 0.01) problems.push(`${describeEl(el)} animation ${style.animationName} ${style.animationDuration}`);
    if (longest(style.transitionDuration) > 0.01) problems.push(`${describeEl(el)} transition ${style.transitionProperty} ${style.transitionDuration}`);
    for (const animation of el.getAnimations()) {
      const duration = Number(animation.effect?.getComputedTiming().duration ?? 0);
      if (animation.playState === 'running' && duration > 10) problems.push(`${describeEl(el)} running animation of ${duration} ms`);
    }
  }
  return problems;
}

const CONTROLS = 'button, input:not([type="hidden"]), select, textarea, [role="button"], [role="tab"]';
const FOCUSABLE = `${CONTROLS}, a[href], summary, [tabindex]:not([tabindex="-1"])`;

/** A native checkbox or radio the browser draws itself: forced colours are its business. */
const nativeToggle = (el: Element) => el.matches('input[type="checkbox"], input[type="radio"]') && getComputedStyle(el).appearance !== 'none';

const drawn = (style: string, width: string) => style !== 'none' && style !== 'hidden' && parseFloat(width) > 0;

/** A border on some side, an outline, or (a button written as a link) an underline. A file input's is its button's. */
function boundary(el: Element): boolean {
  const s = getComputedStyle(el, el.matches('input[type="file"]') ? '::file-selector-button' : null);
  const sides = ['top', 'right', 'bottom', 'left'] as const;
  const border = sides.some((side) => drawn(s.getPropertyValue(`border-${side}-style`), s.getPropertyValue(`border-${side}-width`)) && s.getPropertyValue(`border-${side}-color`) !== 'rgba(0, 0, 0, 0)');
  return border || drawn(s.outlineStyle, s.outlineWidth) || s.textDecorationLine.includes('underline');
}

function withoutBoundary(root: ShadowRoot): string[] {
  return elementsOf(root)
    .filter((el) => el.matches(CONTROLS) && visible(el) && !nativeToggle(el))
    .filter((el) => !boundary(el))
    .map(describeEl);
}

/** Focuses every focusable control in turn: each shows an outline (box-shadow rings are dropped in forced colours). */
function withoutFocusOutline(root: ShadowRoot): string[] {
  const problems: string[] = [];
  for (const el of elementsOf(root)) {
    if (!el.matches(FOCUSABLE) || !visible(el) || (el as HTMLButtonElement).disabled) continue;
    (el as HTMLElement).focus({ preventScroll: true });
    const s = getComputedStyle(el);
    if (el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement !== el) continue; // not focusable after all
    if (!drawn(s.outlineStyle, s.outlineWidth) || s.outlineColor === 'rgba(0, 0, 0, 0)') problems.push(`${describeEl(el)} outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`);
    (el as HTMLElement).blur();
  }
  return problems;
}

const SHAPES = 'svg path, svg circle, svg rect, svg line, svg polyline, svg polygon, svg ellipse, svg use, svg text';

/** The system colour Canvas as computed here: a part cut out of a currentColor icon may use it. */
function canvasColor(root: ShadowRoot): string {
  const probe = document.createElement('span');
  probe.style.color = 'Canvas';
  root.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** Whether filling the shape paints anything: a path of lines only (an "×", a "!") has no area, whatever its default black fill. */
function fillsArea(el: Element): boolean {
  if (!(el instanceof SVGGeometryElement)) return true;
  const box = el.getBBox();
  if (box.width === 0 || box.height === 0) return false;
  for (let i = 1; i < 8; i++) {
    for (let j = 1; j < 8; j++) {
      if (el.isPointInFill(new DOMPoint(box.x + (box.width * i) / 8, box.y + (box.height * j) / 8))) return true;
    }
  }
  return false;
}

/**
 * What each visible inline SVG shape is painted with, in the current palette: `text` (currentColor),
 * `canvas` (a cut-out) or the fixed colour itself. Forced colours leave SVG paint alone, so a
 * fixed colour stays whatever the reader's theme.
 */
function iconPaints(root: ShadowRoot): Map<Element, Map<string, string>> {
  const paints = new Map<Element, Map<string, string>>();
  const canvas = canvasColor(root);
  for (const el of elementsOf(root)) {
    if (!el.matches(SHAPES) || !visible(el.closest('svg')!)) continue;
    const s = getComputedStyle(el);
    const roles = new Map<string, string>();
    for (const paint of ['fill', 'stroke'] as const) {
      const value = s.getPropertyValue(paint);
      if (value === 'none' || (paint === 'fill' && !fillsArea(el))) continue;
      roles.set(paint, value === s.color ? 'text' : value === canvas ? 'canvas' : `fixed ${value}`);
    }
    paints.set(el, roles);
  }
  return paints;
}

/**
 * Shapes painted in a fixed colour, or (when the browser switches to a dark high-contrast palette)
 * whose role changes with the palette: `#fff` passes for Canvas on a light palette and for the
 * text on a dark one, where it vanishes into the currentColor shape it was cut out of.
 */
function iconsOffCurrentColor(light: Map<Element, Map<string, string>>, dark?: Map<Element, Map<string, string>>): string[] {
  const problems: string[] = [];
  for (const [el, roles] of light) {
    const where = `${describeEl(el.closest('svg')!.parentElement!)} ${el.localName}`;
    for (const [paint, role] of roles) {
      const darkRole = dark?.get(el)?.get(paint);
      if (role.startsWith('fixed')) problems.push(`${where} ${paint}: ${role}`);
      // (a shape re-rendered meanwhile is not in the dark reading)
      else if (darkRole && darkRole !== role) problems.push(`${where} ${paint}: ${role} on a light palette, ${darkRole} on a dark one`);
    }
  }
  return problems;
}

const LOOK = ['color', 'background-color', 'font-weight', 'font-style', 'text-decoration-line', 'outline-style', 'outline-width', 'outline-color', 'fill', 'stroke', 'visibility', 'display',
  ...['top', 'right', 'bottom', 'left'].flatMap((side) => [`border-${side}-style`, `border-${side}-width`, `border-${side}-color`])];

/** How an element and its content look, pseudo-elements' content included (not its own words: two buttons' names differ anyway). */
function look(el: Element): string {
  const parts = [getComputedStyle(el, '::before').content, getComputedStyle(el, '::after').content];
  for (const node of [el, ...el.querySelectorAll('*')]) {
    const s = getComputedStyle(node);
    parts.push(LOOK.map((p) => s.getPropertyValue(p)).join('|'));
  }
  return parts.join('\n');
}

/** Pressed / current / selected / checked (custom-drawn) elements that look exactly like their unset siblings. */
function statesByColourAlone(root: ShadowRoot): string[] {
  const problems: string[] = [];
  const kinds: Array<[string, string]> = [
    ['[aria-pressed="true"]', '[aria-pressed="false"]'],
    ['[aria-current]:not([aria-current="false"])', '[aria-current="false"]'],
    ['[aria-selected="true"]', '[aria-selected="false"]'],
    ['input:checked', 'input:not(:checked)'],
  ];
  const all = elementsOf(root);
  for (const [on, off] of kinds) {
    for (const el of all.filter((e) => e.matches(on) && visible(e) && !nativeToggle(e))) {
      // The unset one to compare with: same kind of element, same classes.
      const twin = all.find((e) => e.matches(off) && e.localName === el.localName && e.className === el.className && visible(e));
      if (twin && look(el) === look(twin)) problems.push(`${describeEl(el)} looks like ${describeEl(twin)}`);
    }
  }
  return problems;
}

/** Forced colours on (with a light or dark colour scheme: Chromium then picks its light or dark high-contrast palette) or off. */
const emulateForcedColors = (on: boolean, scheme: 'light' | 'dark' = 'light') =>
  executeServerCommand('emulate-media-features', { features: on ? [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: scheme }] : [] });

const linked = article({ id: 'a-rentree', title: 'Rentrée des 6e', summary: 'Les photos du premier jour.', url: '/articles/rentree' });
const gifBanner: Tile = {
  id: 'banniere',
  type: 'banner',
  title: 'Tuile haute',
  disabled: false,
  image: { url: '/images/rentree.gif', alt: 'Animation : les élèves de 6e le jour de la rentrée' },
  articleId: linked.id,
  linkedArticle: linked,
};

async function mountGifBanner(): Promise<EntTileBanner> {
  worker.use(tileHandler(gifBanner), signedIn(), images());
  const el = await fixture<EntTileBanner>(html`<ent-tile-banner api-base="/api" tile-id="banniere"></ent-tile-banner>`);
  await el.loaded;
  await el.updateComplete;
  return el;
}

describe('prefers-reduced-motion: reduce', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => unmountState());

  it('is emulated', () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  });

  for (const s of STATES) {
    it(`<${s.tag}> ${s.state}: nothing moves`, async () => {
      const el = await mountState(s, 'fr');
      expect(motions(el.shadowRoot!)).to.deep.equal([]);
    });
  }

  it('<ent-tile-banner>: an animated GIF starts as a still frame with a play button', async () => {
    const el = await mountGifBanner();
    expect(el.animating).to.equal(false);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('canvas[role="img"]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="motion-button"]')!.textContent!.trim()).to.equal('Lire l’animation');
  });
});

// The checks above find motion when there is some: without the preference, the skeleton
// shimmers and the GIF plays.
describe('prefers-reduced-motion: no-preference (control)', () => {
  afterEach(() => unmountState());

  it('the loading skeleton shimmers and an animated GIF plays', async () => {
    const el = await mountState(STATES.find((s) => s.tag === 'ent-tile-news' && s.state === 'loading')!, 'fr');
    expect(motions(el.shadowRoot!).join()).to.match(/animation pulse/);
    el.remove();
    const banner = await mountGifBanner();
    expect(banner.animating).to.equal(true);
  });
});

describe('forced-colors: active', () => {
  before(async function () {
    await emulateForcedColors(true);
    if (!matchMedia('(forced-colors: active)').matches) {
      console.warn('forced-colors: active could not be emulated in this browser');
      this.skip();
    }
  });
  after(() => emulateForcedColors(false));
  afterEach(() => unmountState());

  for (const s of STATES) {
    it(`<${s.tag}> ${s.state}: boundaries, focus, icons and states survive; axe finds nothing`, async () => {
      const el = await mountState(s, 'fr');
      const root = el.shadowRoot!;
      expect(withoutBoundary(root), 'controls without a visible boundary').to.deep.equal([]);
      const light = iconPaints(root);
      const lightCanvas = canvasColor(root);
      await emulateForcedColors(true, 'dark');
      // Firefox keeps the system's palette whatever the colour scheme: one palette checked there.
      const dark = canvasColor(root) !== lightCanvas ? iconPaints(root) : undefined;
      await emulateForcedColors(true, 'light');
      expect(iconsOffCurrentColor(light, dark), 'icons not in currentColor').to.deep.equal([]);
      expect(statesByColourAlone(root), 'states shown by background alone').to.deep.equal([]);
      expect(withoutFocusOutline(root), 'focus without an outline').to.deep.equal([]);
      await withEverythingLaidOut(el, () => expect(el).to.be.accessible());
    });
  }
});
