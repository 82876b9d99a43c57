// PostgreSQL restarted under load (only with a cluster of our own: server/test/with-postgres.sh
// sets TEST_PG_RESTART): the server answers 503 while the database is away and recovers by
// itself, never a 500; writes are all or nothing across the restart.
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { after, describe, it } from 'node:test';
import { server, stopServer, tokenFor } from './harness.js';

const restart = process.env.TEST_PG_RESTART;
const COLLEGE = '0330001A';
// Two subscriptions with licences to spare, given together: both or neither.
const PAIR = ['sub-0330001A-015', 'sub-0330001A-029'];

describe('PostgreSQL restarted during the load', { skip: !restart || !process.env.TEST_DATABASE_URL ? 'needs server/test/with-postgres.sh' : false }, () => {
  after(() => stopServer());

  it('answers 503 meanwhile, recovers without a restart of its own, and never half-writes', async () => {
    const { url } = await server();
    const responsable = await tokenFor('responsable');
    const headers = { authorization: `Bearer ${responsable}`, 'content-type': 'application/json' };
    const people = await (await fetch(`${url}/affectation/establishments/${COLLEGE}/people?profile=eleve&pageSize=300`, { headers })).json();
    const ids: string[] = people.items.map((p: { id: string }) => p.id);
    const statuses = new Map<number, number>();
    const outcome = new Map<string, number>();
    let next = 0;
    let running = true;
    const worker = async () => {
      while (running && next < ids.length) {
        const id = ids[next++]!;
        const body = JSON.stringify({ subscriptionIds: PAIR, public: 'eleve', targets: [{ type: 'personne', id }] });
        let status: number;
        try {
          status = (await fetch(`${url}/affectation/establishments/${COLLEGE}/assignments`, { method: 'POST', headers, body })).status;
        } catch {
          status = 0; // the connection itself failed
        }
        outcome.set(id, status);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const read = await fetch(`${url}/announcements`, { headers: { authorization: headers.authorization } }).then((r) => r.status, () => 0);
        statuses.set(read, (statuses.get(read) ?? 0) + 1);
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await new Promise((resolve) => setTimeout(resolve, 600));
    execSync(restart!, { stdio: 'pipe' });
    await new Promise((resolve) => setTimeout(resolve, 600));
    running = false;
    await Promise.all(workers);

    const seen = Object.fromEntries(statuses);
    for (const status of statuses.keys()) assert.ok([200, 201, 503].includes(status), `an answer ${status} during the restart (${JSON.stringify(seen)})`);
    // Recovered without a restart of the server.
    let back = 0;
    for (let i = 0; i < 50 && back !== 200; i++) {
      back = await fetch(`${url}/me`, { headers: { authorization: headers.authorization } }).then((r) => r.status, () => 0);
      if (back !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.equal(back, 200, 'the server answers again');
    // All or nothing: every person holds both subscriptions or neither; a 201 holds both.
    for (const [id, status] of outcome) {
      const list = await (await fetch(`${url}/affectation/establishments/${COLLEGE}/assignments?personId=${id}&pageSize=50`, { headers })).json();
      const held = PAIR.filter((sub) => list.items.some((a: { subscriptionId: string }) => a.subscriptionId === sub));
      assert.ok(held.length === 0 || held.length === 2, `${id}: ${held.length} of 2 after a ${status}`);
      if (status === 201) assert.equal(held.length, 2, `${id}: answered 201 but holds ${held.length}`);
    }
    console.log(`answers during the restart: ${JSON.stringify(seen)}`);
  });
});
