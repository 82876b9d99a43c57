// The affectation console's paths, under /affectation/establishments/{uai}/: only the
// establishment's responsables d'affectation get in (checked by `operation`, access
// `responsable`). Every query is scoped by the path's UAI: an id of another establishment's
// record is unknown here.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AssignmentRequest, AssignmentResult, Public, TargetType } from '../../src/shared/api/types.js';
import { addDays, dateParis, isoParis, monthParis, monthRange, schoolYearStart } from '../../src/mocks/time.js';
import { statistics, STATISTICS_THRESHOLD } from '../affectation/statistics.js';
import { dashboard, recover } from '../affectation/dashboard.js';
import { populations, searchPeople, type PeopleQuery } from '../affectation/people.js';
import { ASSIGNMENT_SELECT, assignmentsByIds, assignmentView, reach, type AssignmentRow } from '../affectation/assignments.js';
import { addAssignment, plan, validateRequest } from '../affectation/licences.js';
import { completeFamilies, freshCounts, holderCounts, loadSubscriptions, subscriptionView } from '../affectation/subscriptions.js';
import type { Queryable } from '../db/db.js';
import { idempotent } from '../http/idempotency.js';
import { invalid, notFound, Problem } from '../http/problem.js';
import { operation, requireUser } from '../http/route.js';
import type { RouteContext } from './context.js';

const uaiOf = (request: FastifyRequest): string => (request.params as { uai: string }).uai;

/** One request or a batch (one per public), as the contract's oneOf allows. */
function requestsOf(body: unknown): AssignmentRequest[] {
  const batch = (body as { requests?: AssignmentRequest[] }).requests;
  const requests = batch ?? [body as AssignmentRequest];
  // `label` is read-only: what is kept of a target is its type and id.
  return requests.map((r) => ({ subscriptionIds: r.subscriptionIds, public: r.public, targets: r.targets.map((t) => ({ type: t.type, id: t.id })) }));
}

