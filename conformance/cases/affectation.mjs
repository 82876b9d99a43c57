// Licences: all or nothing, never over-assigned under concurrent writers, Idempotency-Key,
// outcomes (created / extended / unchanged) and batches — read back through the API. Every
// assignment a case creates is taken back after it.
import { newKey } from '../kit.mjs';
import { assignable, availableNow, people, removeAssignments } from './common.mjs';

const BASE = '/affectation/establishments/{uai}';
const RULE_ASSIGN = 'paths./affectation/establishments/{uai}/assignments.post';

function post(t, path, body, options = {}) {
  return t.request(options.as ?? 'responsableA', 'POST', `${BASE}${path}`, { path: { uai: t.data.uaiA }, body, ...options });
}

/** People of the public who do not hold the subscription yet (checked by a preview each, unless they hold nothing at all). */
async function candidates(t, spec, wanted, except = new Set()) {
  const found = [];
  for (const person of await people(t, spec.public)) {
    if (found.length >= wanted) break;
    if (except.has(person.id) || person.departureDate) continue;
    if (person.licenceCount !== 0) {
      const preview = await post(t, '/assignments/preview', { subscriptionIds: [spec.subscriptionId], public: spec.public, targets: [{ type: 'personne', id: person.id }] });
      if (preview.status !== 200 || preview.body.lines[0]?.needed !== 1) continue;
    }
    found.push(person.id);
  }
  if (found.length < wanted) t.skip(`only ${found.length} people of ${spec.public} without ${spec.subscriptionId} (${wanted} needed)`);
  return found;
}

function personRequest(spec, ids) {
  return { subscriptionIds: [spec.subscriptionId], public: spec.public, targets: ids.map((id) => ({ type: 'personne', id })) };
}

/** Assigns and registers the undo of what was created. */
async function assign(t, body, key = newKey()) {
  const result = await post(t, '/assignments', body, { headers: { 'Idempotency-Key': key } });
  if (result.status === 201) {
    const created = result.body.assignments.filter((a) => a.outcome === 'created').map((a) => a.id);
    t.cleanup(() => removeAssignments(t, created));
  }
  return result;
}

