/**
 * Localised formatting of dates, numbers and file sizes. Times are shown in Europe/Paris
 * unless told otherwise: a school's timetable is Paris time wherever the reader's computer is.
 *
 * Every function returns '' for invalid input instead of throwing, so one bad row from the
 * server never breaks a whole list. Intl formatters are cached by (locale, options): creating
 * one costs far more than using it, and lists format hundreds of rows.
 */
import type { Locale } from './i18n.js';

export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** An ISO 8601 string (from the API), a Date, or epoch milliseconds. */
export type DateInput = string | number | Date | null | undefined;

export interface TimeZoneOption {
  /** IANA time zone; default Europe/Paris. */
  timeZone?: string;
}

/**
 * Intl tags behind our locales. English is British: day-month order and a 24-hour clock,
 * like the French dates next to it, rather than US conventions.
 */
const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale] ?? INTL_LOCALE.fr;
}

// ---------------------------------------------------------------------------------------------
// Formatter caches

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  kind: string,
  locale: string,
  options: object,
  create: () => T,
): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = create()));
  return formatter;
}

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('dt', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('n', locale, options, () => new Intl.NumberFormat(locale, options));
}

function relativeTimeFormat(locale: string): Intl.RelativeTimeFormat {
  return cached('rt', locale, {}, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
}

// ---------------------------------------------------------------------------------------------
// Parsing

interface ParsedDate {
  date: Date;
  /** A date without time ('2026-11-24'): a calendar day, not an instant; shown as is in UTC. */
  calendarDay: boolean;
}

// ISO 8601 / RFC 3339 as APIs send them; anything else (e.g. 'Nov 24', '1') is refused even
// where Date.parse would guess.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

function isValidDate(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}

function parseDate(input: DateInput): ParsedDate | undefined {
  if (input instanceof Date) return isValidDate(input) ? { date: input, calendarDay: false } : undefined;
  if (typeof input === 'number') {
    const date = new Date(input);
    return Number.isFinite(input) && isValidDate(date) ? { date, calendarDay: false } : undefined;
  }
  if (typeof input !== 'string') return undefined;

  const value = input.trim();
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [y, m, d] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  // Date silently rolls 31 February over to 3 March: check the day exists.
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return undefined;
  if (match[4] === undefined) return { date: day, calendarDay: true };
  if (Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6] ?? 0) > 59) return undefined;
  const date = new Date(value);
  return isValidDate(date) ? { date, calendarDay: false } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Dates

// Options that choose what is shown; when a caller passes any of them, they replace our
// defaults (Intl refuses dateStyle/timeStyle mixed with individual fields).
const FIELD_OPTIONS = [
  'dateStyle', 'timeStyle', 'weekday', 'era', 'year', 'month', 'day', 'dayPeriod', 'hour',
  'minute', 'second', 'fractionalSecondDigits', 'timeZoneName',
] as const;

function formatDateInput(
  locale: Locale,
  input: DateInput,
  options: Intl.DateTimeFormatOptions | undefined,
  defaults: Intl.DateTimeFormatOptions,
): string {
  const parsed = parseDate(input);
  if (!parsed) return '';
  const { timeZone = DEFAULT_TIME_ZONE, ...rest } = options ?? {};
  const choosesFields = FIELD_OPTIONS.some((name) => rest[name] !== undefined);
  const resolved: Intl.DateTimeFormatOptions = {
    ...(choosesFields ? {} : defaults),
    ...rest,
    // A calendar day is midnight UTC: show it in UTC so no zone moves it to the day before.
    timeZone: parsed.calendarDay ? 'UTC' : timeZone,
  };
  const text = dateTimeFormat(intlLocale(locale), resolved).format(parsed.date);
  // French writes the first of a named month « 1er décembre »; Intl writes « 1 décembre ».
  return locale === 'fr' ? text.replace(/\b1 (?=\p{L})/u, '1er ') : text;
}

/** '24 novembre 2026' / '24 November 2026'. `options` (Intl) replace the default fields. */
export function formatDate(locale: Locale, input: DateInput, options?: Intl.DateTimeFormatOptions): string {
  return formatDateInput(locale, input, options, { dateStyle: 'long' });
}

/** '24 novembre 2026 à 14:05' / '24 November 2026 at 14:05'. */
export function formatDateTime(locale: Locale, input: DateInput, options?: Intl.DateTimeFormatOptions): string {
  return formatDateInput(locale, input, options, { dateStyle: 'long', timeStyle: 'short' });
}

/** '14:05'. */
export function formatTime(locale: Locale, input: DateInput, options?: Intl.DateTimeFormatOptions): string {
  return formatDateInput(locale, input, options, { timeStyle: 'short' });
}

/**
 * 'il y a 5 minutes', 'hier', 'dans 3 jours' / '5 minutes ago', 'yesterday', 'in 3 days'.
 * Under a minute is 'maintenant' / 'now'; under an hour, minutes; under a day, hours; beyond,
 * calendar days in the time zone (so 'hier' means yesterday's date in Paris, not 24–48 h ago).
 */
export function formatRelative(
  locale: Locale,
  input: DateInput,
  now: Date | number = new Date(),
  options?: TimeZoneOption,
): string {
  const parsed = parseDate(input);
  const reference = new Date(now);
  if (!parsed || !isValidDate(reference)) return '';
  const timeZone = options?.timeZone ?? DEFAULT_TIME_ZONE;
  const rtf = relativeTimeFormat(intlLocale(locale));

  if (!parsed.calendarDay) {
    // Truncate toward zero: never claim more time has passed than has.
    const seconds = (parsed.date.getTime() - reference.getTime()) / 1000;
    if (Math.abs(seconds) < 60) return rtf.format(0, 'second');
    const minutes = Math.trunc(seconds / 60);
    if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
    const hours = Math.trunc(minutes / 60);
    if (Math.abs(hours) < 24) return rtf.format(hours, 'hour');
  }
  const target = parsed.calendarDay ? dayNumber(parsed.date, 'UTC') : dayNumber(parsed.date, timeZone);
  return rtf.format(target - dayNumber(reference, timeZone), 'day');
}

/** Days since the epoch of the calendar date that `date` has in `timeZone`. */
function dayNumber(date: Date, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Math.round(Date.UTC(part('year'), part('month') - 1, part('day')) / 86_400_000);
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** '1 234,5' / '1,234.5'; '' for NaN and infinities. */
export function formatNumber(locale: Locale, n: number, options?: Intl.NumberFormatOptions): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '';
  return numberFormat(intlLocale(locale), options ?? {}).format(n);
}

const SIZE_UNITS: Record<Locale, readonly string[]> = {
  fr: ['o', 'Ko', 'Mo', 'Go', 'To'],
  en: ['B', 'KB', 'MB', 'GB', 'TB'],
};

/**
 * '512 o', '1,5 Ko', '12 Mo' / '512 B', '1.5 KB', '12 MB': one decimal below 10, none above.
 * Multiples of 1,024, as Windows shows them, so sizes match what pupils see on their computer.
 */
export function formatFileSize(locale: Locale, bytes: number): string {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return '';
  const units = SIZE_UNITS[locale] ?? SIZE_UNITS.fr;
  let unit = 0;
  let value = bytes;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  let digits = unit > 0 && value < 10 ? 1 : 0;
  // 1,023.97 Ko would round to "1 024 Ko": move up to "1 Mo" instead.
  if (Number(value.toFixed(digits)) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
    digits = 1;
  }
  const number = numberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value);
  return `${number}\u00a0${units[unit]}`;
}
