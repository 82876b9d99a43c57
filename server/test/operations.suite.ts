// What the process around the routes does: demo mode, rate limit, body limit, logs, and no 500
// on any operation whatever the body.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildApp } from '../app.js';
import { createAuthenticator } from '../auth/identity.js';
import { loadConfig } from '../config.js';
import { Contract } from '../http/contract.js';
import { purgeIdempotencyKeys } from '../http/idempotency.js';
import { assertProblem, call, server, SECRET, tokenFor } from './harness.js';

async function appWith(env: Record<string, string>, logStream?: { write(line: string): void }) {
  const { db, config } = await server();
  const cfg = loadConfig({ DATA_DIR: 'memory', UPLOAD_DIR: config.uploadDir, JWT_SECRET: SECRET, AUTH_COOKIE: 'ent_session', LOG_LEVEL: 'info', ...env });
  return buildApp({ config: cfg, db, auth: createAuthenticator(cfg), demoSecret: new TextEncoder().encode(SECRET), ...(logStream ? { logStream } : {}) });
}

describe('around the routes', () => {
  it('demo sign-in: off by default; when on, sets the session cookie of a seeded demo user; demo pictures served', async () => {
    assertProblem(await call('POST', '/demo/sign-in', { body: { user: 'eleve' }, unchecked: true }), 404, 'not-found');
    const app = await appWith({ DEMO_SIGNIN: '1', SEED_DEMO: '1', LOG_LEVEL: 'silent' });
    const signIn = await app.inject({ method: 'POST', url: '/api/demo/sign-in', payload: { user: 'enseignant' } });
    assert.equal(signIn.statusCode, 204);
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    assert.match(String(signIn.headers['set-cookie']), /HttpOnly; SameSite=Lax/);
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    assert.equal(me.json().displayName, 'Julien Mercier');
    assert.equal((await app.inject({ method: 'POST', url: '/api/demo/sign-in', payload: { user: 'nobody' } })).statusCode, 404);
    const vignette = await app.inject({ method: 'GET', url: '/demo-assets/vignettes/maths.svg' });
    assert.equal(vignette.headers['content-type'], 'image/svg+xml');
    await app.close();
  });

  it('rate limit on writes: a 429 problem with retryAfter, reads untouched', async () => {
    const app = await appWith({ RATE_LIMIT_WRITES: '2', LOG_LEVEL: 'silent' });
    const headers = { authorization: `Bearer ${await tokenFor('documentaliste')}` };
    const write = () => app.inject({ method: 'DELETE', url: `/api/mediacentre/favorites/${encodeURIComponent('ark:/x/none')}`, headers });
    assert.deepEqual([(await write()).statusCode, (await write()).statusCode], [200, 200]);
    const limited = await write();
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json().code, 'rate-limited');
    assert.ok(limited.json().retryAfter > 0);
    assert.equal((await app.inject({ method: 'GET', url: '/api/mediacentre/favorites', headers })).statusCode, 200);
    await app.close();
  });

  it('idempotency keys older than a week are purged, recent ones kept', async () => {
    const { db } = await server();
    await db.query("INSERT INTO idempotency_keys (user_id, key, fingerprint, status, created_at) VALUES ('u-purge', 'old-key-1', 'f', 201, now() - interval '8 days'), ('u-purge', 'new-key-1', 'f', 201, now() - interval '2 days')");
    assert.ok((await purgeIdempotencyKeys(db, 7)) >= 1);
    const left = await db.query<{ key: string }>("SELECT key FROM idempotency_keys WHERE user_id = 'u-purge'");
    assert.deepEqual(left.map((r) => r.key), ['new-key-1']);
  });

  it('a JSON body over the limit is a 413 problem', async () => {
    const res = await call('POST', '/admin/audience/count', { as: 'admin', body: { profiles: ['x'.repeat(1_100_000)], levels: [], divisions: [] } });
    assertProblem(res, 413, 'too-large');
  });

  it('logs carry the route and the request id, never a query string, a token or a name', async () => {
    const lines: string[] = [];
    const app = await appWith({}, { write: (line) => lines.push(line) });
    const token = await tokenFor('responsable');
    await app.inject({ method: 'GET', url: '/api/affectation/establishments/0330001A/people?q=Lef%C3%A8vre', headers: { authorization: `Bearer ${token}` } });
    await app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}`, 'x-request-id': 'proxy-req-42' } });
    await app.close();
    const text = lines.join('');
    assert.match(text, /"route":"\/api\/affectation\/establishments\/:uai\/people"/);
    assert.match(text, /"id":"[0-9a-f-]{36}"/);
    assert.match(text, /"reqId":"proxy-req-42"/);
    for (const secret of ['Lef', 'q=', token.slice(0, 20), 'Claire', 'Moreau']) assert.ok(!text.includes(secret), `${secret} in the logs`);
  });

  it('no operation answers a 5xx, whatever the body or parameters', async () => {
    const contract = new Contract();
    const bodies: unknown[] = [null, [], 'text', 42, {}, { subscriptionIds: [{}], public: 7, targets: 'x' }, { requests: [[]] }, { answers: [{ questionId: 1 }] }];
    for (const op of contract.operations.values()) {
      const path = op.url.replace(':uai', '0330001A').replace(/:(\w+)/g, 'zz%00%ff');
      // As an admin and as a responsable, so that both kinds of operations get past their access check.
      for (const as of ['admin', 'responsable'] as const) {
        for (const body of op.method === 'GET' ? [undefined] : bodies) {
          for (const query of ['?page=-1&pageSize=x&limit=%00&uai=1&from=2026-99&status=%ff', '']) {
            const res = await call(op.method, `${path}${query}`, { as, body, unchecked: true, headers: query ? { 'idempotency-key': 'x'.repeat(200) } : {} });
            assert.ok(res.status < 500, `${op.operationId} as ${as} ${JSON.stringify(body)} → ${res.status} ${JSON.stringify(res.body)}`);
            assert.ok(res.status < 300 || res.body.code, `${op.operationId}: a problem with a code`);
          }
        }
      }
    }
  });
});
