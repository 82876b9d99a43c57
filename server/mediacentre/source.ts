// Where médiacentre listings come from. Pluggable: the seeded GAR records now (derived from
// the licences assigned in this database, as the mocks derive them); the real GAR over mutual
// TLS later, behind the same interface.
import type { GarError, GarResource } from '../../src/shared/api/types.js';
import type { Queryable } from '../db/db.js';

/** `body`, when given, is the GAR's listing as it came (forwarded verbatim); `resources` its records. */
export type ListingResult = { ok: true; resources: GarResource[]; body?: unknown } | { ok: false; status: number; error: GarError };

export interface ListingSource {
  /** The GAR listing of `userId` in `uai` on `day` (YYYY-MM-DD, Paris). */
  listing(db: Queryable, uai: string, userId: string, day: string): Promise<ListingResult>;
}

/**
 * Every valid subscription the person holds through an assignment of their public (and not
 * recovered), in the establishment's order, plus the members of a held family mother that
 * have no subscription of their own.
 */
export const seededSource: ListingSource = {
  async listing(db, uai, userId, day) {
    const held = await db.query<{ ark: string; bundle: string[] }>(
      `SELECT s.ark, s.bundle FROM subscriptions s
       JOIN people p ON p.uai = s.uai AND p.id = $2
       WHERE s.uai = $1 AND s.valid_from <= $3::date AND s.valid_until >= $3::date
         AND NOT EXISTS (SELECT 1 FROM recovered r WHERE r.uai = s.uai AND r.person_id = p.id)
         AND EXISTS (SELECT 1 FROM assignments a JOIN assignment_members m ON m.assignment_id = a.id
                     WHERE a.subscription_id = s.id AND a.public = p.profile AND m.person_id = p.id)
       ORDER BY s.position`,
      [uai, userId, day],
    );
    const arks = [...new Set(held.flatMap((h) => [h.ark, ...h.bundle]))];
    if (arks.length === 0) return { ok: true, resources: [] };
    const rows = await db.query<{ ark: string; record: GarResource }>('SELECT ark, record FROM gar_resources WHERE uai = $1 AND ark = ANY($2::text[])', [uai, arks]);
    const byArk = new Map(rows.map((r) => [r.ark, r.record]));
    return { ok: true, resources: arks.map((ark) => byArk.get(ark)).filter((r): r is GarResource => r !== undefined) };
  },
};