export function affectationCases() {
  return [
    {
      id: 'affectation/concurrency',
      title: '20 parallel assignments on the last 10 licences: at most 10 consumed, the others 409 with fresh counts',
      tags: ['affectation', 'concurrency'],
      async run(t) {
        const spec = assignable(t);
        let count = await availableNow(t, spec.subscriptionId, spec.public);
        if (count.available === null) t.skip(`${spec.subscriptionId} is an establishment licence (no limit to race for)`);
        // Bring the subscription down to its last 10 licences: whole divisions first, then people.
        const populations = await t.request('responsableA', 'GET', `${BASE}/populations`, { path: { uai: t.data.uaiA } });
        for (const division of populations.body.divisions) {
          if (count.available <= 10) break;
          const body = { subscriptionIds: [spec.subscriptionId], public: spec.public, targets: [{ type: 'division', id: division.id }] };
          const preview = await post(t, '/assignments/preview', body);
          const needed = preview.body?.lines?.[0]?.needed ?? 0;
          if (needed === 0 || count.available - needed < 10) continue;
          const done = await assign(t, body);
          t.expectStatus(done, 201, 'filling with a division');
          count = await availableNow(t, spec.subscriptionId, spec.public);
        }
        const filler = Math.max(0, count.available - 10);
        const racers = await candidates(t, spec, filler + 20);
        if (filler > 0) {
          const done = await assign(t, personRequest(spec, racers.slice(0, filler)));
          t.expectStatus(done, 201, `filling with ${filler} people`);
        }
        const before = await availableNow(t, spec.subscriptionId, spec.public);
        const left = before.available;
        const answers = await Promise.all(racers.slice(filler, filler + 20).map((id) => assign(t, personRequest(spec, [id]))));
        const won = answers.filter((a) => a.status === 201).length;
        const refused = answers.filter((a) => a.status === 409);
        t.check(won + refused.length === 20, `statuses: ${answers.map((a) => a.status).join(',')} (only 201 or 409 expected)`, RULE_ASSIGN);
        t.check(won <= left, `${won} assignments succeeded with ${left} licences left: over-assigned`, `${RULE_ASSIGN} (never over-assigned)`);
        for (const conflict of refused) {
          t.check(conflict.body?.code === 'licences-insufficient', `a 409 with code ${JSON.stringify(conflict.body?.code)}`, 'components.schemas.LicenceConflict');
          t.check(conflict.body.subscriptions?.some((s) => s.id === spec.subscriptionId), 'a 409 without the fresh counts of the subscription', 'components.schemas.LicenceConflict');
        }
        const after = await availableNow(t, spec.subscriptionId, spec.public);
        t.check(after.assigned === before.assigned + won, `assigned went ${before.assigned} → ${after.assigned} for ${won} successes`, `${RULE_ASSIGN} (a licence per person, all or nothing)`);
        t.check(after.available === left - won, `available went ${left} → ${after.available} for ${won} successes`, 'components.schemas.PublicCount');
        t.check(won === left, `only ${won} of the ${left} licences left were given to 20 requests`, RULE_ASSIGN);
      },
    },
    {
      id: 'affectation/idempotency',
      title: 'Idempotency-Key replays the first answer, never applies twice, and refuses another body (422)',
      tags: ['affectation', 'idempotency'],
      async run(t) {
        const spec = assignable(t);
        const [first, second] = await candidates(t, spec, 2);
        const key = newKey();
        const before = await availableNow(t, spec.subscriptionId, spec.public);
        const original = await assign(t, personRequest(spec, [first]), key);
        t.expectStatus(original, 201, 'the first request');
        const replay = await assign(t, personRequest(spec, [first]), key);
        t.expectStatus(replay, 201, 'the same request with the same key');
        t.check(JSON.stringify(replay.body.assignments.map((a) => a.id)) === JSON.stringify(original.body.assignments.map((a) => a.id)), 'the replay answered other assignments than the first answer', 'components.parameters.IdempotencyKey');
        const after = await availableNow(t, spec.subscriptionId, spec.public);
        t.check(after.assigned === before.assigned + 1, `assigned went ${before.assigned} → ${after.assigned}: the retry applied again`, 'components.parameters.IdempotencyKey');
        const reused = await assign(t, personRequest(spec, [second]), key);
        t.expectStatus(reused, 422, 'the same key with another body', 'invalid');
        const unchanged = await availableNow(t, spec.subscriptionId, spec.public);
        t.check(unchanged.assigned === after.assigned, 'the refused request changed the counts', 'info.description: bad input never changes anything');
        const short = await post(t, '/assignments', personRequest(spec, [second]), { headers: { 'Idempotency-Key': 'short' } });
        t.check(short.status >= 400 && short.status < 500, `a 5-character key: ${short.status} (a 4xx expected)`, 'components.parameters.IdempotencyKey (8–128 characters)');
      },
    },
    {
      id: 'affectation/outcomes',
      title: 'assigning a target that already has it says so (unchanged), and only created assignments are new',
      tags: ['affectation'],
      async run(t) {
        const spec = assignable(t);
        const [one, two] = await candidates(t, spec, 2);
        const first = await assign(t, personRequest(spec, [one]));
        t.expectStatus(first, 201, 'assigning one person');
        t.check(first.body.assignments.length === 1 && first.body.assignments[0].outcome === 'created', `outcomes ${JSON.stringify(first.body.assignments.map((a) => a.outcome))} (expected ["created"])`, 'components.schemas.AssignmentOutcome');
        const mixed = await assign(t, personRequest(spec, [one, two]));
        t.expectStatus(mixed, 201, 'assigning the same person and a new one');
        const byTarget = Object.fromEntries(mixed.body.assignments.map((a) => [a.target.id, a]));
        t.check(byTarget[one]?.outcome === 'unchanged' && byTarget[one]?.id === first.body.assignments[0].id, `the person already assigned came back as ${JSON.stringify(byTarget[one]?.outcome)} (expected the same assignment, unchanged)`, 'components.schemas.AssignmentResult');
        t.check(byTarget[two]?.outcome === 'created', `the new person came back as ${JSON.stringify(byTarget[two]?.outcome)}`, 'components.schemas.AssignmentResult');
        const listed = await t.request('responsableA', 'GET', `${BASE}/assignments`, { path: { uai: t.data.uaiA }, query: { subscriptionId: spec.subscriptionId, targetType: 'personne', targetId: one } });
        t.check(listed.body.items.filter((a) => a.public === spec.public).length === 1, 'assigning a target twice made two assignments', 'components.schemas.AssignmentResult');
      },
    },
    {
      id: 'affectation/batch-all-or-nothing',
      title: 'a batch (one request per public) applies nothing when one part runs short',
      tags: ['affectation'],
      async run(t) {
        const spec = assignable(t);
        const [person] = await candidates(t, spec, 1);
        // A subscription whose licences cannot cover its whole public: the part that fails.
        const list = await t.request('responsableA', 'GET', `${BASE}/subscriptions`, { path: { uai: t.data.uaiA } });
        let short;
        for (const sub of list.body.subscriptions) {
          if (sub.id === spec.subscriptionId || sub.licenceType !== 'individuelle' || !sub.publics.includes(spec.public)) continue;
          const body = { subscriptionIds: [sub.id], public: spec.public, targets: [{ type: 'profil', id: spec.public }] };
          const preview = await post(t, '/assignments/preview', body);
          if (preview.status === 200 && !preview.body.fits) {
            short = body;
            break;
          }
        }
        if (!short) t.skip(`no subscription of A runs short for all of ${spec.public}`);
        const before = await availableNow(t, spec.subscriptionId, spec.public);
        const batch = await assign(t, { requests: [personRequest(spec, [person]), short] });
        t.expectStatus(batch, 409, 'a batch whose second part runs short', 'licences-insufficient');
        t.check(batch.body.shortfalls?.some((s) => s.subscriptionId === short.subscriptionIds[0]), 'the 409 does not name the subscription that ran short', 'components.schemas.LicenceConflict');
        const after = await availableNow(t, spec.subscriptionId, spec.public);
        t.check(after.assigned === before.assigned, `the part that fitted was applied (assigned ${before.assigned} → ${after.assigned})`, `${RULE_ASSIGN} (batch: all or nothing)`);
        const duplicate = await assign(t, { requests: [personRequest(spec, [person]), personRequest(spec, [person])] });
        t.expectStatus(duplicate, 422, 'a batch naming the same subscription and public twice', 'invalid');
      },
    },
    {
      id: 'affectation/remove-all-or-nothing',
      title: 'a bulk remove with an unknown id is a 404 that removes nothing',
      tags: ['affectation'],
      async run(t) {
        const spec = assignable(t);
        const [person] = await candidates(t, spec, 1);
        const created = await assign(t, personRequest(spec, [person]));
        t.expectStatus(created, 201, 'assigning one person');
        const id = created.body.assignments[0].id;
        const removal = await post(t, '/assignments/remove', { assignmentIds: [id, 'conformance-no-such-assignment'] }, { headers: { 'Idempotency-Key': newKey() } });
        t.expectStatus(removal, 404, 'removing a real and an unknown assignment', 'not-found');
        const listed = await t.request('responsableA', 'GET', `${BASE}/assignments`, { path: { uai: t.data.uaiA }, query: { subscriptionId: spec.subscriptionId, targetType: 'personne', targetId: person } });
        t.check(listed.body.items.some((a) => a.id === id), 'the real assignment was removed anyway', 'paths./affectation/establishments/{uai}/assignments/remove.post (all or nothing)');
        const other = await t.request('responsableB', 'DELETE', `${BASE}/assignments/{assignmentId}`, { path: { uai: t.data.uaiB, assignmentId: id } });
        t.expectStatus(other, 404, 'B\'s responsable deleting A\'s assignment under B\'s UAI', 'not-found');
        const deleted = await t.request('responsableA', 'DELETE', `${BASE}/assignments/{assignmentId}`, { path: { uai: t.data.uaiA, assignmentId: id } });
        t.expectStatus(deleted, 200, 'A\'s responsable deleting it');
        t.check(deleted.body.removed.some((a) => a.id === id), 'the answer does not give back the removed assignment (for undo)', 'components.schemas.RemovalResult');
        const again = await t.request('responsableA', 'DELETE', `${BASE}/assignments/{assignmentId}`, { path: { uai: t.data.uaiA, assignmentId: id } });
        t.expectStatus(again, 404, 'deleting it twice', 'not-found');
      },
    },
    {
      id: 'affectation/recover-nobody',
      title: 'recovering the licences of an empty list of people recovers nothing',
      tags: ['affectation'],
      async run(t) {
        const list = await t.request('responsableA', 'GET', `${BASE}/subscriptions`, { path: { uai: t.data.uaiA } });
        const recovered = await post(t, '/licences/recover', { personIds: [] }, { headers: { 'Idempotency-Key': newKey() } });
        t.expectStatus(recovered, 200, 'recovering nobody');
        t.check(recovered.body.recovered === 0 && recovered.body.people === 0, `recovered ${recovered.body.recovered} licences of ${recovered.body.people} people`, 'components.schemas.RecoveryResult');
        const after = await t.request('responsableA', 'GET', `${BASE}/subscriptions`, { path: { uai: t.data.uaiA } });
        t.check(JSON.stringify(after.body.subscriptions.map((s) => s.counts)) === JSON.stringify(list.body.subscriptions.map((s) => s.counts)), 'recovering nobody changed the counts', 'paths./affectation/establishments/{uai}/licences/recover.post');
      },
    },
  ];
}
