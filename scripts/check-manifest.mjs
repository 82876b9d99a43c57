// Every tag registered in src/ must be described in custom-elements.json (run after the build).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? (name === 'mocks' ? [] : files(path)) : path.endsWith('.ts') ? [path] : [];
  });
}
const registered = new Set(files('src').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/defineElement\('([a-z0-9-]+)'/g)].map((m) => m[1])));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const described = new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName)));
const missing = [...registered].filter((tag) => !described.has(tag));
if (missing.length) {
  console.error(`custom-elements.json lacks: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`custom-elements.json describes all ${registered.size} elements: ${[...registered].sort().join(', ')}`);
