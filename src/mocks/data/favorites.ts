// The demo users' favourites at the start (shared by the mocks and the reference server's seed).
import { USERS } from './users.js';

export const SEED_FAVORITES: Record<string, string[]> = {
  [USERS.eleve.id]: [
    'ark:/86527/r.maths-4e-nataris-manuel-el-delta',
    'ark:/86527/r.roseau-junior',
    // Last year's manual, no longer assigned: a favourite can outlive its resource.
    'ark:/86527/r.francais-5e-belvedere-manuel-el-horizons',
  ],
  [USERS.enseignant.id]: ['ark:/86527/r.maths-cycle4-nataris-manuel-ens-delta', 'ark:/86527/r.eurokiosque'],
  [USERS.documentaliste.id]: ['ark:/86527/r.eurokiosque', 'ark:/86527/r.universalia-junior'],
  [USERS.responsable.id]: ['ark:/86527/r.eurokiosque'],
};
