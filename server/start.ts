// Opens the database, seeds the demo when asked, builds the app: shared by `npm run serve`
// and tests of the whole start.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { createAuthenticator } from './auth/identity.js';
import type { Config } from './config.js';
import { openDb } from './db/open.js';
import { purgeIdempotencyKeys } from './http/idempotency.js';
import { seedDemo } from './seed/demo.js';
import { createGarClient, readCredentials } from './gar/client.js';
import { garSource } from './gar/source.js';
import type { GarConfig } from './config.js';

/** The real GAR's listing, from the configuration (certificate files read once, at start). */
function garListing(gar: GarConfig) {
  const client = createGarClient({
    url: gar.url,
    idEnt: gar.idEnt,
    ...readCredentials({ cert: gar.certFile, key: gar.keyFile, ca: gar.caFile }),
    ...(gar.servername ? { servername: gar.servername } : {}),
    connectTimeoutMs: gar.connectTimeoutMs,
    readTimeoutMs: gar.readTimeoutMs,
  });
  return { client, source: garSource(client, { ttlMs: gar.cacheSeconds * 1000 }) };
}

export async function startServer(config: Config): Promise<{ app: FastifyInstance; url: string; seeded: boolean }> {
  if (config.demoSignIn && config.auth.mode !== 'jwt') throw new Error('DEMO_SIGNIN needs AUTH_MODE=jwt');
  // The demo's tokens are signed with the ENT's HS256 secret, or with a secret of this process.
  const demoSecret = config.demoSignIn ? (config.auth.jwtSecret ? new TextEncoder().encode(config.auth.jwtSecret) : randomBytes(32)) : undefined;
  if (config.demoSignIn) config.auth.cookie ??= 'ent_widgets_demo';
  let db = await openDb(config);
  const seeded = config.seedDemo ? await seedDemo(db, new Date()) : false;
  if (seeded && db.engine === 'pglite' && config.dataDir) {
    // WASM memory never shrinks: reopening after the seed halves the resident size (~0.8 → ~0.4 GB).
    await db.close();
    db = await openDb(config);
  }
  const gar = config.gar ? garListing(config.gar) : undefined;
  const app = await buildApp({ config, db, auth: createAuthenticator(config, demoSecret), ...(demoSecret ? { demoSecret } : {}), ...(gar ? { listingSource: gar.source } : {}) });
  // Idempotency keys are kept a week (the contract asks for at least 24 h), purged hourly.
  const purge = (): void => void purgeIdempotencyKeys(db, 7).catch((error: unknown) => app.log.warn({ err: { message: (error as Error).message } }, 'idempotency purge failed'));
  purge();
  const timer = setInterval(purge, 3_600_000).unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await gar?.client.close();
    await db.close();
  });
  const address = await app.listen({ host: config.host, port: config.port });
  return { app, url: `${address}${config.apiBase}`, seeded };
}
