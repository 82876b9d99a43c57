// Starts the mock API in the demo's page (msw's service worker served at the site root).
import { setupWorker } from 'msw/browser';
import { createHandlers } from './index.js';

export async function startMockApi(options: { base?: string; quiet?: boolean } = {}): Promise<void> {
  const base = options.base ?? '/api';
  const basePath = new URL(base, location.origin).pathname.replace(/\/+$/, '');
  const worker = setupWorker(...createHandlers({ base }));
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: options.quiet ?? false,
    onUnhandledRequest(request, print) {
      // Under the API base everything must be mocked; the rest (pages, modules) goes to the network.
      const path = new URL(request.url).pathname;
      if (path === basePath || path.startsWith(`${basePath}/`)) print.error();
    },
  });
}
