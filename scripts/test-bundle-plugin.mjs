// Test-server route: the library as ONE self-contained ES module (lit inside), like
// dist/ent-widgets.js, built on demand with esbuild so that the browser suite can load the
// bundle twice and next to another copy of lit without a prior `npm run build`.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
let bundle;

export const testBundlePlugin = {
  name: 'test-bundle',
  async serve(context) {
    if (context.path !== '/__test/ent-widgets.js') return undefined;
    bundle ??= build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      write: false,
      conditions: ['production', 'browser'],
      tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0].text);
    return { body: await bundle, type: 'js' };
  },
};
