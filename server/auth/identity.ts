// Who is calling. The ENT authenticates; this server only verifies: a signed JWT (in
// `Authorization: Bearer` or in the ENT's session cookie), or a user id set by the vendor's
// gateway in a trusted header. Claims are mapped by configuration (AUTH_CLAIMS).
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Profile } from '../../src/shared/api/types.js';
import type { Config } from '../config.js';
import { Problem } from '../http/problem.js';

/** What the credentials say (any field but `id` may be missing and is then looked up). */
export interface Principal {
  id: string;
  displayName?: string;
  profile?: Profile;
  roles?: string[];
  uais?: string[];
}

export interface Authenticator {
  /** The caller, null when no credentials came; a 401 problem when they are not valid. */
  principal(headers: Record<string, string | string[] | undefined>): Promise<Principal | null>;
}

const PROFILES = new Set(['eleve', 'enseignant', 'documentaliste', 'personnel', 'parent', 'admin']);

export function readCookie(header: string | string[] | undefined, name: string): string | undefined {
  const text = Array.isArray(header) ? header.join('; ') : header;
  if (!text) return undefined;
  for (const part of text.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return undefined; // a malformed cookie is no credential (and never a 500)
      }
    }
  }
  return undefined;
}

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : undefined;

function fromClaims(payload: JWTPayload, map: Config['auth']['claims']): Principal {
  const id = payload[map.id];
  if (typeof id !== 'string' || id === '') throw new Problem(401, 'unauthorized', 'Jeton sans identifiant d’utilisateur.');
  const principal: Principal = { id };
  const name = payload[map.displayName];
  if (typeof name === 'string' && name) principal.displayName = name;
  const profile = payload[map.profile];
  if (typeof profile === 'string' && PROFILES.has(profile)) principal.profile = profile as Profile;
  const roles = strings(payload[map.roles]);
  if (roles) principal.roles = roles;
  const uais = strings(payload[map.uais]);
  if (uais) principal.uais = uais;
  return principal;
}

function publicKey(file: string): { key: KeyObject; algorithms: string[] } {
  const key = createPublicKey(readFileSync(file));
  const algorithms = key.asymmetricKeyType === 'ec' ? ['ES256'] : ['RS256'];
  return { key, algorithms };
}

/** `demoSecret`: the HS256 secret of the demo sign-in's tokens, accepted next to the ENT's. */
export function createAuthenticator(config: Config, demoSecret?: Uint8Array): Authenticator {
  const { auth } = config;
  if (auth.mode === 'header') {
    return {
      async principal(headers) {
        const value = headers[auth.trustedHeader];
        const id = Array.isArray(value) ? value[0] : value;
        return id ? { id } : null;
      },
    };
  }
  const secret = auth.jwtSecret ? new TextEncoder().encode(auth.jwtSecret) : demoSecret;
  const file = auth.jwtPublicKeyFile ? publicKey(auth.jwtPublicKeyFile) : undefined;
  const jwks: JWTVerifyGetKey | undefined = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : undefined;
  const options = { ...(auth.issuer ? { issuer: auth.issuer } : {}), ...(auth.audience ? { audience: auth.audience } : {}) };

  async function verify(token: string): Promise<JWTPayload> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new Problem(401, 'unauthorized', 'Jeton illisible.');
    }
    try {
      if (alg === 'HS256' && secret) {
        // Demo tokens carry no issuer or audience: the ENT's own checks apply to the ENT's secret only.
        return (await jwtVerify(token, secret, { algorithms: ['HS256'], ...(auth.jwtSecret ? options : {}) })).payload;
      }
      if (file) return (await jwtVerify(token, file.key, { algorithms: file.algorithms, ...options })).payload;
      if (jwks) return (await jwtVerify(token, jwks, { algorithms: ['RS256', 'ES256'], ...options })).payload;
    } catch {
      throw new Problem(401, 'unauthorized', 'Jeton invalide ou expiré.');
    }
    throw new Problem(401, 'unauthorized', 'Jeton signé d’une manière non acceptée.');
  }

  return {
    async principal(headers) {
      const authorization = typeof headers.authorization === 'string' ? headers.authorization : undefined;
      const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
      const token = bearer ?? (auth.cookie ? readCookie(headers.cookie, auth.cookie) : undefined);
      if (!token) return null;
      return fromClaims(await verify(token), auth.claims);
    },
  };
}
