// The demo data, imported from the mocks' deterministic generators (one generator, two back
// ends): the directory goes through the same import as an ENT's file; news, tiles,
// announcements, favourites, the GAR records, subscriptions and the rentrée's assignments are
// written as the mocks generate them, relative to the anchor (the first start).
import { generateAnnouncements } from '../../src/mocks/data/announcements.js';
import type { Directory } from '../../src/mocks/data/directory.js';
import { SEED_FAVORITES } from '../../src/mocks/data/favorites.js';
import { garRecord } from '../../src/mocks/data/gar.js';
import { generateArticles, generateTiles, RUBRIQUES } from '../../src/mocks/data/news.js';
import { COLLEGE, ESTABLISHMENTS, LYCEE, USERS } from '../../src/mocks/data/users.js';
import { createEstablishment, holders, type EstablishmentState } from '../../src/mocks/domain/affectation.js';
import { unit } from '../../src/mocks/random.js';
import { audienceMembers } from '../../src/mocks/domain/audience.js';
import { dateParis, monthParis, monthRange, schoolYearStart } from '../../src/mocks/time.js';
import type { Db, Queryable } from '../db/db.js';
import type { DirectoryFile } from '../directory/format.js';
import { importDirectory } from '../directory/import.js';

export function directoryFile(states: EstablishmentState[]): DirectoryFile {
  return {
    establishments: states.map(({ directory: d }) => ({
      uai: d.uai,
      name: d.name,
      entId: ESTABLISHMENTS[d.uai]?.entId ?? 'ENT',
      divisions: d.divisions.map((x) => ({ id: x.id, code: x.code, name: x.name, level: x.level })),
      groups: d.groups.map((g) => ({ id: g.id, name: g.name, discipline: g.discipline, divisionIds: g.divisionIds })),
      people: d.people.map((p) => ({
        id: p.id,
        lastName: p.lastName,
        firstName: p.firstName,
        profile: p.profile,
        divisionIds: p.divisionIds,
        groupIds: p.groupIds,
        arrivalDate: p.arrivalDate,
        departureDate: p.departureDate,
        function: p.function,
        ...(p.discipline ? { discipline: p.discipline } : {}),
        parents: p.parents,
      })),
    })),
    accounts: Object.values(USERS).map((u) => ({
      id: u.id,
      displayName: `${u.firstName} ${u.lastName}`,
      profile: u.profile,
      roles: u.roles,
      establishments: u.establishments,
      demoKey: u.key,
    })),
  };
}

/** Seeds the demo data once (the `meta.seeded` row says when, and is the anchor). */
export async function seedDemo(db: Db, anchor: Date): Promise<boolean> {
  const done = await db.query('SELECT value FROM meta WHERE key = $1', ['seeded']);
  if (done.length > 0) return false;
  const states = [COLLEGE, LYCEE].map((uai) => createEstablishment(uai, 'default', anchor));
  await importDirectory(db, directoryFile(states));
  await db.transaction(async (tx) => {
    await seedNews(tx, anchor);
    await seedAnnouncements(tx, anchor, states.map((s) => s.directory));
    for (const [user, ids] of Object.entries(SEED_FAVORITES)) {
      for (const id of ids) await tx.query('INSERT INTO favorites (user_id, resource_id) VALUES ($1, $2)', [user, id]);
    }
    for (const state of states) {
      await seedAffectation(tx, state);
      await seedUsage(tx, state, anchor);
    }
    await tx.query('INSERT INTO meta (key, value) VALUES ($1, $2)', ['seeded', anchor.toISOString()]);
  });
  return true;
}

async function seedNews(tx: Queryable, anchor: Date): Promise<void> {
  for (const [i, r] of RUBRIQUES.entries()) {
    await tx.query('INSERT INTO rubriques (id, name, blog_enabled, visibility, position) VALUES ($1, $2, $3, $4, $5)', [r.id, r.name, r.blogEnabled ?? true, r.visibility ?? 'public', i]);
  }
  for (const a of generateArticles('default', anchor)) {
    await tx.query('INSERT INTO articles (id, title, summary, rubrique_id, published_at, updated_at, illustration) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      a.id, a.title, a.summary, a.rubriqueId, a.publishedAt, a.updatedAt, a.illustration ? JSON.stringify(a.illustration) : null,
    ]);
  }
  for (const t of generateTiles('default', anchor)) {
    await tx.query('INSERT INTO tiles (id, settings, updated_at) VALUES ($1, $2, $3)', [t.id, JSON.stringify(t.settings), t.updatedAt]);
  }
}

