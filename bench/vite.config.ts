// Production build of the bench pages (`npm run bench` builds them into a temporary folder):
// lit's production build, minified like the shipped bundle (JS minifier and the templates'
// static text, as in vite.config.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from '../scripts/minify-templates.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  logLevel: 'warn',
  plugins: [minifyTemplatesPlugin()],
  build: {
    target: 'es2022',
    minify: true,
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        mediacentre: here('./mediacentre.html'),
        console: here('./console.html'),
        tiles: here('./tiles.html'),
      },
    },
  },
});
