// The signed-in user as the widgets see them (`Me`): the token's claims first, then the
// imported account, then the directory (someone known only as a person of establishments).
import type { Me, Profile } from '../../src/shared/api/types.js';
import type { Queryable } from '../db/db.js';
import type { Principal } from './identity.js';

export interface User {
  id: string;
  displayName: string;
  profile: Profile;
  roles: string[];
  /** UAIs, the first being the current one. */
  uais: string[];
}

/** The user, or null when nobody with at least one establishment answers to this id. */
export async function resolveUser(db: Queryable, principal: Principal): Promise<User | null> {
  const user = await lookUp(db, principal);
  return user && user.uais.length > 0 ? user : null;
}

async function lookUp(db: Queryable, principal: Principal): Promise<User | null> {
  if (principal.displayName && principal.profile && principal.uais?.length) {
    return { id: principal.id, displayName: principal.displayName, profile: principal.profile, roles: principal.roles ?? [], uais: principal.uais };
  }
  const [account] = await db.query<{ display_name: string; profile: Profile; roles: string[]; uais: string[] }>(
    'SELECT display_name, profile, roles, uais FROM accounts WHERE id = $1',
    [principal.id],
  );
  if (account) {
    return {
      id: principal.id,
      displayName: principal.displayName ?? account.display_name,
      profile: principal.profile ?? account.profile,
      roles: principal.roles ?? account.roles,
      uais: principal.uais ?? account.uais,
    };
  }
  const rows = await db.query<{ uai: string; first_name: string; last_name: string; profile: Profile }>(
    `SELECT p.uai, p.first_name, p.last_name, p.profile FROM people p JOIN establishments e ON e.uai = p.uai
     WHERE p.id = $1 ORDER BY e.position`,
    [principal.id],
  );
  const first = rows[0];
  if (!first) return null;
  return {
    id: principal.id,
    displayName: principal.displayName ?? `${first.first_name} ${first.last_name}`,
    profile: principal.profile ?? first.profile,
    roles: principal.roles ?? [],
    uais: principal.uais ?? rows.map((r) => r.uai),
  };
}

export async function meOf(db: Queryable, user: User): Promise<Me> {
  const rows = await db.query<{ uai: string; name: string }>('SELECT uai, name FROM establishments WHERE uai = ANY($1::text[])', [user.uais]);
  const names = new Map(rows.map((r) => [r.uai, r.name]));
  return {
    id: user.id,
    displayName: user.displayName,
    profile: user.profile,
    roles: user.roles,
    // An establishment the directory does not know is shown by its UAI.
    establishments: user.uais.map((uai) => ({ uai, name: names.get(uai) ?? uai })),
    currentUai: user.uais[0]!,
  };
}

export const isAdmin = (user: User): boolean => user.profile === 'admin' || user.roles.includes('admin-ent');
