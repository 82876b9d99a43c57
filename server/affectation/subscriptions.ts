// Subscriptions and their licence counts, computed in SQL from the assignments: a licence is
// counted once per person (however many assignments reach them); recovered people count
// nowhere; people who left count until recovered.
import type { GarResource, Public, PublicCount, Subscription, SubscriptionCounts } from '../../src/shared/api/types.js';
import { isoParis } from '../../src/mocks/time.js';
import type { Queryable } from '../db/db.js';

export interface SubscriptionRow {
  id: string;
  uai: string;
  ark: string;
  licence_type: 'individuelle' | 'etablissement';
  publics: Public[];
  totals: Partial<Record<Public, number>>;
  valid_from: string;
  valid_until: string;
  distributor: string | null;
  order_ref: string | null;
  received_at: Date | null;
  family_mother: boolean;
  family_member_of: string | null;
  advisories: Array<{ public: Public; message: string }> | null;
  bundle: string[];
  record: GarResource;
}

/** The establishment's subscriptions (all, or these ids), in its order; `lock` takes their rows FOR UPDATE. */
export async function loadSubscriptions(db: Queryable, uai: string, ids?: string[], lock = false): Promise<SubscriptionRow[]> {
  if (lock && ids) {
    // Locked in id order: two writers on overlapping subscriptions never deadlock.
    await db.query('SELECT id FROM subscriptions WHERE uai = $1 AND id = ANY($2::text[]) ORDER BY id FOR UPDATE', [uai, ids]);
  }
  return db.query<SubscriptionRow>(
    `SELECT s.*, g.record FROM subscriptions s JOIN gar_resources g ON g.uai = s.uai AND g.ark = s.ark
     WHERE s.uai = $1 AND ($2::text[] IS NULL OR s.id = ANY($2::text[])) ORDER BY s.position`,
    [uai, ids ?? null],
  );
}

/** subscription id → public → people holding it. */
export async function holderCounts(db: Queryable, uai: string, ids?: string[]): Promise<Map<string, Map<Public, number>>> {
  const rows = await db.query<{ subscription_id: string; public: Public; n: number }>(
    `SELECT a.subscription_id, a.public, count(DISTINCT m.person_id) AS n
     FROM assignments a JOIN assignment_members m ON m.assignment_id = a.id
     WHERE a.uai = $1 AND ($2::text[] IS NULL OR a.subscription_id = ANY($2::text[]))
       AND NOT EXISTS (SELECT 1 FROM recovered r WHERE r.uai = a.uai AND r.person_id = m.person_id)
     GROUP BY a.subscription_id, a.public`,
    [uai, ids ?? null],
  );
  const result = new Map<string, Map<Public, number>>();
  for (const r of rows) {
    let byPublic = result.get(r.subscription_id);
    if (!byPublic) result.set(r.subscription_id, (byPublic = new Map()));
    byPublic.set(r.public, r.n);
  }
  return result;
}

/** Family mothers whose every present person of every public holds them (by public). */
export async function completeFamilies(db: Queryable, uai: string, day: string): Promise<Set<string>> {
  const rows = await db.query<{ id: string }>(
    `SELECT s.id FROM subscriptions s WHERE s.uai = $1 AND s.family_mother AND NOT EXISTS (
       SELECT 1 FROM people p
       WHERE p.uai = s.uai AND p.profile = ANY(s.publics) AND p.arrival_date <= $2::date AND (p.departure_date IS NULL OR p.departure_date > $2::date)
         AND NOT EXISTS (SELECT 1 FROM recovered r WHERE r.uai = p.uai AND r.person_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM assignments a JOIN assignment_members m ON m.assignment_id = a.id
                         WHERE a.subscription_id = s.id AND a.public = p.profile AND m.person_id = p.id))`,
    [uai, day],
  );
  return new Set(rows.map((r) => r.id));
}

export function countsOf(sub: SubscriptionRow, held: Map<Public, number> | undefined): PublicCount[] {
  return sub.publics.map((pub) => {
    const assigned = held?.get(pub) ?? 0;
    if (sub.licence_type === 'etablissement') return { public: pub, total: null, assigned, available: null };
    const total = sub.totals[pub] ?? 0;
    return { public: pub, total, assigned, available: Math.max(0, total - assigned) };
  });
}

/** Licences left for a public; null when unlimited. */
export function availableOf(sub: SubscriptionRow, held: Map<Public, number> | undefined, pub: Public): number | null {
  if (sub.licence_type === 'etablissement') return null;
  return Math.max(0, (sub.totals[pub] ?? 0) - (held?.get(pub) ?? 0));
}

export function subscriptionView(sub: SubscriptionRow, held: Map<Public, number> | undefined, complete: Set<string>): Subscription {
  const view: Subscription = {
    id: sub.id,
    resource: sub.record,
    licenceType: sub.licence_type,
    publics: sub.publics,
    counts: countsOf(sub, held),
    validFrom: sub.valid_from,
    validUntil: sub.valid_until,
  };
  if (sub.distributor) view.distributor = sub.distributor;
  if (sub.order_ref) view.orderRef = sub.order_ref;
  if (sub.received_at) view.receivedAt = isoParis(sub.received_at);
  if (sub.family_mother) {
    view.familyMother = true;
    view.familyComplete = complete.has(sub.id);
  }
  if (sub.family_member_of) view.familyMemberOf = sub.family_member_of;
  if (sub.advisories) view.advisories = sub.advisories;
  return view;
}

/** Fresh counts of these subscriptions (what writes answer, and a 409 too). */
export async function freshCounts(db: Queryable, uai: string, ids: string[], day: string): Promise<SubscriptionCounts[]> {
  const subs = await loadSubscriptions(db, uai, ids);
  const held = await holderCounts(db, uai, ids);
  const complete = subs.some((s) => s.family_mother) ? await completeFamilies(db, uai, day) : new Set<string>();
  const byId = new Map(subs.map((s) => [s.id, s]));
  return ids.flatMap((id) => {
    const sub = byId.get(id);
    if (!sub) return [];
    const result: SubscriptionCounts = { id, counts: countsOf(sub, held.get(id)) };
    if (sub.family_mother) result.familyComplete = complete.has(id);
    return [result];
  });
}
