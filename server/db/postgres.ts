// A real PostgreSQL (production, CI) through node-postgres' pool.
import pg from 'pg';
import { parseNumber, parseText, TYPE_OIDS, type Db, type Queryable } from './db.js';

const types = {
  getTypeParser(oid: number, format?: string) {
    if (oid === TYPE_OIDS.int8 || oid === TYPE_OIDS.numeric) return parseNumber;
    if (oid === TYPE_OIDS.date) return parseText;
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

/** PostgreSQL is restarting, unreachable or shutting down: a 503 to retry, not a server error. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (/^(08|57P0)/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code))) return true;
  return error instanceof Error && /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(error.message);
}

export async function openPostgres(connectionString: string, max = 10): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max, types: types as pg.CustomTypesConfig, connectionTimeoutMillis: 5000 });
  // An idle connection dropped by the server (a restart, a failover) is an event, not a crash:
  // the pool replaces it on the next query.
  pool.on('error', (error) => console.warn(`[ent-widgets server] PostgreSQL connection lost (${(error as { code?: string }).code ?? error.message}); reconnecting on the next query`));
  // Fails fast at start when the database cannot be reached.
  (await pool.connect()).release();
  const run = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
  });
  return {
    engine: 'postgres',
    ...run(pool),
    async transaction(work) {
      const client = await pool.connect();
      let broken = false;
      // A connection dropped between two queries of the transaction: the next query fails (the
      // transaction never commits); the event itself must not crash the process.
      const lost = () => {
        broken = true;
      };
      client.on('error', lost);
      try {
        await client.query('BEGIN');
        const result = await work(run(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is broken: it leaves the pool.
        broken = await client.query('ROLLBACK').then(() => false, () => true);
        throw error;
      } finally {
        client.off('error', lost);
        client.release(broken);
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
