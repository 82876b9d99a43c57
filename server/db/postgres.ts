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

export async function openPostgres(connectionString: string, max = 10): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max, types: types as pg.CustomTypesConfig });
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
      try {
        await client.query('BEGIN');
        const result = await work(run(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
