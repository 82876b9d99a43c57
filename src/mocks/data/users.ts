// The demo's mock users. Each signed-in one (but the ENT admin) is a real person of the
// generated directories, so that assignments made in the console reach them: most are placed
// there (placements below); the 3e pupil is a pupil the generator makes anyway.
import type { DemoUser } from '../config.js';
import type { Me, Profile, Public } from '../api.js';

export const COLLEGE = '0330001A';
export const LYCEE = '0330002B';

export interface EstablishmentInfo {
  uai: string;
  name: string;
  kind: 'college' | 'lycee';
  /** The ENT's GAR identifier of the establishment's site (used in the GAR SSO URLs). */
  entId: string;
}

export const ESTABLISHMENTS: Record<string, EstablishmentInfo> = {
  [COLLEGE]: { uai: COLLEGE, name: 'Collège Jules-Ferry', kind: 'college', entId: 'ENT' },
  [LYCEE]: { uai: LYCEE, name: 'Lycée Condorcet', kind: 'lycee', entId: 'ENT' },
};

export interface UserRecord {
  key: Exclude<DemoUser, 'anonyme'>;
  id: string;
  firstName: string;
  lastName: string;
  profile: Profile;
  roles: string[];
  /** UAIs, the first being the current one. */
  establishments: string[];
}

/** Where a demo user sits in a directory (see directory.ts). */
export interface Placement {
  id: string;
  firstName: string;
  lastName: string;
  profile: Public;
  function: string;
  /** Pupils: their division code; teachers: the divisions they teach. */
  divisions: string[];
  /** Group keys (see directory.ts). */
  groups: string[];
  discipline?: string;
}

export const USERS: Record<Exclude<DemoUser, 'anonyme'>, UserRecord> = {
  eleve: {
    key: 'eleve',
    id: 'u-0330001A-eleve-1',
    firstName: 'Inès',
    lastName: 'Lefèvre',
    profile: 'eleve',
    roles: [],
    establishments: [COLLEGE],
  },
  // Not a placement (one would change the generated names, and every count after it): the
  // first pupil of 3e A in the default data. The same id is another pupil in `many` and `empty`.
  eleve3e: {
    key: 'eleve3e',
    id: 'p-0330001A-00352',
    firstName: 'Côme',
    lastName: 'Etcheverry',
    profile: 'eleve',
    roles: [],
    establishments: [COLLEGE],
  },
  enseignant: {
    key: 'enseignant',
    id: 'u-0330001A-ens-1',
    firstName: 'Julien',
    lastName: 'Mercier',
    profile: 'enseignant',
    roles: [],
    establishments: [COLLEGE],
  },
  documentaliste: {
    key: 'documentaliste',
    id: 'u-0330001A-doc-2',
    firstName: 'Sophie',
    lastName: 'Lambert',
    profile: 'documentaliste',
    roles: [],
    establishments: [COLLEGE],
  },
  responsable: {
    key: 'responsable',
    id: 'u-0330001A-doc-1',
    firstName: 'Claire',
    lastName: 'Moreau',
    profile: 'documentaliste',
    roles: ['responsable-affectation'],
    establishments: [COLLEGE, LYCEE],
  },
  // Responsables of one establishment only (not placed in a directory, like the ENT admin): what
  // one establishment's responsable may not do in the other is checked with them.
  responsableCollege: {
    key: 'responsableCollege',
    id: 'u-0330001A-cpe-1',
    firstName: 'Yann',
    lastName: 'Le Goff',
    profile: 'personnel',
    roles: ['responsable-affectation'],
    establishments: [COLLEGE],
  },
  responsableLycee: {
    key: 'responsableLycee',
    id: 'u-0330002B-doc-1',
    firstName: 'Nadia',
    lastName: 'Benali',
    profile: 'documentaliste',
    roles: ['responsable-affectation'],
    establishments: [LYCEE],
  },
  admin: {
    key: 'admin',
    id: 'u-admin-ent-1',
    firstName: 'Marc',
    lastName: 'Dubois',
    profile: 'admin',
    // A vendor role the widgets must ignore, next to the one they use.
    roles: ['admin-ent', 'vendor:publication'],
    establishments: [COLLEGE, LYCEE],
  },
};

