// Small localStorage helpers for what widgets keep per user between visits: the last good data
// (shown when offline) and UI preferences (filters, view). Storage may be full, disabled or
// shared with other apps: every key is namespaced and every failure is silent.
const PREFIX = 'ent-widgets:';

export interface Stored<T> {
  savedAt: string;
  value: T;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Keys are scoped by user so that two people on one school PC never see each other's data. */
export function storageKey(widget: string, userId: string | undefined, name: string): string {
  return `${PREFIX}${widget}:${userId ?? 'anonymous'}:${name}`;
}

export function readStored<T>(key: string): Stored<T> | undefined {
  try {
    const text = storage()?.getItem(key);
    if (!text) return undefined;
    const parsed = JSON.parse(text) as Partial<Stored<T>>;
    return typeof parsed.savedAt === 'string' && 'value' in parsed ? (parsed as Stored<T>) : undefined;
  } catch {
    return undefined;
  }
}

export function writeStored<T>(key: string, value: T, now = new Date()): void {
  try {
    storage()?.setItem(key, JSON.stringify({ savedAt: now.toISOString(), value }));
  } catch {
    // Full or disabled storage: the widget works without it.
  }
}

export function removeStored(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // ignore
  }
}
