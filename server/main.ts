// `npm run serve` (with --demo: demo data on first start and the demo sign-in) or, in
// production, `node --import tsx server/main.ts` configured by environment variables.
import { loadConfig } from './config.js';
import { startServer } from './start.js';

const started = performance.now();
const demo = process.argv.includes('--demo');
const config = loadConfig({ ...(demo ? { SEED_DEMO: '1', DEMO_SIGNIN: '1' } : {}), ...process.env });
const { app, url, seeded } = await startServer(config);
const ms = Math.round(performance.now() - started);
const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
console.log(`ENT Widgets reference server: ${url} (${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir ?? 'memory'}`}${seeded ? ', demo data seeded' : ''}; ready in ${ms} ms, ${rss} MB)`);
if (config.demoSignIn) console.log(`Demo sign-in: POST ${url}/demo/sign-in {"user":"eleve"} (users: GET ${url}/demo/users)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
