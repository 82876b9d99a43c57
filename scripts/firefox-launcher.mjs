// Firefox for @web/test-runner: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi
// (`browser: 'firefox'`). Nothing is downloaded.
//
// One Firefox process per concurrent test page, each showing one test window at a time.
// Firefox gives the keyboard focus to one window per process: in a background window
// `document.hasFocus()` is false and keys sent by the driver reach the page without their
// default action (Enter or Space on a focused button does not click it), so pages sharing a
// process would steal the focus from each other. Chromium's pages are each focused, which is
// why the Chromium launcher can share one process.
//
// The launcher reports itself as `type: 'puppeteer'` and exposes `getPage(sessionId)`, which is
// what @web/test-runner-commands' plugins (sendKeys, setViewport…) look for.
//
// Media features (emulateMedia's reducedMotion, forced colours): puppeteer's Firefox page sends
// them over CDP, which Firefox does not speak, and WebDriver BiDi has no command for them yet.
// Firefox's own BrowsingContext has the overrides its devtools use (`prefersReducedMotionOverride`,
// `forcedColorsOverride`, `prefersColorSchemeOverride`): Firefox is started with
// -remote-allow-system-access (a local test browser) so that the page's `emulateMediaFeatures`
// can set them from the browser's chrome realm; they go with the test file's browser context.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as puppeteer from 'puppeteer-core';

/** Profile preferences on top of puppeteer's defaults (no first run, no updates, focus test mode…). */
export const firefoxPrefs = {
  // msw needs a service worker on http://localhost: allow it whatever the profile's defaults.
  'dom.serviceWorkers.enabled': true,
  'dom.serviceWorkers.testing.enabled': true,
  // Never open the downloads panel (a download is refused anyway, see below).
  'browser.download.alwaysOpenPanel': false,
  // A closed network: no captive-portal, connectivity or telemetry probes.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
  'datareporting.policy.firstRunURL': '',
};

class FirefoxLauncher {
  name = 'Firefox';
  type = 'puppeteer';

  /** @param {{ executablePath: string, concurrency?: number, prefs?: Record<string, unknown> }} options */
  constructor({ executablePath, concurrency, prefs = {} }) {
    this.executablePath = executablePath;
    this.concurrency = concurrency;
    this.prefs = { ...firefoxPrefs, ...prefs };
    /** @type {{ browser: Promise<import('puppeteer-core').Browser>, context?: import('puppeteer-core').BrowserContext, page?: import('puppeteer-core').Page, sessionId?: string }[]} */
    this.slots = [];
    /** @type {Map<string, import('puppeteer-core').Page>} */
    this.pages = new Map();
    /** @type {string[]} */
    this.profiles = [];
    /** @type {import('puppeteer-core').Browser[]} */
    this.debugBrowsers = [];
  }

  initialize(config) {
    this.config = config;
  }

