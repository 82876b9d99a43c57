// `npm run server:import FILE`: imports an ENT directory file (format in docs/server.md) into
// the configured database (DATABASE_URL, else PGlite in DATA_DIR). Idempotent.
import { readFileSync } from 'node:fs';
import { loadConfig } from './config.js';
import { openDb } from './db/open.js';
import { checkDirectory, type DirectoryFile } from './directory/format.js';
import { importDirectory } from './directory/import.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run server:import FILE.json');
  process.exit(2);
}
const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
const problems = checkDirectory(data);
if (problems.length > 0) {
  console.error(`${file} cannot be imported:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const db = await openDb(loadConfig());
const counts = await importDirectory(db, data as DirectoryFile);
await db.close();
console.log(`imported ${counts.establishments} establishment(s), ${counts.divisions} divisions, ${counts.groups} groups, ${counts.people} people, ${counts.accounts} accounts`);