/** Labels for the demo's user switcher. */
export const mockUsers: Record<DemoUser, { label: string; description: string }> = {
  eleve: {
    label: 'Élève (4e B, collège)',
    description: 'Inès Lefèvre, élève de 4e B au Collège Jules-Ferry : LV2 espagnol, latin, atelier théâtre.',
  },
  eleve3e: {
    label: 'Élève de 3e (3e A, collège)',
    description: 'Côme Etcheverry, élève de 3e A au Collège Jules-Ferry : LV2 espagnol.',
  },
  enseignant: {
    label: 'Enseignant (mathématiques, collège)',
    description: 'Julien Mercier, professeur de mathématiques en 4e B, 4e C, 3e A et 3e D au Collège Jules-Ferry.',
  },
  documentaliste: {
    label: 'Professeure documentaliste (collège)',
    description: 'Sophie Lambert, professeure documentaliste au Collège Jules-Ferry, sans rôle d’affectation.',
  },
  responsable: {
    label: 'Responsable d’affectation (collège et lycée)',
    description: 'Claire Moreau, professeure documentaliste, responsable d’affectation au Collège Jules-Ferry et au Lycée Condorcet.',
  },
  responsableCollege: {
    label: 'Responsable d’affectation (collège)',
    description: 'Yann Le Goff, conseiller principal d’éducation, responsable d’affectation au Collège Jules-Ferry seulement.',
  },
  responsableLycee: {
    label: 'Responsable d’affectation (lycée)',
    description: 'Nadia Benali, professeure documentaliste, responsable d’affectation au Lycée Condorcet seulement.',
  },
  admin: {
    label: 'Administrateur ENT',
    description: 'Marc Dubois, administrateur de l’ENT : tuiles de la page d’accueil et communication ciblée.',
  },
  anonyme: {
    label: 'Visiteur non connecté',
    description: 'Page d’accueil publique : seuls les articles publics sont visibles.',
  },
};

/** Demo users placed in a directory. */
export function placements(uai: string): Placement[] {
  if (uai === COLLEGE) {
    return [
      { ...person(USERS.eleve), profile: 'eleve', function: 'Élève', divisions: ['4B'], groups: ['lv2-esp-4e', 'latin-4e', 'atelier-theatre'] },
      {
        ...person(USERS.enseignant),
        profile: 'enseignant',
        function: 'Professeur de mathématiques',
        discipline: 'Mathématiques',
        divisions: ['4B', '4C', '3A', '3D'],
        groups: [],
      },
      { ...person(USERS.responsable), profile: 'documentaliste', function: 'Professeure documentaliste', divisions: [], groups: [] },
      { ...person(USERS.documentaliste), profile: 'documentaliste', function: 'Professeure documentaliste', divisions: [], groups: [] },
    ];
  }
  if (uai === LYCEE) {
    return [{ ...person(USERS.responsable), profile: 'documentaliste', function: 'Professeure documentaliste', divisions: [], groups: [] }];
  }
  return [];
}

function person(user: UserRecord): Pick<Placement, 'id' | 'firstName' | 'lastName'> {
  return { id: user.id, firstName: user.firstName, lastName: user.lastName };
}

export function userRecord(key: DemoUser): UserRecord | null {
  return key === 'anonyme' ? null : USERS[key];
}

export function meOf(user: UserRecord): Me {
  return {
    id: user.id,
    displayName: `${user.firstName} ${user.lastName}`,
    profile: user.profile,
    roles: user.roles,
    establishments: user.establishments.map((uai) => ({ uai, name: ESTABLISHMENTS[uai]!.name })),
    currentUai: user.establishments[0]!,
  };
}
