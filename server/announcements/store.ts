// Announcements in the database, turned into the records the mocks' domain rules read
// (src/mocks/domain/announcements.ts: visibility, views, form results), so that both back
// ends apply one set of rules. Reads and answers are loaded for one user, or counted in SQL.
import type { AdminAnnouncement, AnnouncementInput, FormAnswer } from '../../src/shared/api/types.js';
import type { AnnouncementRec, ResponseRec } from '../../src/mocks/data/announcements.js';
import type { AudienceMember } from '../../src/mocks/domain/audience.js';
import { adminView } from '../../src/mocks/domain/announcements.js';
import type { Queryable } from '../db/db.js';

interface Row {
  id: string;
  uai: string;
  input: AnnouncementInput;
  created_at: Date;
  updated_at: Date;
  author: string;
}

const toRecord = (row: Row): AnnouncementRec => ({
  id: row.id,
  uai: row.uai,
  input: row.input,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  author: row.author,
  reads: new Map(),
  responses: new Map(),
});

/** The announcements of these establishments, with this user's read and answer (none for `userId` undefined). */
export async function loadAll(db: Queryable, uais: string[], userId?: string): Promise<AnnouncementRec[]> {
  const rows = await db.query<Row>('SELECT id, uai, input, created_at, updated_at, author FROM announcements WHERE uai = ANY($1::text[])', [uais]);
  const records = rows.map(toRecord);
  if (userId) await attachUser(db, records, userId);
  return records;
}

export async function loadOne(db: Queryable, id: string, userId?: string, lock = false): Promise<AnnouncementRec | undefined> {
  const [row] = await db.query<Row>(`SELECT id, uai, input, created_at, updated_at, author FROM announcements WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  if (!row) return undefined;
  const record = toRecord(row);
  if (userId) await attachUser(db, [record], userId);
  return record;
}

async function attachUser(db: Queryable, records: AnnouncementRec[], userId: string): Promise<void> {
  const byId = new Map(records.map((r) => [r.id, r]));
  const ids = [...byId.keys()];
  for (const r of await db.query<{ announcement_id: string; read_at: Date }>('SELECT announcement_id, read_at FROM announcement_reads WHERE user_id = $1 AND announcement_id = ANY($2::text[])', [userId, ids])) {
    byId.get(r.announcement_id)?.reads.set(userId, r.read_at);
  }
  for (const r of await db.query<{ announcement_id: string; id: string; answered_at: Date; answers: FormAnswer[] }>(
    'SELECT announcement_id, id, answered_at, answers FROM announcement_responses WHERE user_id = $1 AND announcement_id = ANY($2::text[])',
    [userId, ids],
  )) {
    byId.get(r.announcement_id)?.responses.set(userId, { id: r.id, answeredAt: r.answered_at, answers: r.answers });
  }
}

/** The admins' view (`members`: those of the records' establishment): read count in SQL (dismissals since the last edit, and answers), form results from the answers. */
export async function adminViews(db: Queryable, records: AnnouncementRec[], members: AudienceMember[], now: Date): Promise<AdminAnnouncement[]> {
  const ids = records.map((r) => r.id);
  const reads = new Map(
    (
      await db.query<{ announcement_id: string; n: number }>(
        `SELECT announcement_id, count(DISTINCT user_id) AS n FROM (
           SELECT r.announcement_id, r.user_id FROM announcement_reads r JOIN announcements a ON a.id = r.announcement_id
           WHERE r.announcement_id = ANY($1::text[]) AND r.read_at >= a.updated_at
           UNION SELECT announcement_id, user_id FROM announcement_responses WHERE announcement_id = ANY($1::text[])
         ) AS readers GROUP BY announcement_id`,
        [ids],
      )
    ).map((r) => [r.announcement_id, r.n]),
  );
  const withForm = records.filter((r) => r.input.form).map((r) => r.id);
  const answers = new Map<string, ResponseRec[]>();
  if (withForm.length) {
    for (const r of await db.query<{ announcement_id: string; user_id: string; id: string; answered_at: Date; answers: FormAnswer[] }>(
      'SELECT announcement_id, user_id, id, answered_at, answers FROM announcement_responses WHERE announcement_id = ANY($1::text[]) ORDER BY answered_at, id',
      [withForm],
    )) {
      const list = answers.get(r.announcement_id) ?? [];
      list.push({ id: r.id, answeredAt: r.answered_at, answers: r.answers });
      answers.set(r.announcement_id, list);
    }
  }
  return records.map((record) => {
    const responses = new Map((answers.get(record.id) ?? []).map((r, i) => [String(i), r]));
    return adminView({ ...record, responses }, members, now, reads.get(record.id) ?? 0);
  });
}
