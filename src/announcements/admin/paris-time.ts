// Wall-clock times in Europe/Paris for the composer's date and time fields
// (`<input type="datetime-local">` values, "2026-11-24T09:00"), whatever the admin's computer says.
const ZONE = 'Europe/Paris';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function wall(t: number): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const get = (type: string) => Number(parts.formatToParts(new Date(t)).find((p) => p.type === type)?.value ?? 0);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

/** Offset of Paris from UTC at instant t, in ms (3,600,000 in winter, 7,200,000 in summer). */
function offsetAt(t: number): number {
  const w = wall(t);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(t / 1000) * 1000;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-24T09:00" (Paris wall time) for an ISO instant; '' when invalid. */
export function toParisLocal(iso: string | null | undefined): string {
  const t = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(t)) return '';
  const w = wall(t);
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The ISO instant (UTC, "Z") of a Paris wall time; undefined when unparsable. In the autumn
 * overlap the earlier instant is taken; a time skipped in spring moves forward by the gap.
 */
export function fromParisLocal(local: string | null | undefined): string | undefined {
  const m = local ? LOCAL.exec(local) : null;
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(asUtc) || new Date(asUtc).getUTCDate() !== d) return undefined;
  // Two passes settle the offset around DST changes.
  let t = asUtc - offsetAt(asUtc);
  t = asUtc - offsetAt(t);
  const earlier = asUtc - offsetAt(t - 3_600_000);
  if (earlier < t && toParisLocal(new Date(earlier).toISOString()) === toParisLocal(new Date(t).toISOString())) t = earlier;
  return new Date(t).toISOString();
}

/** A Paris wall time `days` later, same clock time ("2026-11-24T09:00" + 7 → "2026-12-01T09:00"). */
export function addDaysLocal(local: string, days: number): string {
  const m = LOCAL.exec(local);
  if (!m) return '';
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days, Number(m[4]), Number(m[5])));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
