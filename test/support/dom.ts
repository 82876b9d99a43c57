// Reading a widget as a user does, in every suite: its shadow root, the text a node shows,
// a click that waits for the widget's update, and waiting for something to appear.
import { waitUntil } from '@open-wc/testing';

export function root(el: HTMLElement): ShadowRoot {
  return el.shadowRoot!;
}

/** The text a node shows, white space folded. */
export function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Clicks `target` and waits for `el` (a Lit element) to render what it caused. */
export async function click(el: HTMLElement & { updateComplete: Promise<unknown> }, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

/** Waits (5 s unless told) until `fn` gives something, and returns it. */
export async function waitFor<T>(fn: () => T | null | undefined | false, message: string, timeout = 5000): Promise<T> {
  let value: T | null | undefined | false;
  await waitUntil(() => (value = fn()), message, { timeout });
  return value as T;
}
