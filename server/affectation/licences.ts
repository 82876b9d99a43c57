// The licence rules of a write, inside the caller's transaction: validation against the
// data, the plan (what a request would take), and the all-or-nothing assignment. The caller
// locks the subscriptions' rows first (loadSubscriptions(…, lock)), so that between "is there
// enough left?" and "take it" no other writer can take the same licences.
import type { AssignmentOutcome, AssignmentRequest, FieldError, PreviewLine, Public } from '../../src/shared/api/types.js';
import type { Queryable } from '../db/db.js';
import { reach, type ReachError } from './assignments.js';
import { availableOf, holderCounts, type SubscriptionRow } from './subscriptions.js';

const REACH_MESSAGES: Record<ReachError, string> = {
  'unknown-division': 'Division inconnue dans cet établissement.',
  'unknown-group': 'Groupe inconnu dans cet établissement.',
  'unknown-person': 'Personne inconnue dans cet établissement.',
  'public-mismatch': 'La cible ne correspond pas au public choisi.',
  'person-departed': 'Cette personne a quitté l’établissement.',
};

/** Business validation (the shape was checked by the contract's schema). */
export async function validateRequest(db: Queryable, uai: string, subs: Map<string, SubscriptionRow>, request: AssignmentRequest, day: string): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  request.subscriptionIds.forEach((id, i) => {
    const sub = subs.get(id);
    if (!sub) {
      errors.push({ field: `subscriptionIds[${i}]`, code: 'unknown', message: `Abonnement inconnu : ${id}.` });
      return;
    }
    if (seen.has(id)) errors.push({ field: `subscriptionIds[${i}]`, code: 'duplicate', message: 'Abonnement en double dans la demande.' });
    seen.add(id);
    if (!sub.publics.includes(request.public)) errors.push({ field: 'public', code: 'public-not-eligible', message: `« ${sub.record.nomRessource} » ne peut pas être affecté à ce public.` });
    if (sub.valid_until < day) errors.push({ field: `subscriptionIds[${i}]`, code: 'expired', message: 'Cet abonnement a expiré.' });
  });
  for (const [i, target] of request.targets.entries()) {
    const result = await reach(db, uai, request.public, target, day);
    if (typeof result === 'string') errors.push({ field: `targets[${i}]`, code: result, message: REACH_MESSAGES[result] });
  }
  return errors;
}

async function holders(db: Queryable, subscriptionId: string, pub: Public): Promise<Set<string>> {
  const rows = await db.query<{ person_id: string }>(
    `SELECT DISTINCT m.person_id FROM assignments a JOIN assignment_members m ON m.assignment_id = a.id
     WHERE a.subscription_id = $1 AND a.public = $2 AND NOT EXISTS (SELECT 1 FROM recovered r WHERE r.uai = a.uai AND r.person_id = m.person_id)`,
    [subscriptionId, pub],
  );
  return new Set(rows.map((r) => r.person_id));
}

/** What the request would take, per subscription: reached people not holding it yet. */
export async function plan(db: Queryable, uai: string, subs: Map<string, SubscriptionRow>, request: AssignmentRequest, day: string): Promise<PreviewLine[]> {
  const reached = new Set<string>();
  for (const target of request.targets) {
    const ids = await reach(db, uai, request.public, target, day);
    if (typeof ids !== 'string') ids.forEach((id) => reached.add(id));
  }
  const counts = await holderCounts(db, uai, request.subscriptionIds);
  const lines: PreviewLine[] = [];
  for (const subscriptionId of request.subscriptionIds) {
    const sub = subs.get(subscriptionId)!;
    const held = await holders(db, subscriptionId, request.public);
    let needed = 0;
    for (const id of reached) if (!held.has(id)) needed += 1;
    const left = availableOf(sub, counts.get(subscriptionId), request.public);
    const line: PreviewLine = { subscriptionId, public: request.public, reached: reached.size, needed, available: left, shortfall: left === null ? 0 : Math.max(0, needed - left) };
    const advisory = sub.advisories?.find((a) => a.public === request.public);
    if (advisory) line.advisory = advisory.message;
    lines.push(line);
  }
  return lines;
}

/**
 * Gives the subscription to the people a target reaches now: a new assignment, or the
 * existing one (same subscription, public and target) extended to newcomers.
 */
export async function addAssignment(
  db: Queryable,
  uai: string,
  subscriptionId: string,
  pub: Public,
  target: { type: string; id: string },
  members: string[],
  at: Date,
  by: string,
): Promise<{ id: string; outcome: AssignmentOutcome }> {
  const [existing] = await db.query<{ id: string }>('SELECT id FROM assignments WHERE subscription_id = $1 AND public = $2 AND target_type = $3 AND target_id = $4', [subscriptionId, pub, target.type, target.id]);
  let id = existing?.id;
  if (!id) {
    const [created] = await db.query<{ id: string }>(
      `INSERT INTO assignments (id, uai, subscription_id, public, target_type, target_id, created_at, created_by)
       VALUES ('asg-' || $1 || '-n' || nextval('assignments_seq_seq'), $1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [uai, subscriptionId, pub, target.type, target.id, at, by],
    );
    id = created!.id;
  }
  const added = await db.query('INSERT INTO assignment_members (assignment_id, person_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING RETURNING person_id', [id, members]);
  return { id, outcome: existing ? (added.length > 0 ? 'extended' : 'unchanged') : 'created' };
}
