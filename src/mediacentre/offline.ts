// The offline copy of <gar-mediacentre>, as a Lit controller: each listing that arrives is saved
// on this computer once the list is painted and the page is idle; when the service cannot be
// reached, the saved copy stands in (marked as such); back online, the element fetches afresh.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from '../shared/api/errors.js';
import { readStored, writeStored } from '../shared/storage.js';

/** Failures the saved copy stands in for (not: signed out, forbidden, a bad request). */
const STALE_KINDS = new Set(['offline', 'network', 'server', 'malformed', 'rate-limited', 'not-found']);

export interface SavedListing {
  records: unknown[];
  savedAt: string;
}

export class OfflineCopy implements ReactiveController {
  /** Listings waiting to be saved (written when idle, after the list is painted). */
  private unsaved = new Map<string, unknown[]>();
  private timer?: ReturnType<typeof setTimeout>;

  /** `online`: the browser is back online (the element fetches afresh if it showed a failure or a saved copy). */
  constructor(host: ReactiveControllerHost, private readonly online: () => void) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.online);
  }

  hostDisconnected(): void {
    this.saveNow();
    window.removeEventListener('online', this.online);
  }

  /**
   * Serialising 1,000 GAR records into localStorage takes longer than rendering them: it waits
   * until the list is painted and the page is idle (or the widget leaves the page).
   */
  save(key: string, records: unknown[]): void {
    this.unsaved.set(key, records);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => whenIdle(() => this.saveNow()), 500);
  }

  /** The saved copy of a listing, when `error` is a failure it stands in for. */
  read(key: string, error: unknown): SavedListing | undefined {
    this.saveNow();
    const kind = error instanceof ApiError ? error.kind : 'network';
    const cached = STALE_KINDS.has(kind) ? readStored<unknown[]>(key) : undefined;
    return cached && Array.isArray(cached.value) ? { records: cached.value, savedAt: cached.savedAt } : undefined;
  }

  private saveNow(): void {
    clearTimeout(this.timer);
    for (const [key, records] of this.unsaved) writeStored(key, records);
    this.unsaved.clear();
  }
}

/** Runs `task` when the page is idle (soon, where requestIdleCallback is missing). */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 0);
}
