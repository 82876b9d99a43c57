// `npm start`: the mock ENT portal (demo/) on http://localhost:5173, msw answering the contract.
// `vite build` (inside `npm run build`): dist/ent-widgets.js, one self-contained ES module
// (lit included) that registers every element, for <script type="module"> embedding.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const mswWorker = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

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

export default defineConfig(({ command }) =>
  command === 'build'
    ? {
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          sourcemap: true,
          minify: true,
          // Library mode keeps whitespace by default; vendors load this file as is.
          rolldownOptions: { output: { minify: true } },
          lib: {
            entry: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
            formats: ['es'],
            fileName: () => 'ent-widgets.js',
          },
        },
      }
    : {
        root: 'demo',
        server: { port: 5173, strictPort: true, fs: { allow: ['..'] } },
        plugins: [mswWorkerPlugin()],
      },
);
