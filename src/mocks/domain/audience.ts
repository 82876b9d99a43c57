// Who an announcement reaches. Within a list any value matches, across lists all must match,
// and an empty list matches everyone (contract `Audience`). Pupils' parents are reached
// through their child's level and division; the ENT admin is a member with no division.
import type { Audience, AudienceOptions, Profile } from '../api.js';
import { presentAt, type Directory } from '../data/directory.js';
import { USERS } from '../data/users.js';

export interface AudienceMember {
  id: string;
  profile: Profile;
  levels: string[];
  divisions: string[];
  /** Pupils: parents with an ENT account. */
  parents: number;
}

/** Everyone present in these establishments (a person of several counted once), and the ENT admin of theirs. */
export function audienceMembers(directories: Directory[], day: string): AudienceMember[] {
  const members = new Map<string, AudienceMember>();
  for (const directory of directories) {
    for (const person of directory.people) {
      if (!presentAt(person, day)) continue;
      const levels = person.divisionIds.map((id) => directory.divisionById.get(id)!.level.name);
      const existing = members.get(person.id);
      if (existing) {
        existing.levels = [...new Set([...existing.levels, ...levels])];
        existing.divisions = [...new Set([...existing.divisions, ...person.divisionIds])];
      } else {
        members.set(person.id, { id: person.id, profile: person.profile, levels: [...new Set(levels)], divisions: person.divisionIds, parents: person.parents });
      }
    }
  }
  const admin = USERS.admin;
  if (directories.some((d) => admin.establishments.includes(d.uai))) members.set(admin.id, { id: admin.id, profile: admin.profile, levels: [], divisions: [], parents: 0 });
  return [...members.values()];
}

function placed(audience: Audience, member: AudienceMember): boolean {
  return (
    (audience.levels.length === 0 || member.levels.some((l) => audience.levels.includes(l))) &&
    (audience.divisions.length === 0 || member.divisions.some((d) => audience.divisions.includes(d)))
  );
}

export function matches(audience: Audience, member: AudienceMember): boolean {
  return (audience.profiles.length === 0 || audience.profiles.includes(member.profile)) && placed(audience, member);
}

/** People reached: members, plus the parents of matching pupils when parents are targeted. */
export function countAudience(audience: Audience, members: AudienceMember[]): number {
  const parents = audience.profiles.length === 0 || audience.profiles.includes('parent');
  let count = 0;
  for (const member of members) {
    if (matches(audience, member)) count += 1;
    if (parents && member.profile === 'eleve' && placed(audience, member)) count += member.parents;
  }
  return count;
}

export function audienceOptions(directories: Directory[]): AudienceOptions {
  return {
    profiles: ['eleve', 'parent', 'enseignant', 'documentaliste', 'personnel', 'admin'],
    levels: directories.flatMap((d) => d.levels.map((l) => l.name)),
    divisions: directories.flatMap((d) => d.divisions.map((division) => ({ id: division.id, name: division.name, level: division.level.name }))),
  };
}
