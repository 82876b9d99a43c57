// Runs before any test module: msw must be listening before the first request (msw#1145).
import { worker } from './msw.js';

await worker.start({
  serviceWorker: { url: '/mockServiceWorker.js' },
  quiet: true,
  onUnhandledRequest(request, print) {
    if (new URL(request.url).pathname.startsWith('/api/')) print.error();
  },
});
