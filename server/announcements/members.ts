// Who an establishment's announcements reach, from the directory: its people present that
// day, and the ENT admins of that establishment outside the directory, as the mocks count them
// (other accounts are reached through the directory only).
import type { Profile } from '../../src/shared/api/types.js';
import type { AudienceMember } from '../../src/mocks/domain/audience.js';
import type { AudienceOptions } from '../../src/shared/api/types.js';
import type { Queryable } from '../db/db.js';

/** $1: the day, $2: the establishment. */
const MEMBER_SELECT = `
  WITH present AS (
    SELECT p.* FROM people p
    WHERE p.uai = $2 AND p.arrival_date <= $1::date AND (p.departure_date IS NULL OR p.departure_date > $1::date)
  ), placed AS (
    SELECT pr.id, pr.profile, pr.parents,
      COALESCE(array_agg(DISTINCT d.level_name) FILTER (WHERE d.id IS NOT NULL), '{}') AS levels,
      COALESCE(array_agg(DISTINCT d.id) FILTER (WHERE d.id IS NOT NULL), '{}') AS divisions
    FROM present pr
    LEFT JOIN person_divisions pd ON pd.uai = pr.uai AND pd.person_id = pr.id
    LEFT JOIN divisions d ON d.id = pd.division_id
    GROUP BY pr.id, pr.profile, pr.parents
  )
  SELECT id, profile, parents, levels, divisions FROM placed
  UNION ALL
  SELECT a.id, a.profile, 0, '{}', '{}' FROM accounts a
  WHERE a.profile = 'admin' AND $2 = ANY(a.uais) AND NOT EXISTS (SELECT 1 FROM people p WHERE p.id = a.id AND p.uai = $2)`;

interface MemberRow {
  id: string;
  profile: Profile;
  parents: number;
  levels: string[];
  divisions: string[];
}

const toMember = (r: MemberRow): AudienceMember => ({ id: r.id, profile: r.profile, levels: r.levels, divisions: r.divisions, parents: r.parents });

export async function loadMembers(db: Queryable, day: string, uai: string): Promise<AudienceMember[]> {
  return (await db.query<MemberRow>(MEMBER_SELECT, [day, uai])).map(toMember);
}

export async function loadMember(db: Queryable, day: string, uai: string, id: string): Promise<AudienceMember | undefined> {
  const [row] = await db.query<MemberRow>(`SELECT * FROM (${MEMBER_SELECT}) m WHERE m.id = $3`, [day, uai, id]);
  return row ? toMember(row) : undefined;
}

/** The profiles, levels and divisions an announcement of this establishment may target (in the directory's order). */
export async function audienceOptions(db: Queryable, uai: string): Promise<AudienceOptions> {
  const divisions = await db.query<{ id: string; name: string; level_name: string }>(
    'SELECT d.id, d.name, d.level_name FROM divisions d WHERE d.uai = $1 ORDER BY d.position',
    [uai],
  );
  const levels: string[] = [];
  for (const d of divisions) if (!levels.includes(d.level_name)) levels.push(d.level_name);
  return {
    profiles: ['eleve', 'parent', 'enseignant', 'documentaliste', 'personnel', 'admin'],
    levels,
    divisions: divisions.map((d) => ({ id: d.id, name: d.name, level: d.level_name })),
  };
}

export async function knownTargets(db: Queryable, uai: string): Promise<{ levels: Set<string>; divisions: Set<string> }> {
  const options = await audienceOptions(db, uai);
  return { levels: new Set(options.levels), divisions: new Set(options.divisions.map((d) => d.id)) };
}