  launch(headless = true) {
    // Our own profile folder, removed in stop(): puppeteer removes its temporary one only after
    // the runner's process has exited, i.e. never (~50 MB left in /tmp per Firefox).
    const userDataDir = mkdtempSync(join(tmpdir(), 'ent-widgets-firefox-'));
    this.profiles.push(userDataDir);
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: this.executablePath,
      headless,
      userDataDir,
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: this.prefs,
    });
  }

  /**
   * `page.emulateMediaFeatures(features)` for Firefox, as puppeteer's for Chromium: the features
   * given replace any earlier ones; none given clears them. Also takes `forced-colors`.
   * @param {import('puppeteer-core').Page} page
   * @param {{ name: string, value: string }[] | undefined} features
   */
  async emulateMediaFeatures(page, features = []) {
    const overrides = { prefersReducedMotionOverride: 'none', forcedColorsOverride: 'none', prefersColorSchemeOverride: 'none' };
    const property = { 'prefers-reduced-motion': 'prefersReducedMotionOverride', 'forced-colors': 'forcedColorsOverride', 'prefers-color-scheme': 'prefersColorSchemeOverride' };
    for (const { name, value } of features) {
      if (!property[name]) throw new Error(`Unsupported media feature in Firefox: ${name}`);
      if (value) overrides[property[name]] = value;
    }
    const connection = page.browser().connection;
    const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const expression = `(() => {
      const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
      const context = NavigableManager.getBrowsingContextById(${JSON.stringify(page.mainFrame()._id)});
      Object.assign(context, ${JSON.stringify(overrides)});
    })()`;
    const evaluated = await connection.send('script.evaluate', { expression, target: { context: result.contexts[0].context }, awaitPromise: false });
    if (evaluated.result.type === 'exception') throw new Error(`Firefox media emulation failed: ${evaluated.result.exceptionDetails.text}`);
  }

  /** A free Firefox, started on first need. */
  takeSlot(sessionId) {
    let slot = this.slots.find((candidate) => candidate.sessionId === undefined);
    if (!slot) {
      const browser = this.launch();
      // A Firefox that crashed or was closed leaves the pool: the next session starts another.
      void browser.then((b) =>
        b.once('disconnected', () => {
          this.slots = this.slots.filter((candidate) => candidate.browser !== browser);
        }),
      );
      slot = { browser };
      this.slots.push(slot);
    }
    slot.sessionId = sessionId;
    return slot;
  }

  async startSession(sessionId, url) {
    const slot = this.takeSlot(sessionId);
    // Each test file gets a browser context of its own (as in Chromium), closed when it ends:
    // no service worker, storage or media override carries over to the next file. msw's
    // worker, reused across files, kept the ids of pages that navigated away before it read
    // their goodbye, and then sent every request of a stopped page through itself (no upload
    // progress in Firefox). The context's window is opened by us: it takes the focus (the
    // window Firefox starts with does not have it in headless mode). Downloads are refused, as
    // in headless Chromium: a download (the console's CSV export) would otherwise be saved and
    // take the focus away from the test window for good.
    const browser = await slot.browser;
    slot.context = await browser.createBrowserContext({ downloadBehavior: { policy: 'deny' } });
    const page = await slot.context.newPage({ type: 'window' });
    slot.page = page;
    this.pages.set(sessionId, page);
    page.emulateMediaFeatures = (features) => this.emulateMediaFeatures(page, features);
    await page.setViewport({ width: 800, height: 600 });
    await page.goto(url);
  }

  async startDebugSession(sessionId, url) {
    const browser = await this.launch(false);
    this.debugBrowsers.push(browser);
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    this.pages.set(sessionId, page);
    page.on('close', () => this.pages.delete(sessionId));
    await page.goto(url);
  }

  isActive(sessionId) {
    return this.slots.some((slot) => slot.sessionId === sessionId);
  }

  getBrowserUrl(sessionId) {
    return this.getPage(sessionId).url();
  }

  getPage(sessionId) {
    const page = this.pages.get(sessionId);
    if (!page) throw new Error(`Could not find a page for session ${sessionId}`);
    return page;
  }

  async stopSession(sessionId) {
    const slot = this.slots.find((candidate) => candidate.sessionId === sessionId);
    if (!slot?.page) throw new Error(`No page for session ${sessionId}`);
    let testCoverage;
    try {
      testCoverage = await slot.page.evaluate(() => window.__coverage__);
    } catch {
      // the test navigated away
    }
    // Closing the context closes its window, stops the test's timers and forgets its overrides.
    await slot.context.close().catch(() => {});
    this.pages.delete(sessionId);
    slot.sessionId = slot.context = slot.page = undefined;
    return { testCoverage };
  }

  async stop() {
    await Promise.all(
      [...this.slots.map((slot) => slot.browser), ...this.debugBrowsers.splice(0)].map(async (launched) => {
        const browser = await Promise.resolve(launched).catch(() => undefined);
        if (browser?.connected) await browser.close();
      }),
    );
    for (const profile of this.profiles.splice(0)) rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
}

/**
 * @param {{ executablePath: string, concurrency?: number, prefs?: Record<string, unknown> }} options
 */
export function firefoxLauncher(options) {
  return new FirefoxLauncher(options);
}
