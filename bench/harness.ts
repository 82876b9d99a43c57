// What every bench page shares: a probe on fetch that marks when each API answer has fully
// arrived (the body read), "next paint" and "wait until" helpers, and the page's entry points
// for the runner (scripts/bench.mjs), all measured in the page with performance.now().

export interface Arrival {
  method: string;
  path: string;
  status: number;
  /** performance.now() once the whole body has been received. */
  at: number;
}

export const arrivals: Arrival[] = [];

/** Wraps window.fetch so that every answer under `base` records when its body arrived. */
export function installFetchProbe(base = '/api'): void {
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const response = await original(input, init);
    if (!url.pathname.startsWith(base)) return response;
    const body = response.status === 204 || response.status === 304 ? null : await response.arrayBuffer();
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    arrivals.push({ method, path: url.pathname, status: response.status, at: performance.now() });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

/** The last arrival after `since` whose path contains `fragment` (or matches it), of that method. */
export function arrivalOf(fragment: string | RegExp, since: number, method = 'GET'): number {
  for (let i = arrivals.length - 1; i >= 0; i--) {
    const a = arrivals[i]!;
    if (a.at < since) break;
    if (a.method === method && (typeof fragment === 'string' ? a.path.includes(fragment) : fragment.test(a.path))) return a.at;
  }
  throw new Error(`no ${method} answer for ${fragment} since ${since.toFixed(0)}`);
}

/** Resolves after the next frame has been produced: rAF runs before the frame's style, layout and paint; a task queued from it runs after them. */
export function nextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/** Forces style and layout of the whole document (shadow trees included) now. */
export function layoutNow(): number {
  void document.body.offsetHeight;
  return performance.now();
}

/** Resolves as soon as `check()` is truthy, tested after every DOM change inside `root` (no polling delay). */
export function until<T>(root: Node, check: () => T | null | undefined | false, timeout = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = check();
    if (first) return resolve(first);
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('bench: timed out waiting'));
    }, timeout);
    const observer = new MutationObserver(() => {
      const value = check();
      if (value) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(value);
      }
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

/** Waits for an element's shadow root to exist (created on connection). */
export async function shadowOf(el: HTMLElement): Promise<ShadowRoot> {
  if (!el.shadowRoot) await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  return el.shadowRoot!;
}

export function clearWidgetStorage(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('ent-widgets')) localStorage.removeItem(key);
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface KeystrokeTiming {
  /** keydown → the widget updated and the page laid out (main-thread work of the keystroke). */
  work: number;
  /** keydown → the next frame painted after that update. */
  paint: number;
}

/**
 * Arms the measure of the next keystroke typed (by the runner, through the real keyboard)
 * into a widget: keydown, then the widget's update after the input event, then layout, then
 * the next paint.
 */
export function armKeystroke(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<KeystrokeTiming> {
  return new Promise((resolve) => {
    let start = 0;
    const onKeydown = (event: KeyboardEvent) => {
      // The event's creation time (same clock as performance.now()): queueing delay included.
      start = Math.min(event.timeStamp, performance.now());
    };
    const onInput = () => {
      window.removeEventListener('keydown', onKeydown, true);
      window.removeEventListener('input', onInput);
      // Bubbling at window: the widget's own handler (on the field, in its shadow root) has run
      // and requested its update, so updateComplete covers it.
      queueMicrotask(async () => {
        await el.updateComplete;
        const laidOut = layoutNow();
        const painted = await nextPaint();
        resolve({ work: laidOut - start, paint: painted - start });
      });
    };
    window.addEventListener('keydown', onKeydown, true);
    window.addEventListener('input', onInput);
  });
}

declare global {
  interface Window {
    bench: Record<string, unknown> & { ready?: boolean };
  }
}
