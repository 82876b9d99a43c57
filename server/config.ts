// Configuration, from environment variables only (documented in docs/server.md).
import { resolve } from 'node:path';

export interface ClaimMap {
  id: string;
  displayName: string;
  profile: string;
  roles: string;
  uais: string;
}

export interface GarConfig {
  url: string;
  idEnt: string;
  certFile: string;
  keyFile: string;
  caFile: string;
  servername: string | undefined;
  connectTimeoutMs: number;
  readTimeoutMs: number;
  cacheSeconds: number;
}

function garConfig(env: NodeJS.ProcessEnv): GarConfig | undefined {
  if (!env.GAR_URL) return undefined;
  const missing = ['GAR_ID_ENT', 'GAR_CERT', 'GAR_KEY', 'GAR_CA'].filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`GAR_URL needs ${missing.join(', ')} (see docs/server.md)`);
  return {
    url: env.GAR_URL,
    idEnt: env.GAR_ID_ENT!,
    certFile: resolve(env.GAR_CERT!),
    keyFile: resolve(env.GAR_KEY!),
    caFile: resolve(env.GAR_CA!),
    servername: env.GAR_SERVERNAME || undefined,
    connectTimeoutMs: Number(env.GAR_CONNECT_TIMEOUT_MS ?? 5000),
    readTimeoutMs: Number(env.GAR_READ_TIMEOUT_MS ?? 2000),
    cacheSeconds: Number(env.GAR_CACHE_SECONDS ?? 300),
  };
}

export interface Config {
  host: string;
  port: number;
  /** Where the contract's paths are mounted (the widgets' `api-base`). */
  apiBase: string;
  databaseUrl: string | undefined;
  /** PGlite's folder; undefined = in memory (tests). */
  dataDir: string | undefined;
  uploadDir: string;
  seedDemo: boolean;
  auth: {
    mode: 'jwt' | 'header';
    jwtSecret: string | undefined;
    jwtPublicKeyFile: string | undefined;
    jwksUrl: string | undefined;
    issuer: string | undefined;
    audience: string | undefined;
    cookie: string | undefined;
    claims: ClaimMap;
    trustedHeader: string;
  };
  demoSignIn: boolean;
  /** Writes per minute per user (or per address when signed out). */
  rateLimitWrites: number;
  bodyLimit: number;
  /** The real GAR listing over mutual TLS (GAR_URL set); otherwise the seeded records. */
  gar: GarConfig | undefined;
  logLevel: string;
}

const DEFAULT_CLAIMS: ClaimMap = { id: 'sub', displayName: 'name', profile: 'profile', roles: 'roles', uais: 'uais' };

function flag(value: string | undefined): boolean {
  return value !== undefined && /^(1|true|yes|on)$/i.test(value);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = env.AUTH_MODE ?? 'jwt';
  if (mode !== 'jwt' && mode !== 'header') throw new Error(`AUTH_MODE must be jwt or header, not ${mode}`);
  const claims = { ...DEFAULT_CLAIMS, ...(env.AUTH_CLAIMS ? (JSON.parse(env.AUTH_CLAIMS) as Partial<ClaimMap>) : {}) };
  return {
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 8788),
    apiBase: (env.API_BASE ?? '/api').replace(/\/+$/, ''),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR === 'memory' ? undefined : resolve(env.DATA_DIR ?? '.data/pglite'),
    uploadDir: resolve(env.UPLOAD_DIR ?? '.data/uploads'),
    seedDemo: flag(env.SEED_DEMO),
    auth: {
      mode,
      jwtSecret: env.JWT_SECRET || undefined,
      jwtPublicKeyFile: env.JWT_PUBLIC_KEY_FILE || undefined,
      jwksUrl: env.JWT_JWKS_URL || undefined,
      issuer: env.JWT_ISSUER || undefined,
      audience: env.JWT_AUDIENCE || undefined,
      cookie: env.AUTH_COOKIE || undefined,
      claims,
      trustedHeader: (env.TRUSTED_HEADER ?? 'x-ent-user').toLowerCase(),
    },
    demoSignIn: flag(env.DEMO_SIGNIN),
    rateLimitWrites: Number(env.RATE_LIMIT_WRITES ?? 120),
    bodyLimit: Number(env.BODY_LIMIT ?? 1024 * 1024),
    logLevel: env.LOG_LEVEL ?? 'info',
    gar: garConfig(env),
  };
}
