// The establishment's people as the console searches them, their sizes per public, and what
// they hold. Everything is scoped by UAI; "present" is arrived and not left on that day.
import type { Person, PublicSizes, Public } from '../../src/shared/api/types.js';
import { normalise } from '../../src/mocks/data/directory.js';
import type { PeopleQuery } from '../../src/mocks/domain/affectation.js';
import type { Queryable } from '../db/db.js';

export const PUBLICS: readonly Public[] = ['eleve', 'enseignant', 'documentaliste', 'personnel'];
const collator = new Intl.Collator('fr');

export const IS_PRESENT = `p.arrival_date <= $2::date AND (p.departure_date IS NULL OR p.departure_date > $2::date)`;
export const IS_RECOVERED = `EXISTS (SELECT 1 FROM recovered r WHERE r.uai = p.uai AND r.person_id = p.id)`;
/** How many subscriptions each person holds (recovered people hold nothing). */
export const HOLDINGS = `(SELECT count(DISTINCT a.subscription_id) FROM assignment_members m JOIN assignments a ON a.id = m.assignment_id
  WHERE a.uai = p.uai AND m.person_id = p.id AND a.public = p.profile AND NOT ${IS_RECOVERED})`;

/** Present, not recovered people per public, for each division, each group and the whole establishment. */
export async function populations(db: Queryable, uai: string, day: string) {
  const counted = `p.uai = $1 AND ${IS_PRESENT} AND NOT ${IS_RECOVERED}`;
  const sizes = (rows: Array<{ id: string; profile: Public; n: number }>, publics: readonly Public[]) => {
    const result = new Map<string, PublicSizes>();
    for (const r of rows) {
      let size = result.get(r.id);
      if (!size) result.set(r.id, (size = Object.fromEntries(publics.map((pub) => [pub, 0])) as PublicSizes));
      if (publics.includes(r.profile)) size[r.profile] = r.n;
    }
    return (id: string): PublicSizes => result.get(id) ?? (Object.fromEntries(publics.map((pub) => [pub, 0])) as PublicSizes);
  };
  const classes: readonly Public[] = ['eleve', 'enseignant'];
  const byDivision = sizes(await db.query(`SELECT x.division_id AS id, p.profile, count(*) AS n FROM person_divisions x JOIN people p ON p.uai = x.uai AND p.id = x.person_id WHERE ${counted} GROUP BY 1, 2`, [uai, day]), classes);
  const byGroup = sizes(await db.query(`SELECT x.group_id AS id, p.profile, count(*) AS n FROM person_groups x JOIN people p ON p.uai = x.uai AND p.id = x.person_id WHERE ${counted} GROUP BY 1, 2`, [uai, day]), classes);
  const whole = sizes(await db.query(`SELECT 'all' AS id, p.profile, count(*) AS n FROM people p WHERE ${counted} GROUP BY 1, 2`, [uai, day]), PUBLICS);
  const divisions = await db.query<{ id: string; code: string; name: string; level_code: string; level_name: string }>('SELECT id, code, name, level_code, level_name FROM divisions WHERE uai = $1 ORDER BY position', [uai]);
  const groups = await db.query<{ id: string; name: string; division_ids: string[] }>('SELECT id, name, division_ids FROM groups WHERE uai = $1 ORDER BY position', [uai]);
  return {
    divisions: divisions.map((d) => ({ id: d.id, code: d.code, name: d.name, level: { code: d.level_code, name: d.level_name }, size: byDivision(d.id) })),
    groups: groups.map((g) => ({ id: g.id, name: g.name, divisionIds: g.division_ids, size: byGroup(g.id) })),
    profiles: whole('all'),
  };
}

/** The same query as the mocks' people search (their reference behaviour). */
export type { PeopleQuery };

interface PersonRow {
  id: string;
  last_name: string;
  first_name: string;
  profile: Public;
  division_ids: string[];
  group_ids: string[];
  arrival_date: string;
  departure_date: string | null;
  holdings: number;
}

/** Every word of `q` must start a word of the name (accents and case ignored), as in the mocks. */
export async function searchPeople(db: Queryable, uai: string, query: PeopleQuery, day: string, newSince: string): Promise<Person[]> {
  const words = normalise(query.q ?? '').split(' ').filter(Boolean);
  const rows = await db.query<PersonRow>(
    `SELECT * FROM (
       SELECT p.id, p.last_name, p.first_name, p.profile, p.division_ids, p.group_ids, p.arrival_date, p.departure_date, ${HOLDINGS} AS holdings
       FROM people p
       WHERE p.uai = $1 AND CASE $8::text
           WHEN 'present' THEN ${IS_PRESENT}
           WHEN 'departed' THEN p.departure_date IS NOT NULL AND p.departure_date <= $2::date
           WHEN 'new' THEN ${IS_PRESENT} AND p.arrival_date >= $9::date
           ELSE true END
         AND ($3::text IS NULL OR p.profile = $3) AND ($4::text IS NULL OR $4 = ANY(p.division_ids)) AND ($5::text IS NULL OR $5 = ANY(p.group_ids))
         AND NOT EXISTS (SELECT 1 FROM unnest($6::text[]) w WHERE position(' ' || w IN ' ' || p.search) = 0)
     ) x WHERE NOT $7 OR x.holdings = 0`,
    [uai, day, query.profile ?? null, query.division ?? null, query.group ?? null, words, query.unassigned === true, query.status, newSince],
  );
  rows.sort((a, b) => collator.compare(a.last_name, b.last_name) || collator.compare(a.first_name, b.first_name) || a.id.localeCompare(b.id));
  return rows.map((r) => ({
    id: r.id,
    lastName: r.last_name,
    firstName: r.first_name,
    profile: r.profile,
    divisionIds: r.division_ids,
    groupIds: r.group_ids,
    arrivalDate: r.arrival_date,
    departureDate: r.departure_date,
    licenceCount: r.holdings,
  }));
}
