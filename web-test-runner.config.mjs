// Browser tests: real, system-installed Chromium and Firefox ESR; msw serves the contract before
// any test runs. `BROWSERS=chromium` (or `firefox`, comma-separated) runs only some of them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { parse as parseYaml } from 'yaml';
import { findChromium, findFirefox, chromiumArgs } from './scripts/browsers.mjs';
import { firefoxLauncher } from './scripts/firefox-launcher.mjs';
import { createContractValidator } from './conformance/contract.mjs';
import { uploadEcho } from './test/announcements/upload-echo.server.mjs';
import { testBundlePlugin } from './scripts/test-bundle-plugin.mjs';
import { strictCspPage } from './scripts/test-csp-middleware.mjs';
import { mediaFeaturesPlugin } from './test/sweep/media-features.server.mjs';
import { referenceServerPlugin, referenceServerProxy } from './test/e2e/reference-server.mjs';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
for (const name of wanted) {
  if (name !== 'chromium' && name !== 'firefox') throw new Error(`BROWSERS: unknown browser "${name}" (chromium, firefox).`);
}

const executablePath = wanted.includes('chromium') ? findChromium() : undefined;
if (wanted.includes('chromium') && !executablePath) {
  throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROME_PATH.');
}
const firefoxPath = wanted.includes('firefox') ? findFirefox() : undefined;
if (wanted.includes('firefox') && !firefoxPath) {
  throw new Error('No Firefox found: install Debian\'s "firefox-esr" package or set FIREFOX_PATH.');
}

const mswWorker = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

/** Serves msw's worker from the installed msw version, at the root scope. */
const mswWorkerPlugin = {
  name: 'msw-worker',
  serve(context) {
    if (context.path === '/mockServiceWorker.js') {
      return { body: readFileSync(mswWorker, 'utf8'), type: 'js', headers: { 'Service-Worker-Allowed': '/' } };
    }
  },
};

/** Lets tests `import spec from '../contract/openapi.yaml'` as a plain object. */
const yamlPlugin = {
  name: 'yaml-as-module',
  resolveMimeType(context) {
    if (context.path.endsWith('.yaml')) return 'js';
  },
  transform(context) {
    if (context.path.endsWith('.yaml')) {
      return { body: `export default ${JSON.stringify(parseYaml(context.body))};` };
    }
  },
};

const contract = createContractValidator();

/** Server command for the tests: validates what crossed msw against the contract, in Node. */
const contractPlugin = {
  name: 'contract-validation',
  executeCommand({ command, payload }) {
    if (command === 'validate-contract-response') return contract.validateResponse(payload);
    if (command === 'validate-contract-request') return contract.validateRequest(payload);
  },
};

export default {
  // test/conformance/ runs in Node (npm run test:conformance).
  files: ['test/**/*.test.ts', '!test/conformance/**'],
  nodeResolve: { exportConditions: ['production', 'browser'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 10_000 } },
  // Outside msw: a real upload endpoint (the composer's upload progress), a page served with a
  // strict CSP, and the reference server for the end-to-end tests of test/e2e/.
  middleware: [uploadEcho, strictCspPage, referenceServerProxy],
  plugins: [referenceServerPlugin, testBundlePlugin, mswWorkerPlugin, yamlPlugin, contractPlugin, mediaFeaturesPlugin, esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    wanted.includes('chromium') &&
      Object.assign(chromeLauncher({
        launchOptions: { executablePath, headless: true, args: chromiumArgs },
        // One browser context per test page: pages running side by side each keep their own
        // animation frames (a background tab gets none: puppeteer#2694) and their own msw worker.
        async createPage({ browser }) {
          const context = await browser.createBrowserContext();
          return context.newPage();
        },
      }), { name: 'Chromium' }),
    wanted.includes('firefox') && firefoxLauncher({ executablePath: firefoxPath }),
  ].filter(Boolean),
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8"></head>
  <body>
    <script type="module" src="/test/support/setup.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
