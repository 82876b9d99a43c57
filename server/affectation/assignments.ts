// Who a target reaches, and assignments as the console sees them.
import type { Assignment, Public, Target, TargetType } from '../../src/shared/api/types.js';
import { isoParis } from '../../src/mocks/time.js';
import type { Queryable } from '../db/db.js';

export type ReachError = 'unknown-division' | 'unknown-group' | 'unknown-person' | 'public-mismatch' | 'person-departed';

const PRESENT = `p.arrival_date <= $3::date AND (p.departure_date IS NULL OR p.departure_date > $3::date)
  AND NOT EXISTS (SELECT 1 FROM recovered r WHERE r.uai = p.uai AND r.person_id = p.id)`;

/** The people of `pub` a target reaches on `day` (present, not recovered), or why it cannot. */
export async function reach(db: Queryable, uai: string, pub: Public, target: { type: TargetType; id: string }, day: string): Promise<string[] | ReachError> {
  const ids = (rows: Array<{ id: string }>): string[] => rows.map((r) => r.id);
  switch (target.type) {
    case 'division': {
      if ((await db.query('SELECT 1 FROM divisions WHERE id = $1 AND uai = $2', [target.id, uai])).length === 0) return 'unknown-division';
      return ids(await db.query(`SELECT p.id FROM person_divisions x JOIN people p ON p.uai = x.uai AND p.id = x.person_id WHERE x.division_id = $4 AND p.uai = $1 AND p.profile = $2 AND ${PRESENT} ORDER BY p.position`, [uai, pub, day, target.id]));
    }
    case 'groupe': {
      if ((await db.query('SELECT 1 FROM groups WHERE id = $1 AND uai = $2', [target.id, uai])).length === 0) return 'unknown-group';
      return ids(await db.query(`SELECT p.id FROM person_groups x JOIN people p ON p.uai = x.uai AND p.id = x.person_id WHERE x.group_id = $4 AND p.uai = $1 AND p.profile = $2 AND ${PRESENT} ORDER BY p.position`, [uai, pub, day, target.id]));
    }
    case 'personne': {
      const [person] = await db.query<{ profile: Public; present: boolean }>(`SELECT p.profile, (${PRESENT}) AS present FROM people p WHERE p.uai = $1 AND p.id = $2`, [uai, target.id, day]);
      if (!person) return 'unknown-person';
      if (person.profile !== pub) return 'public-mismatch';
      if (!person.present) return 'person-departed';
      return [target.id];
    }
    case 'profil':
      if (target.id !== pub) return 'public-mismatch';
      return ids(await db.query(`SELECT p.id FROM people p WHERE p.uai = $1 AND p.profile = $2 AND ${PRESENT} ORDER BY p.position`, [uai, pub, day]));
  }
}

const PROFILE_LABELS: Record<Public, string> = {
  eleve: 'Tous les élèves',
  enseignant: 'Tous les enseignants',
  documentaliste: 'Tous les professeurs documentalistes',
  personnel: 'Tous les personnels',
};

export interface AssignmentRow {
  id: string;
  subscription_id: string;
  public: Public;
  target_type: TargetType;
  target_id: string;
  created_at: Date;
  created_by: string;
  people: number;
  label: string | null;
  person: [string, string] | null;
}

/** Assignments with their label and the people they still give the licence to (not recovered). */
export const ASSIGNMENT_SELECT = `
  SELECT a.id, a.subscription_id, a.public, a.target_type, a.target_id, a.created_at, a.created_by, a.seq,
    (SELECT count(*) FROM assignment_members m WHERE m.assignment_id = a.id
       AND NOT EXISTS (SELECT 1 FROM recovered r WHERE r.uai = a.uai AND r.person_id = m.person_id)) AS people,
    CASE a.target_type
      WHEN 'division' THEN (SELECT d.name FROM divisions d WHERE d.id = a.target_id)
      WHEN 'groupe' THEN (SELECT g.name FROM groups g WHERE g.id = a.target_id)
    END AS label,
    (SELECT json_build_array(p.last_name, p.first_name) FROM people p WHERE a.target_type = 'personne' AND p.uai = a.uai AND p.id = a.target_id) AS person
  FROM assignments a`;

export function assignmentView(row: AssignmentRow): Assignment {
  // Upper-cased here, not in SQL: the database's locale may not know French letters.
  const label =
    row.target_type === 'profil'
      ? (PROFILE_LABELS[row.target_id as Public] ?? row.target_id)
      : row.person
        ? `${row.person[0].toLocaleUpperCase('fr')} ${row.person[1]}`
        : (row.label ?? row.target_id);
  const target: Target = { type: row.target_type, id: row.target_id, label };
  return { id: row.id, subscriptionId: row.subscription_id, public: row.public, target, people: row.people, createdAt: isoParis(row.created_at), createdBy: row.created_by };
}

export async function assignmentsByIds(db: Queryable, uai: string, ids: string[]): Promise<Assignment[]> {
  const rows = await db.query<AssignmentRow>(`${ASSIGNMENT_SELECT} WHERE a.uai = $1 AND a.id = ANY($2::text[])`, [uai, ids]);
  const byId = new Map(rows.map((r) => [r.id, assignmentView(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
