import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { createAuthenticator } from '../auth/identity.js';
import { loadConfig } from '../config.js';
import { Problem } from '../http/problem.js';

async function signed(alg: 'RS256' | 'ES256', claims: Record<string, unknown>) {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const token = await new SignJWT(claims).setProtectedHeader({ alg, kid: 'k1' }).setIssuer('https://ent.example').setExpirationTime('5m').sign(privateKey);
  return { publicKey, token };
}

describe('identity', () => {
  it('verifies RS256 and ES256 tokens with a key file, maps configured claims, checks the issuer', async () => {
    for (const alg of ['RS256', 'ES256'] as const) {
      const { publicKey, token } = await signed(alg, { uid: 'u-1', displayName: 'Ana', ENTPersonProfils: 'enseignant', uais: '0330001A 0330002B' });
      const file = join(mkdtempSync(join(tmpdir(), 'ent-widgets-key-')), 'key.pem');
      writeFileSync(file, await exportSPKI(publicKey));
      const claims = JSON.stringify({ id: 'uid', displayName: 'displayName', profile: 'ENTPersonProfils' });
      const auth = createAuthenticator(loadConfig({ JWT_PUBLIC_KEY_FILE: file, JWT_ISSUER: 'https://ent.example', AUTH_CLAIMS: claims }));
      assert.deepEqual(await auth.principal({ authorization: `Bearer ${token}` }), { id: 'u-1', displayName: 'Ana', profile: 'enseignant', uais: ['0330001A', '0330002B'] });
      const other = createAuthenticator(loadConfig({ JWT_PUBLIC_KEY_FILE: file, JWT_ISSUER: 'https://other.example', AUTH_CLAIMS: claims }));
      await assert.rejects(other.principal({ authorization: `Bearer ${token}` }), (e) => e instanceof Problem && e.status === 401);
      const forged = await signed(alg, { uid: 'u-1' });
      await assert.rejects(auth.principal({ authorization: `Bearer ${forged.token}` }), (e) => e instanceof Problem && e.status === 401);
    }
  });

  it('fetches the keys from a JWKS URL', async () => {
    const { publicKey, token } = await signed('ES256', { sub: 'u-2' });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    const jwks = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = jwks.address() as { port: number };
      const auth = createAuthenticator(loadConfig({ JWT_JWKS_URL: `http://127.0.0.1:${port}/jwks.json` }));
      assert.deepEqual(await auth.principal({ authorization: `Bearer ${token}` }), { id: 'u-2' });
    } finally {
      jwks.close();
    }
  });

  it('header mode takes the gateway’s header, and nothing else', async () => {
    const auth = createAuthenticator(loadConfig({ AUTH_MODE: 'header', TRUSTED_HEADER: 'X-Remote-User' }));
    assert.deepEqual(await auth.principal({ 'x-remote-user': 'u-3' }), { id: 'u-3' });
    assert.equal(await auth.principal({ authorization: 'Bearer whatever' }), null);
  });

  it('an alg the server was not configured for is refused (no "none", no HS256 without a secret)', async () => {
    const { publicKey } = await signed('RS256', { sub: 'x' });
    const file = join(mkdtempSync(join(tmpdir(), 'ent-widgets-key-')), 'key.pem');
    writeFileSync(file, await exportSPKI(publicKey));
    const auth = createAuthenticator(loadConfig({ JWT_PUBLIC_KEY_FILE: file }));
    const hs = await new SignJWT({ sub: 'x' }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('a-secret-of-at-least-thirty-two-chars'));
    await assert.rejects(auth.principal({ authorization: `Bearer ${hs}` }), (e) => e instanceof Problem && e.status === 401);
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.`;
    await assert.rejects(auth.principal({ authorization: `Bearer ${none}` }), (e) => e instanceof Problem && e.status === 401);
  });
});
