// Dates as a French server writes them: Europe/Paris wall time with its offset (+01:00 in
// winter, +02:00 in summer), computed with Intl so DST is right.

const DAY = 86_400_000;

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' });

// Intl is slow per call and the offset only changes at DST transitions (on the hour):
// remember it per hour, so generating thousands of dates stays fast.
const offsetByHour = new Map<number, number>();

/** Minutes east of UTC in Paris at that instant (60 or 120). */
export function parisOffsetMinutes(date: Date): number {
  const hour = Math.floor(date.getTime() / 3_600_000);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = computeOffset(new Date(hour * 3_600_000));
    offsetByHour.set(hour, offset);
  }
  return offset;
}

function computeOffset(date: Date): number {
  const name = offsetFormat.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `2026-11-24T09:30:00+01:00` */
export function isoParis(date: Date): string {
  const offset = parisOffsetMinutes(date);
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return local + offsetText(offset);
}

/** `2026-11-24` (the Paris calendar day). */
export function dateParis(date: Date): string {
  return isoParis(date).slice(0, 10);
}

/** `2026-11` */
export function monthParis(date: Date): string {
  return isoParis(date).slice(0, 7);
}

/** The instant of a Paris wall-clock time (month 1–12). */
export function parisTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const utc = Date.UTC(year, month - 1, day, hour, minute);
  const first = parisOffsetMinutes(new Date(utc - 60 * 60_000));
  const guess = new Date(utc - first * 60_000);
  const second = parisOffsetMinutes(guess);
  return second === first ? guess : new Date(utc - second * 60_000);
}

/** Midnight (Paris) of that instant's day. */
export function startOfParisDay(date: Date): Date {
  const [y, m, d] = dateParis(date).split('-').map(Number) as [number, number, number];
  return parisTime(y, m, d);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * 3_600_000);
}

/** Days from `a` to `b` (fractional). */
export function daysBetween(a: Date, b: Date): number {
  return (b.getTime() - a.getTime()) / DAY;
}

/** 1 September (Paris) of the school year that contains `date` (the rentrée). */
export function schoolYearStart(date: Date): Date {
  const [y, m] = dateParis(date).split('-').map(Number) as [number, number];
  return parisTime(m >= 9 ? y : y - 1, 9, 1);
}

/** A `YYYY-MM-DD` date at Paris midnight. */
export function fromDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return parisTime(y, m, d);
}

/** Months `YYYY-MM` from `from` to `to`, inclusive. */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return months;
}
