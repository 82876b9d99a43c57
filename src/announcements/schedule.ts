// The schedule, honoured client-side: what is live at time t, and when the next change comes.
import type { Announcement } from '../shared/api/types.js';

/** Announcements and admin announcements alike (the latter may have no `endsAt`). */
type Scheduled = Pick<Announcement, 'startsAt'> & { endsAt?: string | null };

function parse(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

/** Live at `t` (epoch ms): started (startsAt ≤ t) and not ended (t < endsAt, or no end). */
export function isLive(a: Scheduled, t: number): boolean {
  const start = parse(a.startsAt);
  if (start === undefined || start > t) return false;
  const end = parse(a.endsAt);
  return end === undefined || t < end;
}

/** Where a published announcement stands at `t` (epoch ms): not started yet, live, or over. */
export function scheduleStatus(a: Scheduled, t: number): 'scheduled' | 'active' | 'ended' {
  if (isLive(a, t)) return 'active';
  const start = parse(a.startsAt);
  return start === undefined || start > t ? 'scheduled' : 'ended';
}

/** The next instant after `t` when an announcement starts or ends; undefined when none will. */
export function nextChange(list: readonly Scheduled[], t: number): number | undefined {
  let next: number | undefined;
  for (const a of list) {
    for (const instant of [parse(a.startsAt), parse(a.endsAt)]) {
      if (instant !== undefined && instant > t && (next === undefined || instant < next)) next = instant;
    }
  }
  return next;
}

/** Longest delay setTimeout honours (about 24.8 days); longer delays fire at once. */
export const MAX_TIMER_DELAY = 2 ** 31 - 1;

/** The setTimeout delay to the next change, a little after it so that the check sees it happened. */
export function delayUntil(next: number | undefined, t: number, slack = 50): number | undefined {
  if (next === undefined) return undefined;
  return Math.min(MAX_TIMER_DELAY, Math.max(0, next - t) + slack);
}

/**
 * Dismissed by the user and not edited since: `read` from the server, unless the
 * announcement was edited after the user read it (`updatedAt` > `readAt`).
 */
export function isDismissed(a: Pick<Announcement, 'read' | 'readAt' | 'updatedAt'>): boolean {
  if (!a.read) return false;
  const readAt = parse(a.readAt ?? undefined);
  const updatedAt = parse(a.updatedAt);
  if (readAt !== undefined && updatedAt !== undefined && updatedAt > readAt) return false;
  return true;
}
