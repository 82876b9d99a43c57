import { expect } from '@open-wc/testing';
import {
  DEFAULT_TIME_ZONE,
  formatDate,
  formatDateTime,
  formatFileSize,
  formatNumber,
  formatRelative,
  formatTime,
} from '../../src/shared/format.js';

/** Any space Intl may use (space, NBSP, narrow NBSP). */
const SP = '[\\s\\u00a0\\u202f]';
const re = (pattern: string) => new RegExp(`^${pattern.replaceAll(' ', SP)}$`);

describe('formatDate / formatDateTime / formatTime', () => {
  it('formats in Europe/Paris by default', () => {
    expect(DEFAULT_TIME_ZONE).to.equal('Europe/Paris');
    // 23:30 UTC is already the next day in Paris.
    expect(formatDate('fr', '2026-11-24T23:30:00Z')).to.equal('25 novembre 2026');
    expect(formatDate('en', '2026-11-24T23:30:00Z')).to.equal('25 November 2026');
  });

  it('writes the first of a named month « 1er » in French only', () => {
    expect(formatDate('fr', '2026-12-01')).to.equal('1er décembre 2026');
    expect(formatDateTime('fr', '2026-12-01T11:15:00Z')).to.match(re('1er décembre 2026 à 12:15'));
    expect(formatDate('fr', '2026-12-01', { day: 'numeric', month: 'long' })).to.equal('1er décembre');
    expect(formatDate('fr', '2026-12-11')).to.equal('11 décembre 2026');
    expect(formatDate('fr', '2026-12-21')).to.equal('21 décembre 2026');
    expect(formatDate('fr', '2026-12-01', { day: 'numeric', month: 'numeric', year: 'numeric' })).to.equal('01/12/2026');
    expect(formatDate('en', '2026-12-01')).to.equal('1 December 2026');
  });

  it('formats a date and time the French and British way', () => {
    expect(formatDateTime('fr', '2026-11-24T13:05:00Z')).to.match(re('24 novembre 2026 à 14:05'));
    expect(formatDateTime('en', '2026-11-24T13:05:00Z')).to.match(re('24 November 2026 at 14:05'));
    expect(formatTime('fr', '2026-11-24T13:05:00Z')).to.equal('14:05');
    expect(formatTime('en', '2026-11-24T13:05:00Z')).to.equal('14:05');
  });

  it('shows the right Paris wall-clock time across the spring DST change', () => {
    // Paris moves from UTC+1 to UTC+2 at 01:00 UTC on 29 March 2026.
    expect(formatTime('fr', '2026-03-29T00:30:00Z')).to.equal('01:30');
    expect(formatTime('fr', '2026-03-29T01:30:00Z')).to.equal('03:30');
    expect(formatDateTime('fr', '2026-03-29T00:59:00Z')).to.match(re('29 mars 2026 à 01:59'));
    expect(formatDateTime('fr', '2026-03-29T01:00:00Z')).to.match(re('29 mars 2026 à 03:00'));
  });

  it('shows the right Paris wall-clock time across the autumn DST change', () => {
    // Back from UTC+2 to UTC+1 at 01:00 UTC on 25 October 2026: 02:30 happens twice.
    expect(formatTime('fr', '2026-10-25T00:30:00Z')).to.equal('02:30');
    expect(formatTime('fr', '2026-10-25T01:30:00Z')).to.equal('02:30');
    expect(formatTime('fr', '2026-10-25T02:30:00Z')).to.equal('03:30');
  });

  it('accepts offsets, fractional seconds, Date objects and epoch milliseconds', () => {
    expect(formatTime('fr', '2026-11-24T14:05:00+01:00')).to.equal('14:05');
    expect(formatTime('fr', '2026-11-24T08:05:00-05:00')).to.equal('14:05');
    expect(formatTime('fr', '2026-11-24T13:05:00.123456Z')).to.equal('14:05');
    expect(formatTime('fr', '2026-11-24T13:05Z')).to.equal('14:05');
    expect(formatTime('fr', '  2026-11-24T13:05:00Z ')).to.equal('14:05');
    expect(formatTime('fr', new Date(Date.UTC(2026, 10, 24, 13, 5)))).to.equal('14:05');
    expect(formatTime('fr', Date.UTC(2026, 10, 24, 13, 5))).to.equal('14:05');
  });

  it('honours another time zone', () => {
    expect(formatTime('fr', '2026-11-24T13:05:00Z', { timeZone: 'UTC' })).to.equal('13:05');
    expect(formatTime('fr', '2026-11-24T13:05:00Z', { timeZone: 'America/Cayenne' })).to.equal('10:05');
    expect(formatDate('fr', '2026-11-24T23:30:00Z', { timeZone: 'Indian/Reunion' })).to.equal('25 novembre 2026');
    expect(formatDate('fr', '2026-11-25T02:30:00Z', { timeZone: 'Pacific/Noumea' })).to.equal('25 novembre 2026');
    expect(formatDate('fr', '2026-11-25T02:30:00Z', { timeZone: 'America/Guadeloupe' })).to.equal('24 novembre 2026');
  });

  it('lets options replace the default fields, keeping Paris time', () => {
    const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
    expect(formatDate('fr', '2026-11-24T23:30:00Z', options)).to.equal('mercredi 25 novembre');
    expect(formatDate('en', '2026-11-24T12:00:00Z', { dateStyle: 'short' })).to.equal('24/11/2026');
    expect(formatDateTime('fr', '2026-11-24T13:05:00Z', { dateStyle: 'full', timeStyle: 'short' })).to.match(
      re('mardi 24 novembre 2026 à 14:05'),
    );
  });

  it('keeps the defaults when options only tune them', () => {
    expect(formatTime('en', '2026-11-24T13:05:00Z', { hour12: true })).to.match(re('0?2:05 pm'));
  });

  it('treats a date without time as a calendar day, in every time zone', () => {
    expect(formatDate('fr', '2026-11-24')).to.equal('24 novembre 2026');
    expect(formatDate('fr', '2026-11-24', { timeZone: 'Pacific/Tahiti' })).to.equal('24 novembre 2026');
    expect(formatDate('en', '2026-11-24', { timeZone: 'Pacific/Kiritimati' })).to.equal('24 November 2026');
  });

  it('returns an empty string for invalid input', () => {
    const invalid: unknown[] = [
      '', '   ', 'not a date', 'Nov 24 2026', '24/11/2026', '1', '2026-13-01', '2026-02-30', '2026-02-29',
      '2026-11-24T25:00:00Z', '2026-11-24T13:60:00Z', '2026-11-24T13:05:61Z', '2026-11-24T13:05:00ZZ',
      NaN, Infinity, new Date('x'), null, undefined, {}, [],
    ];
    for (const value of invalid) {
      const input = value as Parameters<typeof formatDate>[1];
      expect(formatDate('fr', input), String(value)).to.equal('');
      expect(formatDateTime('fr', input), String(value)).to.equal('');
      expect(formatTime('en', input), String(value)).to.equal('');
      expect(formatRelative('fr', input), String(value)).to.equal('');
    }
    expect(formatDate('fr', '2028-02-29')).to.equal('29 février 2028');
  });

  it('throws on an invalid time zone (a configuration error, not a data error)', () => {
    expect(() => formatDate('fr', '2026-11-24T13:05:00Z', { timeZone: 'Mars/Olympus' })).to.throw(RangeError);
  });

  it('stays cheap over 1,000 rows (formatters are cached)', () => {
    const start = performance.now();
    for (let i = 0; i < 1000; i++) {
      const iso = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
      formatDateTime('fr', iso);
      formatDate('fr', iso, { day: 'numeric', month: 'short' });
      formatRelative('fr', iso, Date.UTC(2026, 0, 20));
      formatFileSize('fr', i * 1000);
    }
    expect(performance.now() - start).to.be.below(1000);
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-11-24T09:00:00Z'); // 10:00 in Paris

  it('says "now" under a minute, either way', () => {
    expect(formatRelative('fr', '2026-11-24T08:59:30Z', now)).to.equal('maintenant');
    expect(formatRelative('fr', '2026-11-24T09:00:59Z', now)).to.equal('maintenant');
    expect(formatRelative('en', '2026-11-24T09:00:00Z', now)).to.equal('now');
  });

  it('counts minutes under an hour, never rounding up', () => {
    expect(formatRelative('fr', '2026-11-24T08:59:00Z', now)).to.equal('il y a 1 minute');
    expect(formatRelative('fr', '2026-11-24T08:55:00Z', now)).to.equal('il y a 5 minutes');
    expect(formatRelative('fr', '2026-11-24T08:00:01Z', now)).to.equal('il y a 59 minutes');
    expect(formatRelative('en', '2026-11-24T08:55:00Z', now)).to.equal('5 minutes ago');
    expect(formatRelative('en', '2026-11-24T09:10:00Z', now)).to.equal('in 10 minutes');
  });

  it('counts hours under a day', () => {
    expect(formatRelative('fr', '2026-11-24T08:00:00Z', now)).to.equal('il y a 1 heure');
    expect(formatRelative('fr', '2026-11-24T06:00:00Z', now)).to.equal('il y a 3 heures');
    expect(formatRelative('en', '2026-11-23T21:00:00Z', now)).to.equal('12 hours ago');
    expect(formatRelative('en', '2026-11-24T11:00:00Z', now)).to.equal('in 2 hours');
  });

  it('counts calendar days in Paris beyond a day', () => {
    expect(formatRelative('fr', '2026-11-23T08:00:00Z', now)).to.equal('hier');
    expect(formatRelative('fr', '2026-11-22T08:00:00Z', now)).to.equal('avant-hier');
    // 34.5 hours ago: counting 24-hour blocks would say "hier", but it was 22 Nov in Paris.
    expect(formatRelative('fr', '2026-11-22T22:30:00Z', now)).to.equal('avant-hier');
    // 33.5 hours ago, and already 23 Nov (00:30) in Paris.
    expect(formatRelative('fr', '2026-11-22T23:30:00Z', now)).to.equal('hier');
    expect(formatRelative('fr', '2026-11-21T22:30:00Z', now)).to.equal('il y a 3 jours');
    expect(formatRelative('fr', '2026-11-25T09:00:00Z', now)).to.equal('demain');
    expect(formatRelative('fr', '2026-11-28T09:00:00Z', now)).to.equal('dans 4 jours');
    expect(formatRelative('en', '2026-11-23T08:00:00Z', now)).to.equal('yesterday');
    expect(formatRelative('en', '2026-11-14T08:00:00Z', now)).to.equal('10 days ago');
  });

  it('uses the given time zone for calendar days', () => {
    const lateEvening = new Date('2026-11-24T22:30:00Z'); // 24 Nov 23:30 in Paris, 25 Nov 09:30 in Nouméa
    // 34 hours before: 23 Nov 13:30 in Paris (yesterday), 23 Nov 23:30 in Nouméa (two days back there).
    expect(formatRelative('fr', '2026-11-23T12:30:00Z', lateEvening)).to.equal('hier');
    expect(formatRelative('fr', '2026-11-23T12:30:00Z', lateEvening, { timeZone: 'Pacific/Noumea' })).to.equal('avant-hier');
  });

  it('treats a date without time as a calendar day', () => {
    expect(formatRelative('fr', '2026-11-24', now)).to.equal('aujourd’hui');
    expect(formatRelative('fr', '2026-11-23', now)).to.equal('hier');
    expect(formatRelative('en', '2026-11-26', now)).to.equal('in 2 days');
  });

  it('accepts epoch milliseconds for now, and defaults to the current time', () => {
    expect(formatRelative('fr', '2026-11-24T08:55:00Z', now.getTime())).to.equal('il y a 5 minutes');
    expect(formatRelative('en', new Date(Date.now() - 5 * 60_000))).to.equal('5 minutes ago');
    expect(formatRelative('en', '2026-11-24T08:55:00Z', Number.NaN)).to.equal('');
  });
});

describe('formatNumber', () => {
  it('formats for the locale', () => {
    expect(formatNumber('fr', 1234.5)).to.match(re('1 234,5'));
    expect(formatNumber('en', 1234.5)).to.equal('1,234.5');
    expect(formatNumber('fr', 1000)).to.match(re('1 000'));
    expect(formatNumber('fr', 0)).to.equal('0');
    expect(formatNumber('fr', -3)).to.equal('-3');
  });

  it('passes Intl options through', () => {
    expect(formatNumber('fr', 0.256, { style: 'percent' })).to.match(re('26 %'));
    expect(formatNumber('en', 3, { minimumFractionDigits: 2 })).to.equal('3.00');
  });

  it('returns an empty string for NaN, infinities and non-numbers', () => {
    expect(formatNumber('fr', Number.NaN)).to.equal('');
    expect(formatNumber('fr', Infinity)).to.equal('');
    expect(formatNumber('fr', '12' as unknown as number)).to.equal('');
  });
});

describe('formatFileSize', () => {
  it('uses French units', () => {
    expect(formatFileSize('fr', 0)).to.match(re('0 o'));
    expect(formatFileSize('fr', 512)).to.match(re('512 o'));
    expect(formatFileSize('fr', 1023)).to.match(re('1 023 o'));
    expect(formatFileSize('fr', 1024)).to.match(re('1 Ko'));
    expect(formatFileSize('fr', 1536)).to.match(re('1,5 Ko'));
    expect(formatFileSize('fr', 10 * 1024)).to.match(re('10 Ko'));
    expect(formatFileSize('fr', 123.4 * 1024)).to.match(re('123 Ko'));
    expect(formatFileSize('fr', 2.25 * 1024 ** 2)).to.match(re('2,3 Mo'));
    expect(formatFileSize('fr', 4.7 * 1024 ** 3)).to.match(re('4,7 Go'));
    expect(formatFileSize('fr', 3 * 1024 ** 4)).to.match(re('3 To'));
  });

  it('uses English units', () => {
    expect(formatFileSize('en', 512)).to.match(re('512 B'));
    expect(formatFileSize('en', 1536)).to.match(re('1.5 KB'));
    expect(formatFileSize('en', 15 * 1024 ** 2)).to.match(re('15 MB'));
    expect(formatFileSize('en', 1.2 * 1024 ** 3)).to.match(re('1.2 GB'));
  });

  it('keeps number and unit together with a no-break space', () => {
    expect(formatFileSize('fr', 1536)).to.equal('1,5\u00a0Ko');
  });

  it('moves to the next unit instead of showing 1 024', () => {
    expect(formatFileSize('fr', 1024 * 1024 - 1)).to.match(re('1 Mo'));
    expect(formatFileSize('en', 1024 ** 3 - 10)).to.match(re('1 GB'));
    expect(formatFileSize('fr', 9.97 * 1024)).to.match(re('10 Ko'));
  });

  it('returns an empty string for invalid sizes', () => {
    for (const value of [-1, Number.NaN, Infinity, '10' as unknown as number, null as unknown as number]) {
      expect(formatFileSize('fr', value), String(value)).to.equal('');
    }
  });
});
