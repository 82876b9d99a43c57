// Runs the conformance kit (conformance/cli.mjs, unchanged) against this server with the demo
// data: PGlite in memory, or the throwaway PostgreSQL of TEST_DATABASE_URL (emptied first).
// The kit acts as the demo users through the trusted header (AUTH_MODE=header).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { USERS } from '../../src/mocks/data/users.js';
import { loadConfig } from '../config.js';
import { startServer } from '../start.js';

const dir = mkdtempSync(join(tmpdir(), 'ent-widgets-kit-'));
const databaseUrl = process.env.TEST_DATABASE_URL;
if (databaseUrl) {
  const { openPostgres } = await import('../db/postgres.js');
  const raw = await openPostgres(databaseUrl, 1);
  await raw.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  await raw.close();
}
const config = loadConfig({
  PORT: '0',
  DATA_DIR: 'memory',
  UPLOAD_DIR: join(dir, 'uploads'),
  SEED_DEMO: '1',
  AUTH_MODE: 'header',
  RATE_LIMIT_WRITES: '100000',
  LOG_LEVEL: 'warn',
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
});
const { app, url } = await startServer(config);
const mock = JSON.parse(readFileSync(new URL('../../conformance/accounts.mock.json', import.meta.url), 'utf8')) as { data: unknown };
const as = (user: keyof typeof USERS) => ({ headers: { 'X-Ent-User': USERS[user].id } });
const accounts = {
  accounts: {
    eleve4e: as('eleve'),
    eleve3e: as('eleve3e'),
    enseignant: as('enseignant'),
    documentaliste: as('documentaliste'),
    responsableA: as('responsableCollege'),
    responsableB: as('responsableLycee'),
    admin: as('admin'),
    anonymous: { headers: {} },
  },
  data: mock.data,
};
writeFileSync(join(dir, 'accounts.json'), JSON.stringify(accounts));
const kit = spawn(process.execPath, [new URL('../../conformance/cli.mjs', import.meta.url).pathname, '--base-url', url, '--accounts', join(dir, 'accounts.json'), ...process.argv.slice(2)], { stdio: 'inherit' });
const code = await new Promise<number>((resolve) => kit.on('exit', (c) => resolve(c ?? 1)));
await app.close();
process.exit(code);
