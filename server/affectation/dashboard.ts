// What needs the responsable's attention now, most urgent first (the mocks' items and order).
import type { DashboardItem, Public } from '../../src/shared/api/types.js';
import type { Queryable } from '../db/db.js';
import { HOLDINGS, IS_PRESENT, IS_RECOVERED } from './people.js';
import { completeFamilies } from './subscriptions.js';

export async function dashboard(db: Queryable, uai: string, now: Date, day: string, soon: string): Promise<DashboardItem[]> {
  const items: DashboardItem[] = [];
  const push = (item: DashboardItem): void => {
    if (item.count > 0) items.push(item);
  };
  const subs = await db.query<{ id: string; valid_until: string; received_at: Date | null; publics: Public[]; family_mother: boolean; used: boolean }>(
    `SELECT s.id, s.valid_until, s.received_at, s.publics, s.family_mother, EXISTS (SELECT 1 FROM assignments a WHERE a.subscription_id = s.id) AS used
     FROM subscriptions s WHERE s.uai = $1 ORDER BY s.position`,
    [uai],
  );
  const expiring = subs.filter((s) => s.valid_until >= day && s.valid_until <= soon);
  push({
    kind: 'expiring-subscriptions',
    count: expiring.length,
    subscriptionIds: expiring.map((s) => s.id),
    ...(expiring.length > 0 ? { before: expiring.map((s) => s.valid_until).sort()[0]! } : {}),
  });
  const eligible = [...new Set(subs.flatMap((s) => s.publics))];
  const idle = await db.query<{ id: string }>(
    `SELECT p.id FROM people p WHERE p.uai = $1 AND p.profile = ANY($3::text[]) AND ${IS_PRESENT} AND ${HOLDINGS} = 0 ORDER BY p.position`,
    [uai, day, eligible],
  );
  push({ kind: 'people-without-assignment', count: idle.length, personIds: idle.slice(0, 50).map((p) => p.id) });
  const week = 7 * 24 * 3600 * 1000;
  const fresh = subs.filter((s) => s.received_at && now.getTime() - s.received_at.getTime() < week && s.received_at <= now);
  push({ kind: 'new-licences', count: fresh.length, subscriptionIds: fresh.map((s) => s.id) });
  const unassigned = subs.filter((s) => !s.used && s.valid_until >= day);
  push({ kind: 'unassigned-subscriptions', count: unassigned.length, subscriptionIds: unassigned.map((s) => s.id) });
  const complete = await completeFamilies(db, uai, day);
  const families = subs.filter((s) => s.family_mother && !complete.has(s.id));
  push({ kind: 'families-to-validate', count: families.length, subscriptionIds: families.map((s) => s.id) });
  const leavers = await db.query<{ id: string; held: number }>(
    `SELECT * FROM (SELECT p.id, p.position, ${HOLDINGS} AS held FROM people p
       WHERE p.uai = $1 AND p.departure_date IS NOT NULL AND p.departure_date <= $2::date AND NOT ${IS_RECOVERED}) x
     WHERE x.held > 0 ORDER BY x.position`,
    [uai, day],
  );
  push({ kind: 'recoverable-licences', count: leavers.reduce((sum, p) => sum + p.held, 0), personIds: leavers.slice(0, 50).map((p) => p.id) });
  return items;
}

/** Frees the licences of people who left: their individual assignments go, and they count nowhere. */
export async function recover(db: Queryable, uai: string, personIds: string[] | undefined, day: string) {
  const gone = await db.query<{ id: string; held: number }>(
    `SELECT p.id, ${HOLDINGS} AS held FROM people p
     WHERE p.uai = $1 AND p.departure_date IS NOT NULL AND p.departure_date <= $2::date AND NOT ${IS_RECOVERED} ORDER BY p.position`,
    [uai, day],
  );
  let chosen = gone;
  if (personIds) {
    const goneIds = new Set(gone.map((p) => p.id));
    const known = await db.query<{ id: string; recovered: boolean }>(`SELECT p.id, ${IS_RECOVERED} AS recovered FROM people p WHERE p.uai = $1 AND p.id = ANY($2::text[])`, [uai, personIds]);
    const byId = new Map(known.map((k) => [k.id, k]));
    const errors = personIds.flatMap((id, i) => {
      // Already recovered: nothing left to do, not an error (a retry is harmless).
      if (goneIds.has(id) || byId.get(id)?.recovered) return [];
      const person = byId.get(id);
      return [{ field: `personIds[${i}]`, code: person ? 'not-departed' : 'unknown', message: person ? 'Cette personne est toujours dans l’établissement.' : 'Personne inconnue.' }];
    });
    if (errors.length > 0) return { ok: false as const, errors };
    chosen = gone.filter((p) => personIds.includes(p.id));
  }
  const ids = chosen.map((p) => p.id);
  const touched = await db.query<{ subscription_id: string }>(
    `SELECT DISTINCT a.subscription_id FROM assignments a JOIN assignment_members m ON m.assignment_id = a.id
     WHERE a.uai = $1 AND m.person_id = ANY($2::text[]) ORDER BY 1`,
    [uai, ids],
  );
  await db.query('INSERT INTO recovered (uai, person_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING', [uai, ids]);
  await db.query(`DELETE FROM assignments WHERE uai = $1 AND target_type = 'personne' AND target_id = ANY($2::text[])`, [uai, ids]);
  return { ok: true as const, recovered: chosen.reduce((sum, p) => sum + p.held, 0), people: chosen.length, touched: touched.map((t) => t.subscription_id) };
}
