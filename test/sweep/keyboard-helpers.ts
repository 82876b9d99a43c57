// Keyboard sweep helpers: where the focus is (through shadow roots), whether it can be seen,
// and a key press that checks both. Role and name are a small approximation of the ARIA
// computation, enough to tell our own controls apart.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const implicitRoles: Record<string, string> = {
  button: 'button', select: 'combobox', textarea: 'textbox', dialog: 'dialog', summary: 'button',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  article: 'article', section: 'region', li: 'listitem', th: 'rowheader', td: 'cell', canvas: 'img',
};
const inputRoles: Record<string, string> = {
  checkbox: 'checkbox', radio: 'radio', search: 'searchbox', button: 'button', submit: 'button', reset: 'button',
  number: 'spinbutton', range: 'slider', file: 'button',
};

export function roleOf(el: Element): string {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit.split(/\s+/)[0];
  const tag = el.localName;
  if (tag === 'a') return el.hasAttribute('href') ? 'link' : 'generic';
  if (tag === 'input') return inputRoles[(el as HTMLInputElement).type] ?? 'textbox';
  return implicitRoles[tag] ?? 'generic';
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Accessible name, approximated: aria-labelledby, aria-label, label, then text content. */
export function nameOf(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(/\s+/).map((id) => text(root.getElementById(id))).join(' ').trim();
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length > 0) return [...labels].map((l) => text(l)).join(' ').trim();
  return text(el);
}

/** A focus indicator that can be seen: an outline of 2px or more, or a box-shadow while focused. */
export function focusIndicator(el: Element): { visible: boolean; why: string } {
  const style = getComputedStyle(el);
  const width = parseFloat(style.outlineWidth);
  if (style.outlineStyle !== 'none' && style.outlineStyle !== 'hidden' && width >= 2) {
    // An outline drawn in a transparent colour is no indicator.
    if (!/rgba\(.*,\s*0\)$/.test(style.outlineColor) && style.outlineColor !== 'transparent') {
      return { visible: true, why: `outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` };
    }
  }
  if (style.boxShadow && style.boxShadow !== 'none') return { visible: true, why: `box-shadow ${style.boxShadow}` };
  const states = [':focus', ':focus-visible'].filter((state) => el.matches(state)).join(' ') || 'not :focus';
  return { visible: false, why: `outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}, matches ${states}` };
}

function describeFocus(el: Element | null): string {
  return el ? `<${el.localName}> ${roleOf(el)} "${nameOf(el).slice(0, 80)}"` : 'nothing';
}

export interface FocusExpectation {
  role: string;
  /** Exact name, or a pattern. */
  name?: string | RegExp;
}

/** Asserts what has the focus (role and name) and that its focus indicator is visible. */
export function expectFocus(expected: FocusExpectation): HTMLElement {
  const el = deepActiveElement();
  // Booleans only: chai's message for a failing assertion on a DOM node walks the whole DOM.
  expect(el instanceof HTMLElement, `focus on ${describeFocus(el)}, expected ${expected.role} ${String(expected.name ?? '')}`).to.equal(true);
  const what = describeFocus(el);
  expect(roleOf(el!), `role of the focused ${what}`).to.equal(expected.role);
  if (typeof expected.name === 'string') expect(nameOf(el!), `name of the focused ${what}`).to.equal(expected.name);
  else if (expected.name) expect(nameOf(el!), `name of the focused ${what}`).to.match(expected.name);
  const indicator = focusIndicator(el!);
  expect(indicator.visible, `visible focus indicator on ${what}: ${indicator.why}`).to.equal(true);
  return el as HTMLElement;
}

/** Presses a key (a key value: ' ' for Space; 'Shift+Tab', 'Control+a': modifiers held down) then lets the widgets render. */
export async function press(key: string, times = 1): Promise<void> {
  const modifiers = key.length > 1 ? key.split('+') : [key];
  const main = modifiers.pop()!;
  for (let i = 0; i < times; i++) {
    for (const modifier of modifiers) await sendKeys({ down: modifier });
    await sendKeys({ press: main });
    for (const modifier of [...modifiers].reverse()) await sendKeys({ up: modifier });
  }
  await settle();
}

/** Types text into the focused field. */
export async function typeText(value: string): Promise<void> {
  await sendKeys({ type: value });
  await settle();
}

/** Two animation frames: Lit updates and focus moves scheduled after them have happened. */
export function settle(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Presses a key and asserts where the focus lands, visibly. */
export async function pressTo(key: string, expected: FocusExpectation): Promise<HTMLElement> {
  await press(key);
  return expectFocus(expected);
}

/** Tabs (or Shift+Tabs) until the focus is on the expected control, at most `max` presses; each stop must show its focus. */
export async function tabTo(expected: FocusExpectation, { key = 'Tab' as 'Tab' | 'Shift+Tab', max = 30 } = {}): Promise<HTMLElement> {
  const matches = (el: Element | null) =>
    !!el && roleOf(el) === expected.role &&
    (expected.name === undefined || (typeof expected.name === 'string' ? nameOf(el) === expected.name : expected.name.test(nameOf(el))));
  for (let i = 0; i < max; i++) {
    // Tab moves the focus synchronously: no need to wait for a render between stops.
    if (key === 'Shift+Tab') await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (key === 'Shift+Tab') await sendKeys({ up: 'Shift' });
    const el = deepActiveElement();
    // A native control whose own inner part has the focus (Chromium's date picker button of a
    // datetime-local input) does not match :focus: the browser draws that part's ring itself.
    if (el && el !== document.body && el.id !== 'sweep-start' && el.matches(':focus')) {
      const indicator = focusIndicator(el);
      expect(indicator.visible, `visible focus indicator on ${describeFocus(el)} (tab stop ${i + 1}): ${indicator.why}`).to.equal(true);
    }
    if (matches(el)) {
      await settle();
      return expectFocus(expected);
    }
  }
  throw new Error(`${key} ×${max} never reached ${expected.role} "${String(expected.name ?? '')}" (focus on ${describeFocus(deepActiveElement())})`);
}

/**
 * Puts the keyboard at the start of the page: a focusable, visually plain button before the
 * widget, focused by script (the only script focus in these tests), then Tab goes on from there.
 */
export function keyboardStart(): HTMLButtonElement {
  let start = document.getElementById('sweep-start') as HTMLButtonElement | null;
  if (!start) {
    start = document.createElement('button');
    start.id = 'sweep-start';
    start.textContent = 'start';
    document.body.prepend(start);
  }
  start.focus();
  return start;
}
