// The embedded engine: PostgreSQL compiled to WASM, in a data folder (or in memory for tests).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { parseNumber, parseText, TYPE_OIDS, type Db, type Queryable } from './db.js';

export async function openPglite(dataDir: string | undefined): Promise<Db> {
  const parsers = { [TYPE_OIDS.int8]: parseNumber, [TYPE_OIDS.numeric]: parseNumber, [TYPE_OIDS.date]: parseText };
  if (dataDir) mkdirSync(dirname(dataDir), { recursive: true });
  const pg = dataDir ? new PGlite(dataDir, { parsers }) : new PGlite({ parsers });
  await pg.waitReady;
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await q.query<T>(sql, params)).rows;
    },
  });
  return {
    engine: 'pglite',
    ...wrap(pg),
    // PGlite has a single connection: its transaction() holds it, so other queries wait.
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    close: () => pg.close(),
  };
}