async function seedAnnouncements(tx: Queryable, anchor: Date, directories: Directory[]): Promise<void> {
  const day = dateParis(anchor);
  for (const a of generateAnnouncements('default', anchor, (uai) => audienceMembers(directories.filter((d) => d.uai === uai), day))) {
    await tx.query('INSERT INTO announcements (id, uai, input, created_at, updated_at, author) VALUES ($1, $2, $3, $4, $5, $6)', [
      a.id, a.uai, JSON.stringify(a.input), a.createdAt, a.updatedAt, a.author,
    ]);
    const reads = [...a.reads];
    if (reads.length) {
      await tx.query('INSERT INTO announcement_reads (announcement_id, user_id, read_at) SELECT $1, * FROM unnest($2::text[], $3::timestamptz[])', [a.id, reads.map(([u]) => u), reads.map(([, at]) => at.toISOString())]);
    }
    for (const [user, r] of a.responses) {
      await tx.query('INSERT INTO announcement_responses (announcement_id, user_id, id, answered_at, answers) VALUES ($1, $2, $3, $4, $5)', [a.id, user, r.id, r.answeredAt, JSON.stringify(r.answers)]);
    }
  }
}

async function seedAffectation(tx: Queryable, state: EstablishmentState): Promise<void> {
  const { uai, catalogue } = state;
  for (const def of catalogue.resources.values()) {
    await tx.query('INSERT INTO gar_resources (uai, ark, record) VALUES ($1, $2, $3)', [uai, def.ark, JSON.stringify(garRecord(def, uai))]);
  }
  for (const [i, sub] of state.subscriptions.entries()) {
    const d = sub.def;
    await tx.query(
      `INSERT INTO subscriptions (id, uai, ark, licence_type, publics, totals, valid_from, valid_until, distributor, order_ref, received_at,
         family_mother, family_member_of, advisories, bundle, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [d.id, uai, d.ark, d.licenceType, d.publics, JSON.stringify(sub.totals), d.validFrom, d.validUntil, d.distributor, d.orderRef, d.receivedAt,
        d.familyMother ?? false, d.familyMemberOf ?? null, d.advisories ? JSON.stringify(d.advisories) : null, d.bundle ?? [], i],
    );
  }
  const rows = [...state.assignments.values()];
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO assignments (id, uai, subscription_id, public, target_type, target_id, created_at, created_by)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::text[])`,
    [rows.map((a) => a.id), rows.map(() => uai), rows.map((a) => a.subscriptionId), rows.map((a) => a.public), rows.map((a) => a.target.type),
      rows.map((a) => a.target.id), rows.map((a) => a.createdAt), rows.map((a) => a.createdBy)],
  );
  const members = rows.flatMap((a) => a.members.map((p) => [a.id, p]));
  await tx.query('INSERT INTO assignment_members (assignment_id, person_id) SELECT * FROM unnest($1::text[], $2::text[])', [members.map(([a]) => a), members.map(([, p]) => p)]);
}

/**
 * Made-up monthly use since the rentrée, deterministic per subscription, person and month:
 * each subscription has its appeal, each holder uses it some months, a few sessions each.
 */
async function seedUsage(tx: Queryable, state: EstablishmentState, anchor: Date): Promise<void> {
  const months = monthRange(monthParis(schoolYearStart(anchor)), monthParis(anchor));
  const rows: Array<[string, string, string, number]> = [];
  for (const sub of state.subscriptions) {
    const appeal = 0.2 + 0.6 * unit(`appeal:${sub.def.id}`);
    for (const ids of holders(state, sub).values()) {
      for (const person of ids) {
        for (const month of months) {
          if (month < sub.def.validFrom.slice(0, 7) || month > sub.def.validUntil.slice(0, 7)) continue;
          if (unit(`use:${sub.def.id}:${person}:${month}`) >= appeal) continue;
          rows.push([sub.def.id, person, month, 1 + Math.floor(6 * unit(`sessions:${sub.def.id}:${person}:${month}`))]);
        }
      }
    }
  }
  if (rows.length === 0) return;
  await tx.query(
    'INSERT INTO resource_usage (uai, subscription_id, person_id, month, sessions) SELECT $1::text, * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[])',
    [state.uai, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
  );
}
