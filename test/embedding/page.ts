// Every element of the library on one page, as an ENT vendor would place them, on the mock back end.
// (Registration is the test file's business: from the sources, or from the bundle.)
import { fixture, html, waitUntil } from '@open-wc/testing';

export { resetMock, useMock } from '../support/mock.js';

/** The tags of the library, in page order. */
export const TAGS = [
  'ent-tile-banner',
  'ent-tile-news',
  'ent-targeted-announcement',
  'gar-mediacentre',
  'gar-affectation-console',
  'ent-tile-settings',
  'ent-announcement-admin',
] as const;

/** All elements inside one provider, in a fixed-width stage. */
export async function mountAll(apiBase = '/api'): Promise<HTMLElement> {
  const stage = await fixture<HTMLElement>(html`<div id="stage">
    <ent-widgets-provider api-base=${apiBase}>
      <ent-tile-banner tile-id="banner-1"></ent-tile-banner>
      <ent-tile-news tile-id="news-1"></ent-tile-news>
      <ent-targeted-announcement></ent-targeted-announcement>
      <gar-mediacentre></gar-mediacentre>
      <gar-affectation-console section="subscriptions"></gar-affectation-console>
      <ent-tile-settings tile-id="news-1"></ent-tile-settings>
      <ent-announcement-admin></ent-announcement-admin>
    </ent-widgets-provider>
  </div>`);
  // A fixed width, so that layout boxes compare between runs.
  stage.style.width = '960px';
  return stage;
}

/** Waits until no element shows its loading view any more. */
export async function allSettled(stage: HTMLElement): Promise<void> {
  await waitUntil(
    () =>
      TAGS.every((tag) => {
        const root = stage.querySelector(tag)?.shadowRoot;
        return Boolean(root && root.children.length > 0 && !root.querySelector('[part~="loading"], [aria-busy="true"]'));
      }),
    'every element rendered its data or state',
    { timeout: 8000 },
  );
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

export function shadow(stage: HTMLElement, tag: (typeof TAGS)[number]): ShadowRoot {
  const root = stage.querySelector(tag)?.shadowRoot;
  if (!root) throw new Error(`${tag} has no shadow root`);
  return root;
}
