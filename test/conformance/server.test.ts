// The conformance kit against the reference server (server/), on the embedded database (or on
// PostgreSQL when TEST_DATABASE_URL is set): every case must pass, as against the mocks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { runConformance } from '../../conformance/kit.mjs';
import { server, stopServer, tokenFor, type DemoKey } from '../../server/test/harness.js';

const mock = JSON.parse(readFileSync(new URL('../../conformance/accounts.mock.json', import.meta.url), 'utf8'));

/** The mock's accounts, each signed in with a token of the demo user it names. */
async function accounts(): Promise<typeof mock> {
  const signedIn: Record<string, { headers: Record<string, string> }> = {};
  for (const [profile, account] of Object.entries(mock.accounts as Record<string, { headers: Record<string, string> }>)) {
    const user = account.headers['X-Demo-User'] as DemoKey | undefined;
    signedIn[profile] = { headers: user ? { Authorization: `Bearer ${await tokenFor(user)}` } : {} };
  }
  return { ...mock, accounts: signedIn };
}

describe('conformance kit against the reference server', () => {
  after(() => stopServer());

  it('passes every case', async () => {
    const { url } = await server();
    const { results, durationMs } = await runConformance({ baseUrl: url, accounts: await accounts() });
    const failed = results.filter((r) => r.verdict !== 'passed').map((r) => `${r.id}: ${r.verdict} — ${r.message}\n    ${(r.evidence ?? []).map((e) => `${e.request} → ${e.response}`).join('\n    ')}`);
    assert.deepEqual(failed, []);
    assert.ok(durationMs < 60_000, `${durationMs} ms`);
  });
});
