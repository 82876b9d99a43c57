// Boots the mock ENT portal: msw first (so the widgets' first requests are answered), then the
// library and the demo's own elements.
import { configureMock } from '../src/mocks/index.js';
import { startMockApi } from '../src/mocks/browser.js';
import { demoParams, pageLink } from './params.js';
import { demoMessages } from './messages.js';

const params = demoParams();
document.documentElement.lang = params.lang;
if (params.theme !== 'clair') document.documentElement.dataset.theme = params.theme;
// VITE_ENT_WIDGETS_SERVER (see vite.config.ts): the reference server answers instead of msw;
// `?as=` signs in through its demo sign-in (scenarios are the mocks' only).
const realServer = (import.meta as unknown as { env?: Record<string, string | undefined> }).env?.VITE_ENT_WIDGETS_SERVER;
if (realServer) {
  await fetch(params.as === 'anonyme' ? '/api/demo/sign-out' : '/api/demo/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: params.as === 'anonyme' ? '{}' : JSON.stringify({ user: params.as }),
  });
} else {
  configureMock({ user: params.as, scenario: params.scenario });
  await startMockApi({ quiet: true });
}

await import('../src/index.js');
await import('./portal-header.js');
await import('./session-card.js');

// The public home page (?as=anonyme) never shows private articles.
for (const tile of document.querySelectorAll('ent-tile-news, ent-tile-banner')) {
  tile.toggleAttribute('public', params.as === 'anonyme');
}

// Links between the portal's pages keep the demo's ?as=&lang=&scenario=.
for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href$=".html"]')) {
  link.href = pageLink(link.getAttribute('href')!);
}

// Static copy of the page marked with data-i18n.
for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
  element.textContent = demoMessages(params.lang, element.dataset.i18n as Parameters<typeof demoMessages>[1]);
}
document.title = `${document.querySelector('h1')?.textContent ?? ''} — ${demoMessages(params.lang, 'brand')}`;
