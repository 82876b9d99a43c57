// Versioned SQL migrations (server/db/migrations/NNN_name.sql), applied in order at start,
// each in its own transaction. An advisory lock keeps two instances starting together on one
// PostgreSQL from applying the same migration twice.
import { readdirSync, readFileSync } from 'node:fs';
import type { Db } from './db.js';

const DIR = new URL('./migrations/', import.meta.url);
const LOCK = 716_016; // any constant shared by every instance of this server

export function migrationFiles(): Array<{ version: number; name: string; sql: string }> {
  return readdirSync(DIR)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(new URL(f, DIR), 'utf8') }));
}

export async function migrate(db: Db): Promise<number[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied: number[] = [];
  for (const file of migrationFiles()) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [file.version]);
      if (rows.length > 0) return false;
      // Statements one by one: the extended protocol (parameters) takes a single statement.
      for (const statement of splitStatements(file.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [file.version, file.name]);
      return true;
    });
    if (done) applied.push(file.version);
  }
  return applied;
}

/** Splits a migration on `;` at line ends (our migrations keep no `;` inside literals or bodies). */
export function splitStatements(sql: string): string[] {
  return sql
    .replace(/--[^\n]*/g, '')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
