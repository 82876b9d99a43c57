// The conformance kit in `npm test`: it must pass entirely against the project's own mock back
// end, and fail against a copy of it with classic mistakes planted — on exactly those.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { runConformance } from '../../conformance/kit.mjs';
import { startMockServer, type Fault, type MockServer } from './mock-server.js';

const accounts = JSON.parse(readFileSync(new URL('../../conformance/accounts.mock.json', import.meta.url), 'utf8'));

/** Each planted mistake, the cases that must catch it, and words their verdict must contain. */
const PLANTED: Record<Fault, { cases: string[]; evidence: RegExp }> = {
  'private-to-anonymous': { cases: ['news/anonymous-never-private'], evidence: /private article\(s\) given to an anonymous caller/ },
  'over-assignment': { cases: ['affectation/concurrency', 'affectation/batch-all-or-nothing'], evidence: /over-assigned|expected 409, got 201/ },
  'no-etag': { cases: ['caching/etag-304'], evidence: /no ETag/ },
  'server-error-on-bad-json': {
    cases: ['createAssignments', 'previewAssignments', 'removeAssignments', 'recoverLicences', 'createAdminAnnouncement', 'putAdminAnnouncement', 'answerAnnouncementForm', 'countAudience', 'putTile'].map((op) => `validation/${op}`),
    evidence: /500 — a server error/,
  },
  'ent-wide-announcements': { cases: ['announcements/establishment'], evidence: /someone of another establishment sees an announcement/ },
  'wrong-error-shape': {
    cases: ['authorization/eleve4e', 'authorization/eleve3e', 'authorization/enseignant', 'authorization/documentaliste', 'authorization/responsableA', 'authorization/responsableB', 'authorization/admin', 'authorization/other-establishment', 'news/tile-settings', 'announcements/edit-and-delete', 'uploads/limits'],
    evidence: /not application\/problem\+json|is off the contract/,
  },
};

describe('conformance kit', () => {
  let server: MockServer;
  after(() => server?.close());

  it('passes every case against the mock back end', async () => {
    server = await startMockServer();
    const { results, durationMs } = await runConformance({ baseUrl: server.url, accounts });
    await server.close();
    const failed = results.filter((r) => r.verdict !== 'passed').map((r) => `${r.id}: ${r.verdict} — ${r.message}`);
    assert.deepEqual(failed, []);
    assert.ok(results.length >= 30, `${results.length} cases`);
    assert.ok(durationMs < 60_000, `${durationMs} ms`);
  });

  it('fails on exactly the mistakes planted in a broken back end, each with its evidence', async () => {
    server = await startMockServer({ faults: Object.keys(PLANTED) as Fault[] });
    const { results } = await runConformance({ baseUrl: server.url, accounts });
    await server.close();
    const failed = results.filter((r) => r.verdict === 'failed');
    const expected = [...new Set(Object.values(PLANTED).flatMap((p) => p.cases))].sort();
    assert.deepEqual(failed.map((r) => r.id).sort(), expected, failed.map((r) => `${r.id}: ${r.message}`).join('\n'));
    for (const [fault, { cases, evidence }] of Object.entries(PLANTED)) {
      const caught = failed.filter((r) => cases.includes(r.id) && evidence.test(r.message ?? ''));
      assert.ok(caught.length > 0, `${fault}: no verdict names it (${failed.filter((r) => cases.includes(r.id)).map((r) => r.message).join(' | ')})`);
      for (const r of caught) assert.ok(r.evidence.length > 0 && r.rule, `${r.id}: a failure without evidence or rule`);
    }
    assert.equal(results.filter((r) => r.verdict === 'skipped').length, 0);
  });

});
