// Who a principal is, remembered for a short while: every request of a home page would
// otherwise look the same person up in the accounts and the directory again (two queries per
// request, the largest share of the database's work under a morning's load). A change of
// roles or establishments in the directory reaches the server within `ttlMs` (30 s).
import type { Queryable } from '../db/db.js';
import type { Principal } from './identity.js';
import { resolveUser, type User } from './users.js';

export interface UserCache {
  resolve(db: Queryable, principal: Principal): Promise<User | null>;
  clear(): void;
}

export function userCache(options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}): UserCache {
  const ttl = options.ttlMs ?? 30_000;
  const max = options.maxEntries ?? 50_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { at: number; user: Promise<User | null> }>();
  return {
    resolve(db, principal) {
      // The whole principal is the key: the same id with other claims is another lookup.
      const key = JSON.stringify(principal);
      const hit = entries.get(key);
      if (hit && now() - hit.at < ttl) return hit.user;
      const user = resolveUser(db, principal);
      entries.delete(key);
      entries.set(key, { at: now(), user });
      // A failed lookup (the database away) is not remembered.
      user.catch(() => entries.delete(key));
      while (entries.size > max) entries.delete(entries.keys().next().value!);
      return user;
    },
    clear: () => entries.clear(),
  };
}
