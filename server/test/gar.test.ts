// The GAR listing over mutual TLS, against a fake GAR with certificates made at test time:
// the listing forwarded verbatim (gzip), refused without the right client certificate or when
// the server's name does not match, a slow UAI timed out while the others answer, errors
// passed on, and the per-user cache; then through the server, with ETag/304.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createGarClient, type GarClient } from '../gar/client.js';
import { garSource } from '../gar/source.js';
import { makeCertificates, startFakeGar, type Certificates, type FakeGar } from './fake-gar.js';

const USER = 'u-0330001A-eleve-1';

describe('GAR listing over mutual TLS', () => {
  let certs: Certificates;
  let gar: FakeGar;
  let client: GarClient;
  const clients: GarClient[] = [];
  const make = (overrides: Partial<Parameters<typeof createGarClient>[0]> = {}) => {
    const made = createGarClient({ url: gar.url, idEnt: 'ENT-TEST', cert: certs.client.cert, key: certs.client.key, ca: certs.ca, readTimeoutMs: 300, ...overrides });
    clients.push(made);
    return made;
  };

  before(async () => {
    certs = makeCertificates();
    // The slow UAI answers after 5 s; the client gives up at its 300 ms read timeout.
    gar = await startFakeGar(certs, 5000);
    client = make();
  });
  after(async () => {
    for (const c of clients) await c.close();
    await gar.close();
  });

  it('forwards the listing as the GAR sent it, unknown fields included, gzip accepted', async () => {
    const answer = await client.listing('0330001A', USER);
    assert.ok(answer.ok);
    assert.deepEqual(answer.body, gar.listingOf('0330001A', USER));
    assert.equal(JSON.stringify(answer.body), JSON.stringify(gar.listingOf('0330001A', USER)), 'same fields, same order');
    assert.equal(gar.calls.at(-1), `/ressources/ENT-TEST/0330001A/${USER}`);
  });

  it('is refused without the ENT\'s certificate, or with one from another CA', async () => {
    const calls = gar.calls.length;
    for (const bad of [make({ cert: certs.rogue.cert, key: certs.rogue.key }), make({ cert: '', key: '' })]) {
      const answer = await bad.listing('0330001A', USER);
      assert.equal(answer.ok, false);
      assert.ok(!answer.ok && answer.status === 502 && /connexion sécurisée/.test(answer.error.Erreur.Message), JSON.stringify(answer));
    }
    assert.equal(gar.calls.length, calls, 'no request got through');
  });

  it('refuses a server whose certificate does not name it (never trust all)', async () => {
    const answer = await make({ servername: 'gar.education.fr' }).listing('0330001A', USER);
    assert.ok(!answer.ok && answer.status === 502);
    const unknownCa = await make({ ca: certs.rogue.cert }).listing('0330001A', USER);
    assert.ok(!unknownCa.ok && unknownCa.status === 502);
  });

  it('times out a slow UAI (read timeout) while another answers', async () => {
    gar.behaviour.set('0330002B', 'slow');
    const started = performance.now();
    const [slow, fast] = await Promise.all([client.listing('0330002B', USER), client.listing('0330001A', USER)]);
    gar.behaviour.delete('0330002B');
    assert.ok(!slow.ok && slow.status === 504, JSON.stringify(slow));
    assert.ok(fast.ok);
    assert.ok(performance.now() - started < 4000, 'given up at the read timeout, not at the GAR\'s pace');
  });

  it('passes a GAR error body on with its status; a body that is not JSON becomes a GAR-shaped 502', async () => {
    gar.behaviour.set('0330002B', 'server-error');
    const failed = await client.listing('0330002B', USER);
    assert.deepEqual(failed, { ok: false, status: 500, error: { Erreur: { Code: '500', Message: 'Erreur lors de la récupération des ressources', Resource: '/ressources/ENT-TEST/0330002B' } } });
    gar.behaviour.set('0330002B', 'erreur');
    const unknown = await client.listing('0330002B', USER);
    assert.ok(!unknown.ok && unknown.status === 404 && unknown.error.Erreur.Message === 'Établissement inconnu du GAR');
    gar.behaviour.set('0330002B', 'garbage');
    const garbage = await client.listing('0330002B', USER);
    assert.ok(!garbage.ok && garbage.status === 502 && !JSON.stringify(garbage).includes(USER), 'no user id in what is passed on');
    gar.behaviour.delete('0330002B');
  });

  it('answers a GAR-shaped 502 at once when the GAR cannot be reached at all', async () => {
    const down = make({ url: 'https://localhost:9' });
    const started = performance.now();
    const answer = await down.listing('0330001A', USER);
    assert.ok(!answer.ok && answer.status === 502, JSON.stringify(answer));
    assert.ok(performance.now() - started < 2000);
  });

  it('caches a user\'s listing for the TTL, shares concurrent calls, never caches errors', async () => {
    let clock = 1_000_000;
    const source = garSource(client, { ttlMs: 300_000, now: () => clock });
    const before = gar.calls.length;
    const five = await Promise.all([1, 2, 3, 4, 5].map(() => source.listing(undefined as never, '0330001A', 'u-cache', '2026-12-05')));
    assert.ok(five.every((r) => r.ok));
    assert.equal(gar.calls.length - before, 1, 'one GAR call for five concurrent reads');
    clock += 299_000;
    await source.listing(undefined as never, '0330001A', 'u-cache', '2026-12-05');
    assert.equal(gar.calls.length - before, 1, 'within the TTL: from the cache');
    await source.listing(undefined as never, '0330001A', 'u-other', '2026-12-05');
    assert.equal(gar.calls.length - before, 2, 'per user');
    clock += 2_000;
    await source.listing(undefined as never, '0330001A', 'u-cache', '2026-12-05');
    assert.equal(gar.calls.length - before, 3, 'after the TTL: asked again');
    gar.behaviour.set('0330002B', 'server-error');
    await source.listing(undefined as never, '0330002B', 'u-cache', '2026-12-05');
    await source.listing(undefined as never, '0330002B', 'u-cache', '2026-12-05');
    assert.equal(gar.calls.length - before, 5, 'an error is not kept');
    gar.behaviour.delete('0330002B');
  });
});

