// One small query interface over both engines: PGlite (embedded, a data folder) and a real
// PostgreSQL through `pg`. Routes only see `Db`; the SQL is the same on both (PostgreSQL 15).

export type Row = Record<string, unknown>;

export interface Queryable {
  /** Runs one statement with `$1…` parameters and returns its rows. */
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction (READ COMMITTED); rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations), without parameters. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

// Both drivers are told to give the same JavaScript values: dates (`date`) as `YYYY-MM-DD`
// strings (pg would build a Date at local midnight), bigints and numerics as numbers (counts
// and sums stay far below 2^53), timestamps as Date.
export const TYPE_OIDS = { int8: 20, numeric: 1700, date: 1082 } as const;
export const parseNumber = (value: string): number => Number(value);
export const parseText = (value: string): string => value;
