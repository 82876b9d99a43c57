import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { USERS } from '../../src/mocks/data/users.js';
import { Contract } from '../http/contract.js';
import { migrate, migrationFiles, splitStatements } from '../db/migrate.js';
import { openPglite } from '../db/pglite.js';
import { assertProblem, call, server, tokenFor } from './harness.js';

describe('the engine', () => {
  it('is the one asked for (PostgreSQL when TEST_DATABASE_URL is set), migrated to the last version', async () => {
    const { db } = await server();
    assert.equal(db.engine, process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
    const [{ version }] = await db.query<{ version: string }>("SELECT current_setting('server_version') AS version");
    assert.match(version, process.env.TEST_DATABASE_URL ? /^15\./ : /^\d+\./);
    const versions = (await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => r.version);
    assert.deepEqual(versions, [1, 2, 3, 4, 5]);
  });

  it('an upgrade gives the announcements written before establishments the directory’s first one', async () => {
    const db = await openPglite(undefined);
    try {
      await db.exec('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      for (const file of migrationFiles().filter((f) => f.version <= 4)) {
        for (const statement of splitStatements(file.sql)) await db.query(statement);
        await db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [file.version, file.name]);
      }
      await db.query("INSERT INTO establishments (uai, name, position) VALUES ('0330002B', 'Lycée Condorcet', 1), ('0330001A', 'Collège Jules-Ferry', 0)");
      await db.query("INSERT INTO announcements (id, input, created_at, updated_at, author) VALUES ('ann-old', '{}', now(), now(), 'Direction')");
      assert.deepEqual(await migrate(db), [5]);
      assert.deepEqual(await db.query('SELECT id, uai FROM announcements'), [{ id: 'ann-old', uai: '0330001A' }]);
    } finally {
      await db.close();
    }
  });
});

describe('the routes', () => {
  it('every operation of the contract is served, at the contract’s method and path', async () => {
    const { app, config } = await server();
    const contract = new Contract();
    assert.equal(contract.operations.size, 32);
    for (const op of contract.operations.values()) assert.ok(app.hasRoute({ method: op.method, url: `${config.apiBase}${op.url}` }), `${op.operationId} ${op.method} ${op.url}`);
  });
});

describe('GET /me', () => {
  it('answers the signed-in user with their establishments', async () => {
    const me = await call('GET', '/me', { as: 'responsable' });
    assert.equal(me.status, 200);
    assert.deepEqual(me.body, {
      id: USERS.responsable.id,
      displayName: 'Claire Moreau',
      profile: 'documentaliste',
      roles: ['responsable-affectation'],
      establishments: [
        { uai: '0330001A', name: 'Collège Jules-Ferry' },
        { uai: '0330002B', name: 'Lycée Condorcet' },
      ],
      currentUai: '0330001A',
    });
  });

  it('is 401 problem+json without credentials, with a bad signature or an unknown user', async () => {
    assertProblem(await call('GET', '/me'), 401, 'unauthorized');
    assertProblem(await call('GET', '/me', { token: await tokenFor('eleve', 'another-secret-of-at-least-32-chars!!') }), 401, 'unauthorized');
    assertProblem(await call('GET', '/me', { token: 'not.a.jwt' }), 401, 'unauthorized');
    assertProblem(await call('GET', '/me', { token: await tokenFor({ sub: 'nobody-here' }) }), 401, 'unauthorized');
  });

  it('a malformed cookie or Authorization header is no credential, never a 500', async () => {
    assertProblem(await call('GET', '/me', { headers: { cookie: 'ent_session=%E0%A4%A' } }), 401, 'unauthorized');
    assertProblem(await call('GET', '/me', { headers: { authorization: 'Basic Zm9vOmJhcg==' } }), 401, 'unauthorized');
    assert.equal((await call('GET', '/news/rubriques', { headers: { cookie: 'ent_session=%E0%A4%A' } })).status, 200);
  });

  it('takes the token from the configured cookie', async () => {
    const me = await call('GET', '/me', { headers: { cookie: `other=1; ent_session=${await tokenFor('eleve')}` } });
    assert.equal(me.status, 200);
    assert.equal(me.body.id, USERS.eleve.id);
  });

  it('maps claims: the token wins over the account', async () => {
    const token = await tokenFor({ sub: 'u-from-claims', name: 'Zoé Claim', profile: 'enseignant', roles: ['responsable-affectation'], uais: ['0330002B'] });
    const me = await call('GET', '/me', { token });
    assert.equal(me.status, 200);
    assert.deepEqual(me.body, {
      id: 'u-from-claims',
      displayName: 'Zoé Claim',
      profile: 'enseignant',
      roles: ['responsable-affectation'],
      establishments: [{ uai: '0330002B', name: 'Lycée Condorcet' }],
      currentUai: '0330002B',
    });
  });

  it('knows a person of the directory who has no account', async () => {
    const me = await call('GET', '/me', { token: await tokenFor({ sub: USERS.eleve3e.id }) });
    assert.equal(me.status, 200);
    assert.equal(me.body.profile, 'eleve');
    assert.deepEqual(me.body.establishments, [{ uai: '0330001A', name: 'Collège Jules-Ferry' }]);
  });

  it('answers 304 to If-None-Match with the ETag, 200 otherwise', async () => {
    const first = await call('GET', '/me', { as: 'eleve' });
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const again = await call('GET', '/me', { as: 'eleve', headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.body, '');
    const other = await call('GET', '/me', { as: 'enseignant', headers: { 'if-none-match': etag } });
    assert.equal(other.status, 200);
  });

  it('an answer that carries the clock revalidates as 304 while its content is unchanged', async () => {
    const first = await call('GET', '/announcements', { as: 'eleve' });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await call('GET', '/announcements', { as: 'eleve', headers: { 'if-none-match': first.headers.get('etag')! } });
    assert.equal(again.status, 304);
  });

  it('sends security headers', async () => {
    const me = await call('GET', '/me', { as: 'eleve' });
    assert.equal(me.headers.get('x-content-type-options'), 'nosniff');
    assert.match(me.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  });

  it('answers an unknown path with a 404 problem', async () => {
    assertProblem(await call('GET', '/nowhere', { as: 'eleve', unchecked: true }), 404, 'not-found');
  });
});
