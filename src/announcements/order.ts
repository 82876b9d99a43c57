// Display order of announcements: most severe first, then newest.
import type { Announcement, AnnouncementKind } from '../shared/api/types.js';

/** Lower is more severe. */
export const SEVERITY: Record<AnnouncementKind, number> = { alerte: 0, avertissement: 1, information: 2 };

function time(value: string | null | undefined): number {
  const t = value ? Date.parse(value) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

/** Compares by severity, then by start (newest first), then by last edit, then by id (stable). */
export function compareAnnouncements(a: Pick<Announcement, 'id' | 'kind' | 'startsAt' | 'updatedAt'>, b: Pick<Announcement, 'id' | 'kind' | 'startsAt' | 'updatedAt'>): number {
  const severity = (SEVERITY[a.kind] ?? 3) - (SEVERITY[b.kind] ?? 3);
  if (severity !== 0) return severity;
  const start = time(b.startsAt) - time(a.startsAt);
  if (start !== 0) return start;
  const updated = time(b.updatedAt) - time(a.updatedAt);
  if (updated !== 0) return updated;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A sorted copy. */
export function sortAnnouncements<T extends Pick<Announcement, 'id' | 'kind' | 'startsAt' | 'updatedAt'>>(list: readonly T[]): T[] {
  return [...list].sort(compareAnnouncements);
}