export function affectationRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { db, contract } = ctx;

  operation(app, contract, 'listSubscriptions', 'responsable', async (request) => {
    const uai = uaiOf(request);
    const day = dateParis(ctx.now());
    const subs = await loadSubscriptions(db, uai);
    const held = await holderCounts(db, uai);
    const complete = await completeFamilies(db, uai, day);
    return { status: 200, body: { subscriptions: subs.map((s) => subscriptionView(s, held.get(s.id), complete)) } };
  });

  operation(app, contract, 'listAssignments', 'responsable', async (request) => {
    const uai = uaiOf(request);
    const q = request.query as { subscriptionId?: string; targetType?: TargetType; targetId?: string; personId?: string; page: number; pageSize: number };
    const where = `WHERE a.uai = $1 AND ($2::text IS NULL OR a.subscription_id = $2) AND ($3::text IS NULL OR a.target_type = $3) AND ($4::text IS NULL OR a.target_id = $4)
      AND ($5::text IS NULL OR (EXISTS (SELECT 1 FROM assignment_members m WHERE m.assignment_id = a.id AND m.person_id = $5)
                                AND NOT EXISTS (SELECT 1 FROM recovered r WHERE r.uai = a.uai AND r.person_id = $5)))`;
    const params = [uai, q.subscriptionId ?? null, q.targetType ?? null, q.targetId ?? null, q.personId ?? null];
    const [counted] = await db.query<{ total: number }>(`SELECT count(*) AS total FROM assignments a ${where}`, params);
    const total = counted?.total ?? 0;
    // Newest first, as a console shows them.
    const rows = await db.query<AssignmentRow>(`${ASSIGNMENT_SELECT} ${where} ORDER BY a.created_at DESC, a.id COLLATE "C" DESC LIMIT $6 OFFSET $7`, [
      ...params, q.pageSize, (q.page - 1) * q.pageSize,
    ]);
    return { status: 200, body: { items: rows.map(assignmentView), total, page: q.page, pageSize: q.pageSize } };
  });

  async function checkedBatch(tx: Queryable, uai: string, requests: AssignmentRequest[], day: string, lock: boolean) {
    const ids = [...new Set(requests.flatMap((r) => r.subscriptionIds))];
    const subs = new Map((await loadSubscriptions(tx, uai, ids, lock)).map((s) => [s.id, s]));
    const errors = [];
    const pairs = new Set<string>();
    for (const [i, request] of requests.entries()) {
      const prefix = requests.length > 1 ? `requests[${i}].` : '';
      for (const e of await validateRequest(tx, uai, subs, request, day)) errors.push({ ...e, field: `${prefix}${e.field}` });
      for (const id of request.subscriptionIds) {
        if (requests.length > 1 && pairs.has(`${id} ${request.public}`)) errors.push({ field: `requests[${i}]`, code: 'duplicate', message: 'Un même abonnement et un même public ne figurent qu’une fois dans un lot.' });
        pairs.add(`${id} ${request.public}`);
      }
    }
    if (errors.length > 0) throw invalid(errors);
    return { ids, subs };
  }

  operation(app, contract, 'createAssignments', 'responsable', async (request) => {
    const user = requireUser(request);
    const uai = uaiOf(request);
    const now = ctx.now();
    const day = dateParis(now);
    const requests = requestsOf(request.body);
    return idempotent(db, request, user.id, async (tx) => {
      const { ids, subs } = await checkedBatch(tx, uai, requests, day, true);
      const lines = [];
      for (const r of requests) lines.push(...(await plan(tx, uai, subs, r, day)));
      const short = lines.filter((line) => line.shortfall > 0);
      if (short.length > 0) {
        // Nothing applied (the transaction rolls back); the counts are those seen under the lock.
        const detail = short.map((s) => `${s.subscriptionId} (${s.public}) : ${s.needed} demandée(s), ${s.available ?? 0} disponible(s)`).join(' ; ');
        throw new Problem(409, 'licences-insufficient', `Licences insuffisantes, rien n’a été affecté : ${detail}.`, {
          shortfalls: short.map((l) => ({ subscriptionId: l.subscriptionId, public: l.public, requested: l.needed, available: l.available ?? 0 })),
          subscriptions: await freshCounts(tx, uai, ids, day),
        });
      }
      const touched: Array<{ id: string; outcome: AssignmentResult['assignments'][number]['outcome'] }> = [];
      for (const r of requests) {
        for (const subscriptionId of r.subscriptionIds) {
          for (const target of r.targets) {
            const reached = (await reach(tx, uai, r.public, target, day)) as string[];
            touched.push(await addAssignment(tx, uai, subscriptionId, r.public as Public, target, reached, now, user.displayName));
          }
        }
      }
      const views = new Map((await assignmentsByIds(tx, uai, touched.map((t) => t.id))).map((v) => [v.id, v]));
      const body: AssignmentResult = { assignments: touched.map((t) => ({ ...views.get(t.id)!, outcome: t.outcome })), subscriptions: await freshCounts(tx, uai, ids, day) };
      return { status: 201, body };
    });
  });

  operation(app, contract, 'previewAssignments', 'responsable', async (request) => {
    const uai = uaiOf(request);
    const day = dateParis(ctx.now());
    const [single] = requestsOf(request.body);
    const { subs } = await checkedBatch(db, uai, [single!], day, false);
    const lines = await plan(db, uai, subs, single!, day);
    return { status: 200, body: { lines, fits: lines.every((l) => l.shortfall === 0) } };
  });

  /** All or nothing: an id that is not an assignment of this establishment removes nothing. */
  async function removeAll(tx: Queryable, uai: string, ids: string[], day: string) {
    const unique = [...new Set(ids)];
    const removed = await assignmentsByIds(tx, uai, unique);
    if (removed.length !== unique.length) {
      const found = new Set(removed.map((r) => r.id));
      throw notFound(`Affectation introuvable : ${unique.filter((id) => !found.has(id)).join(', ')}. Rien n’a été retiré.`);
    }
    await tx.query('DELETE FROM assignments WHERE uai = $1 AND id = ANY($2::text[])', [uai, unique]);
    const touched = [...new Set(removed.map((r) => r.subscriptionId))];
    return { status: 200, body: { removed, subscriptions: await freshCounts(tx, uai, touched, day) } };
  }

  operation(app, contract, 'removeAssignments', 'responsable', async (request) => {
    const user = requireUser(request);
    const { assignmentIds } = request.body as { assignmentIds: string[] };
    return idempotent(db, request, user.id, (tx) => removeAll(tx, uaiOf(request), assignmentIds, dateParis(ctx.now())));
  });

  operation(app, contract, 'deleteAssignment', 'responsable', async (request) => {
    const { assignmentId } = request.params as { assignmentId: string };
    return db.transaction((tx) => removeAll(tx, uaiOf(request), [assignmentId], dateParis(ctx.now())));
  });

  operation(app, contract, 'getPopulations', 'responsable', async (request) => ({ status: 200, body: await populations(db, uaiOf(request), dateParis(ctx.now())) }));

  operation(app, contract, 'searchPeople', 'responsable', async (request) => {
    const now = ctx.now();
    const { page, pageSize, ...query } = request.query as PeopleQuery & { page: number; pageSize: number };
    const found = await searchPeople(db, uaiOf(request), query, dateParis(now), dateParis(addDays(now, -30)));
    return { status: 200, body: { items: found.slice((page - 1) * pageSize, page * pageSize), total: found.length, page, pageSize } };
  });

  operation(app, contract, 'getDashboard', 'responsable', async (request) => {
    const now = ctx.now();
    const items = await dashboard(db, uaiOf(request), now, dateParis(now), dateParis(addDays(now, 30)));
    // The ETag follows the items, not the clock: an unchanged dashboard revalidates as 304.
    return { status: 200, body: { items, generatedAt: isoParis(now) }, etagBasis: items };
  });

  operation(app, contract, 'recoverLicences', 'responsable', async (request) => {
    const user = requireUser(request);
    const uai = uaiOf(request);
    const day = dateParis(ctx.now());
    const { personIds } = request.body as { personIds?: string[] };
    return idempotent(db, request, user.id, async (tx) => {
      const outcome = await recover(tx, uai, personIds, day);
      if (!outcome.ok) throw invalid(outcome.errors);
      return { status: 200, body: { recovered: outcome.recovered, people: outcome.people, subscriptions: await freshCounts(tx, uai, outcome.touched, day) } };
    });
  });

  operation(app, contract, 'getStatistics', 'responsable', async (request) => {
    const uai = uaiOf(request);
    const now = ctx.now();
    const { from, to, subscriptionId } = request.query as { from?: string; to?: string; subscriptionId?: string };
    if (from && to && from > to) throw invalid([{ field: 'from', code: 'after-to', message: '« from » doit précéder « to ».' }]);
    if (subscriptionId && (await db.query('SELECT 1 FROM subscriptions WHERE uai = $1 AND id = $2', [uai, subscriptionId])).length === 0) throw notFound('Abonnement inconnu.');
    // Without from/to: the rentrée's month to this one; never a month after this one.
    const current = monthParis(now);
    const months = monthRange(from ?? monthParis(schoolYearStart(now)), to ?? current).filter((m) => m <= current);
    return { status: 200, body: { threshold: STATISTICS_THRESHOLD, months, rows: await statistics(db, uai, months, subscriptionId) } };
  });
}
