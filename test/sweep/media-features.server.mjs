// Server command `emulate-media-features` for test/sweep/media.test.ts: emulates media features
// that @web/test-runner-commands' emulateMedia does not take, `forced-colors: active` above all
// (Windows high contrast). Payload: `{ features: [{ name, value }] }`; the features given replace
// the earlier ones, an empty list clears them. Chromium: CDP's Emulation.setEmulatedMedia (puppeteer's
// emulateMediaFeatures refuses forced-colors); Firefox: our launcher's emulateMediaFeatures
// (scripts/firefox-launcher.mjs), which takes it.

/** One CDP session per Chromium page: its emulation lasts as long as the session. */
const cdpSessions = new WeakMap();

export const mediaFeaturesPlugin = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    const features = payload?.features ?? [];
    const page = session.browser.getPage(session.id);
    if (session.browser.name === 'Firefox') {
      await page.emulateMediaFeatures(features);
      return true;
    }
    let cdp = cdpSessions.get(page);
    if (!cdp) {
      cdp = await page.createCDPSession();
      cdpSessions.set(page, cdp);
    }
    await cdp.send('Emulation.setEmulatedMedia', { features });
    return true;
  },
};
