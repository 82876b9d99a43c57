// Usage statistics, aggregated in SQL: one row per subscription and month of the period in
// which it was valid; counts of 1–4 are replaced by null in the query itself (statistical
// secrecy), so small raw counts never leave the database; a zero is shown.
import type { StatisticsRow } from '../../src/shared/api/types.js';
import type { Queryable } from '../db/db.js';

export const STATISTICS_THRESHOLD = 5;

export async function statistics(db: Queryable, uai: string, months: string[], subscriptionId: string | undefined): Promise<StatisticsRow[]> {
  if (months.length === 0) return [];
  const rows = await db.query<{ id: string; month: string; users: number | null; users_suppressed: boolean; sessions: number | null; sessions_suppressed: boolean }>(
    `WITH cells AS (
       SELECT s.id, s.position, m.month FROM subscriptions s CROSS JOIN unnest($2::text[]) AS m (month)
       WHERE s.uai = $1 AND ($3::text IS NULL OR s.id = $3)
         AND m.month BETWEEN to_char(s.valid_from, 'YYYY-MM') AND to_char(s.valid_until, 'YYYY-MM')
     ), totals AS (
       SELECT c.id, c.position, c.month,
         count(DISTINCT u.person_id) FILTER (WHERE u.sessions > 0) AS users,
         COALESCE(sum(u.sessions), 0) AS sessions
       FROM cells c LEFT JOIN resource_usage u ON u.subscription_id = c.id AND u.month = c.month
       GROUP BY c.id, c.position, c.month
     )
     SELECT id, month,
       CASE WHEN users BETWEEN 1 AND $4 - 1 THEN NULL ELSE users END AS users, users BETWEEN 1 AND $4 - 1 AS users_suppressed,
       CASE WHEN sessions BETWEEN 1 AND $4 - 1 THEN NULL ELSE sessions END AS sessions, sessions BETWEEN 1 AND $4 - 1 AS sessions_suppressed
     FROM totals ORDER BY position, month`,
    [uai, months, subscriptionId ?? null, STATISTICS_THRESHOLD],
  );
  return rows.map((r) => ({
    subscriptionId: r.id,
    month: r.month,
    sessions: { value: r.sessions, suppressed: r.sessions_suppressed },
    users: { value: r.users, suppressed: r.users_suppressed },
  }));
}
