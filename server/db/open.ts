// DATABASE_URL set: PostgreSQL; otherwise the embedded PGlite in its data folder.
import type { Db } from './db.js';
import { migrate } from './migrate.js';

export async function openDb(options: { databaseUrl?: string | undefined; dataDir?: string | undefined }): Promise<Db> {
  const db = options.databaseUrl
    ? await (await import('./postgres.js')).openPostgres(options.databaseUrl)
    : await (await import('./pglite.js')).openPglite(options.dataDir);
  await migrate(db);
  return db;
}
