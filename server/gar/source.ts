// The médiacentre's listings from the real GAR (client.ts), with a per-user cache: a reload
// within the TTL (5 min, as RECIA's connector) does not call the GAR again, and the server's
// ETag then answers the widget a 304. Concurrent requests for the same listing share one call.
// Errors are not cached (the next reload tries again). The cache is bounded (oldest out first).
import type { GarResource } from '../../src/shared/api/types.js';
import type { ListingResult, ListingSource } from '../mediacentre/source.js';
import type { GarClient } from './client.js';

export interface GarSourceOptions {
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

function records(body: unknown): GarResource[] {
  const list = (body as { listeRessources?: { ressource?: unknown } }).listeRessources?.ressource;
  return Array.isArray(list) ? (list as GarResource[]) : [];
}

export function garSource(client: GarClient, options: GarSourceOptions = {}): ListingSource & { size(): number } {
  const ttl = options.ttlMs ?? 300_000;
  const max = options.maxEntries ?? 20_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { at: number; result: ListingResult }>();
  const inFlight = new Map<string, Promise<ListingResult>>();

  async function fetchListing(key: string, uai: string, userId: string): Promise<ListingResult> {
    const answer = await client.listing(uai, userId);
    const result: ListingResult = answer.ok ? { ok: true, resources: records(answer.body), body: answer.body } : { ok: false, status: answer.status, error: answer.error };
    if (result.ok) {
      cache.delete(key);
      cache.set(key, { at: now(), result });
      // A Map keeps insertion order: the first keys are the oldest.
      while (cache.size > max) cache.delete(cache.keys().next().value!);
    }
    return result;
  }

  return {
    async listing(_db, uai, userId) {
      const key = `${userId}\u0000${uai}`;
      const cached = cache.get(key);
      if (cached && now() - cached.at < ttl) return cached.result;
      let pending = inFlight.get(key);
      if (!pending) {
        pending = fetchListing(key, uai, userId).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },
    size: () => cache.size,
  };
}
