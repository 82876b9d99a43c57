// `npm start`: the mock ENT portal (demo/) on http://localhost:5173, msw answering the contract.
// `vite build` (inside `npm run build`): dist/ent-widgets.js, one self-contained ES module
// (lit included) that registers every element, for <script type="module"> embedding: lit's
// production build, and the static text of `css`/`html` templates minified; what is loaded on
// demand (English catalogs, the drawing of announcements, the admin's composer) is in chunks
// (dist/chunks/) next to it.
// `npm run size` (scripts/size.mjs) builds every entry with this same configuration.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

const mswWorker = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));
const src = (path: string): string => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** Serves msw's worker from the installed msw version at the root scope. */
function mswWorkerPlugin(): Plugin {
  return {
    name: 'msw-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(mswWorker, 'utf8'));
      });
    },
  };
}

const library: UserConfig = {
  plugins: [minifyTemplatesPlugin()],
  // lit's `production` export condition: none of its dev-mode checks and warnings ship.
  resolve: { conditions: ['production', 'module', 'browser'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: true,
    // Library mode keeps whitespace by default; vendors load this file as is. On-demand chunks
    // are loaded from dist/chunks/ (resolved next to ent-widgets.js).
    // No comments: pure annotations (`/* @__PURE__ */`, 54 in the médiacentre) only help a later
    // bundler, and none comes after dist/ (a vendor's bundler reads lib/, tsc's output, which
    // keeps them). Licence comments: the minifier dropped lit's before this option too.
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: { minify: true, comments: false, chunkFileNames: 'chunks/[name]-[hash].js' },
    },
    lib: {
      entry: src('index.ts'),
      formats: ['es'],
      fileName: () => 'ent-widgets.js',
    },
  },
};

// `VITE_ENT_WIDGETS_SERVER=http://127.0.0.1:8787 npm start`: the demo portal against the
// reference server (`npm run serve`) instead of msw; the API and the demo's pictures are proxied
// to it, so cookies stay same-origin.
const server = process.env.VITE_ENT_WIDGETS_SERVER;
const proxy = server ? { '/api': server, '/demo-assets': server } : undefined;

export default defineConfig(({ command }) =>
  command === 'build'
    ? library
    : {
        root: 'demo',
        server: { port: 5173, strictPort: true, fs: { allow: ['..'] }, ...(proxy ? { proxy } : {}) },
        plugins: [mswWorkerPlugin()],
      },
);
