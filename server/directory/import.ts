// Imports a directory file into the database, idempotently: the same file twice changes
// nothing; a later file updates people, divisions and groups by id. Nobody is deleted: a
// departure is a `departureDate` (people who left keep their licences until recovered).
import { normalise } from '../../src/mocks/data/directory.js';
import type { Db, Queryable } from '../db/db.js';
import type { DirectoryFile } from './format.js';

export interface ImportCounts {
  establishments: number;
  divisions: number;
  groups: number;
  people: number;
  accounts: number;
}

/** `INSERT … SELECT * FROM unnest(…)`: one statement per table, whatever the number of rows. */
async function bulk(tx: Queryable, sql: string, columns: unknown[][]): Promise<void> {
  if (columns[0]?.length) await tx.query(sql, columns);
}

export async function importDirectory(db: Db, file: DirectoryFile): Promise<ImportCounts> {
  const counts: ImportCounts = { establishments: 0, divisions: 0, groups: 0, people: 0, accounts: 0 };
  await db.transaction(async (tx) => {
    for (const [position, est] of file.establishments.entries()) {
      await tx.query(
        `INSERT INTO establishments (uai, name, ent_id, position) VALUES ($1, $2, $3, $4)
         ON CONFLICT (uai) DO UPDATE SET name = EXCLUDED.name, ent_id = EXCLUDED.ent_id, position = EXCLUDED.position`,
        [est.uai, est.name, est.entId ?? 'ENT', position],
      );
      await bulk(
        tx,
        `INSERT INTO divisions (id, uai, code, name, level_code, level_name, position)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[])
         ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, level_code = EXCLUDED.level_code,
           level_name = EXCLUDED.level_name, position = EXCLUDED.position`,
        [
          est.divisions.map((d) => d.id),
          est.divisions.map(() => est.uai),
          est.divisions.map((d) => d.code),
          est.divisions.map((d) => d.name),
          est.divisions.map((d) => d.level.code),
          est.divisions.map((d) => d.level.name),
          est.divisions.map((_, i) => i),
        ],
      );
      await bulk(
        tx,
        `INSERT INTO groups (id, uai, name, discipline, division_ids, position)
         SELECT g.id, g.uai, g.name, g.discipline, ARRAY(SELECT jsonb_array_elements_text(g.divs)), g.position
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::int[]) AS g (id, uai, name, discipline, divs, position)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, discipline = EXCLUDED.discipline,
           division_ids = EXCLUDED.division_ids, position = EXCLUDED.position`,
        [
          est.groups.map((g) => g.id),
          est.groups.map(() => est.uai),
          est.groups.map((g) => g.name),
          est.groups.map((g) => g.discipline ?? null),
          est.groups.map((g) => JSON.stringify(g.divisionIds)),
          est.groups.map((_, i) => i),
        ],
      );
      const people = est.people;
      await bulk(
        tx,
        `INSERT INTO people (uai, id, last_name, first_name, profile, function, discipline, arrival_date, departure_date, parents, search, position, division_ids, group_ids)
         SELECT x.uai, x.id, x.last_name, x.first_name, x.profile, x.function, x.discipline, x.arrival_date, x.departure_date, x.parents, x.search, x.position,
           ARRAY(SELECT jsonb_array_elements_text(x.divs)), ARRAY(SELECT jsonb_array_elements_text(x.grps))
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::date[], $10::int[], $11::text[], $12::int[], $13::jsonb[], $14::jsonb[])
           AS x (uai, id, last_name, first_name, profile, function, discipline, arrival_date, departure_date, parents, search, position, divs, grps)
         ON CONFLICT (uai, id) DO UPDATE SET last_name = EXCLUDED.last_name, first_name = EXCLUDED.first_name, profile = EXCLUDED.profile,
           function = EXCLUDED.function, discipline = EXCLUDED.discipline, arrival_date = EXCLUDED.arrival_date,
           departure_date = EXCLUDED.departure_date, parents = EXCLUDED.parents, search = EXCLUDED.search, position = EXCLUDED.position,
           division_ids = EXCLUDED.division_ids, group_ids = EXCLUDED.group_ids`,
        [
          people.map(() => est.uai),
          people.map((p) => p.id),
          people.map((p) => p.lastName),
          people.map((p) => p.firstName),
          people.map((p) => p.profile),
          people.map((p) => p.function ?? null),
          people.map((p) => p.discipline ?? null),
          people.map((p) => p.arrivalDate),
          people.map((p) => p.departureDate ?? null),
          people.map((p) => p.parents ?? 0),
          people.map((p) => normalise(`${p.lastName} ${p.firstName}`)),
          people.map((_, i) => i),
          people.map((p) => JSON.stringify(p.divisionIds)),
          people.map((p) => JSON.stringify(p.groupIds)),
        ],
      );
      // Memberships of the people in the file are replaced by the file's.
      const listed = people.map((p) => p.id);
      await tx.query('DELETE FROM person_divisions WHERE uai = $1 AND person_id = ANY($2::text[])', [est.uai, listed]);
      await tx.query('DELETE FROM person_groups WHERE uai = $1 AND person_id = ANY($2::text[])', [est.uai, listed]);
      const inDivisions = people.flatMap((p) => p.divisionIds.map((d) => [p.id, d]));
      const inGroups = people.flatMap((p) => p.groupIds.map((g) => [p.id, g]));
      await bulk(tx, 'INSERT INTO person_divisions (uai, person_id, division_id) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])', [
        inDivisions.map(() => est.uai),
        inDivisions.map(([p]) => p),
        inDivisions.map(([, d]) => d),
      ]);
      await bulk(tx, 'INSERT INTO person_groups (uai, person_id, group_id) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])', [
        inGroups.map(() => est.uai),
        inGroups.map(([p]) => p),
        inGroups.map(([, g]) => g),
      ]);
    }
    for (const account of file.accounts ?? []) {
      await tx.query(
        `INSERT INTO accounts (id, display_name, profile, roles, uais, demo_key) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET display_name = EXCLUDED.display_name, profile = EXCLUDED.profile,
           roles = EXCLUDED.roles, uais = EXCLUDED.uais, demo_key = EXCLUDED.demo_key`,
        [account.id, account.displayName, account.profile, account.roles, account.establishments, account.demoKey ?? null],
      );
    }
  });
  for (const est of file.establishments) {
    counts.establishments += 1;
    counts.divisions += est.divisions.length;
    counts.groups += est.groups.length;
    counts.people += est.people.length;
  }
  counts.accounts = file.accounts?.length ?? 0;
  return counts;
}
