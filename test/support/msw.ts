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

/**
 * Resolves once msw has received a request for each of these paths (`/api/me`…). Call it
 * before creating the element; await it before a test ends on a request still pending: a
 * request still on its way to the service worker when the test ends (Firefox hands fetches
 * over later than Chromium, and still delivers one aborted meanwhile) would be answered by the
 * next test's handlers.
 */
export function requestsReceived(...paths: string[]): Promise<void> {
  const waiting = new Set(paths);
  return new Promise((resolve) => {
    const onStart = ({ request }: { request: Request }) => {
      waiting.delete(new URL(request.url).pathname);
      if (waiting.size > 0) return;
      worker.events.removeListener('request:start', onStart);
      resolve();
    };
    worker.events.on('request:start', onStart);
  });
}

// Requests msw has received and not yet answered.
const pending = new Set<string>();
worker.events.on('request:start', ({ requestId }) => void pending.add(requestId));
worker.events.on('request:end', ({ requestId }) => void pending.delete(requestId));

/**
 * Resolves once msw has answered every request it received and none arrived for a few
 * moments. Await it between removing a test's elements and resetting its handlers: a debounced
 * request sent just before would otherwise reach the next test's handlers, or none.
 */
export async function networkSettled(): Promise<void> {
  for (let quietTicks = 0; quietTicks < 3; ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    quietTicks = pending.size === 0 ? quietTicks + 1 : 0;
  }
}
