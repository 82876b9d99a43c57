// The one msw worker of a test page. It is started here, with top-level await, so that every
// test module importing it waits until msw listens (separate module scripts do not wait for
// each other's top-level await: tests would race the worker, msw#1145).
import { setupWorker } from 'msw/browser';

export const worker = setupWorker();

/** Header a test puts on a deliberately broken response (malformed JSON, missing fields) to exempt it from contract checks. */
export const OFF_CONTRACT = 'X-Test-Off-Contract';

await worker.start({
  serviceWorker: { url: '/mockServiceWorker.js' },
  quiet: true,
  onUnhandledRequest(request, print) {
    // Anything under an API base must be mocked: a request that escapes is a test bug.
    if (/^\/[\w-]*api\//.test(new URL(request.url).pathname)) print.error();
  },
});