describe('the médiacentre through the server, on the GAR', () => {
  let certs: Certificates;
  let gar: FakeGar;
  let base: string;
  let close: () => Promise<void>;
  let token: string;

  before(async () => {
    const { buildApp } = await import('../app.js');
    const { createAuthenticator } = await import('../auth/identity.js');
    const { loadConfig } = await import('../config.js');
    const { openDb } = await import('../db/open.js');
    const { seedDemo } = await import('../seed/demo.js');
    const { SECRET, tokenFor } = await import('./harness.js');
    certs = makeCertificates();
    gar = await startFakeGar(certs);
    const client = createGarClient({ url: gar.url, idEnt: 'ENT-TEST', cert: certs.client.cert, key: certs.client.key, ca: certs.ca, readTimeoutMs: 300 });
    const config = loadConfig({ DATA_DIR: 'memory', JWT_SECRET: SECRET, LOG_LEVEL: 'silent' });
    const db = await openDb(config);
    await seedDemo(db, new Date());
    const app = await buildApp({ config, db, auth: createAuthenticator(config), listingSource: garSource(client) });
    base = `${await app.listen({ host: '127.0.0.1', port: 0 })}${config.apiBase}`;
    token = await tokenFor('responsable');
    close = async () => {
      await app.close();
      await client.close();
      await db.close();
      await gar.close();
    };
  });
  after(() => close());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } });

  it('answers the GAR\'s listing verbatim with an ETag; a reload within the cache costs a 304 and no GAR call', async () => {
    const first = await get('/mediacentre/resources?uai=0330001A');
    assert.equal(first.status, 200);
    assert.deepEqual(await first.json(), gar.listingOf('0330001A', 'u-0330001A-doc-1'));
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const calls = gar.calls.length;
    const again = await get('/mediacentre/resources?uai=0330001A', { 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal(gar.calls.length, calls, 'served from the per-user cache');
  });

  it('passes one establishment\'s GAR error to the widget while the other answers', async () => {
    gar.behaviour.set('0330002B', 'server-error');
    const [lycee, college] = await Promise.all([get('/mediacentre/resources?uai=0330002B'), get('/mediacentre/resources?uai=0330001A')]);
    gar.behaviour.delete('0330002B');
    assert.equal(lycee.status, 500);
    assert.deepEqual((await lycee.json()).Erreur.Message, 'Erreur lors de la récupération des ressources');
    assert.equal(college.status, 200);
  });
});
