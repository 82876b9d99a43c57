// The signed-in user's announcements: the list, dismissal and form answers. Someone outside an
// announcement's establishment or audience gets a 404, as if it did not exist.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Announcement } from '../../src/shared/api/types.js';
import type { AnnouncementRec } from '../../src/mocks/data/announcements.js';
import type { AudienceMember } from '../../src/mocks/domain/audience.js';
import { userView, validateAnswers, visibleTo } from '../../src/mocks/domain/announcements.js';
import { dateParis, isoParis } from '../../src/mocks/time.js';
import type { User } from '../auth/users.js';
import type { Queryable } from '../db/db.js';
import { idempotent } from '../http/idempotency.js';
import { forbidden, invalid, notFound, Problem } from '../http/problem.js';
import { operation, requireUser } from '../http/route.js';
import { loadMember } from '../announcements/members.js';
import { loadAll, loadOne } from '../announcements/store.js';
import type { RouteContext } from './context.js';

const SEVERITY = { alerte: 0, avertissement: 1, information: 2 } as const;

export function announcementRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { db, contract } = ctx;

  /** The user as one of this establishment's members (it is one of theirs). */
  async function memberIn(tx: Queryable, user: User, uai: string, now: Date): Promise<AudienceMember> {
    return (await loadMember(tx, dateParis(now), uai, user.id)) ?? { id: user.id, profile: user.profile, levels: [], divisions: [], parents: 0 };
  }

  /** The announcement if this user may see it now. */
  async function visible(tx: Queryable, request: FastifyRequest, user: User, now: Date, lock = false): Promise<AnnouncementRec> {
    const record = await loadOne(tx, (request.params as { id: string }).id, user.id, lock);
    if (!record || !user.uais.includes(record.uai) || !visibleTo(record, await memberIn(tx, user, record.uai, now), now)) throw notFound('Annonce introuvable.');
    return record;
  }

  operation(app, contract, 'listAnnouncements', 'user', async (request) => {
    const user = requireUser(request);
    const now = ctx.now();
    const member = new Map<string, AudienceMember>();
    for (const uai of user.uais) member.set(uai, await memberIn(db, user, uai, now));
    const names = new Map((await db.query<{ uai: string; name: string }>('SELECT uai, name FROM establishments WHERE uai = ANY($1::text[])', [user.uais])).map((r) => [r.uai, r.name]));
    const list: Announcement[] = (await loadAll(db, user.uais, user.id))
      .filter((record) => visibleTo(record, member.get(record.uai)!, now))
      .sort((a, b) => SEVERITY[a.input.kind] - SEVERITY[b.input.kind] || b.input.startsAt.localeCompare(a.input.startsAt))
      .map((record) => userView(record, user.id, names.get(record.uai)));
    // The ETag follows the announcements, not serverTime: an unchanged list revalidates as 304.
    return { status: 200, body: { announcements: list, serverTime: isoParis(now) }, etagBasis: list };
  });

  operation(app, contract, 'markAnnouncementRead', 'user', async (request) => {
    const user = requireUser(request);
    const now = ctx.now();
    return db.transaction(async (tx) => {
      const record = await visible(tx, request, user, now);
      if (!(record.input.dismissible ?? record.input.kind !== 'alerte')) throw forbidden('Cette annonce ne peut pas être masquée.');
      // Dismissing twice keeps the first moment, unless the announcement changed since.
      const [row] = await tx.query<{ read_at: Date }>(
        `INSERT INTO announcement_reads (announcement_id, user_id, read_at) VALUES ($1, $2, $3)
         ON CONFLICT (announcement_id, user_id) DO UPDATE SET read_at = CASE WHEN announcement_reads.read_at < $4 THEN EXCLUDED.read_at ELSE announcement_reads.read_at END
         RETURNING read_at`,
        [record.id, user.id, now, record.updatedAt],
      );
      return { status: 200, body: { id: record.id, read: true, readAt: isoParis(row!.read_at) } };
    });
  });

  operation(app, contract, 'unmarkAnnouncementRead', 'user', async (request) => {
    const user = requireUser(request);
    const record = await visible(db, request, user, ctx.now());
    await db.query('DELETE FROM announcement_reads WHERE announcement_id = $1 AND user_id = $2', [record.id, user.id]);
    return { status: 200, body: { id: record.id, read: false, readAt: null } };
  });

  operation(app, contract, 'answerAnnouncementForm', 'user', async (request) => {
    const user = requireUser(request);
    const now = ctx.now();
    return idempotent(db, request, user.id, async (tx) => {
      const record = await visible(tx, request, user, now).catch((error: unknown) => {
        if (error instanceof Problem) return undefined;
        throw error;
      });
      if (!record?.input.form) throw notFound('Aucun formulaire à remplir ici.');
      if (record.responses.has(user.id)) throw new Problem(409, 'already-answered', 'Vous avez déjà répondu à ce formulaire.');
      const { errors, answers } = validateAnswers(record.input.form.questions, request.body);
      if (!answers) throw invalid(errors, 'Certaines réponses manquent ou sont invalides.');
      // The primary key settles two answers racing each other: the second is refused.
      const [saved] = await tx.query<{ id: string; answered_at: Date }>(
        `INSERT INTO announcement_responses (announcement_id, user_id, answered_at, answers) VALUES ($1, $2, $3, $4)
         ON CONFLICT (announcement_id, user_id) DO NOTHING RETURNING id, answered_at`,
        [record.id, user.id, now, JSON.stringify(answers)],
      );
      if (!saved) throw new Problem(409, 'already-answered', 'Vous avez déjà répondu à ce formulaire.');
      return { status: 201, body: { id: saved.id, answeredAt: isoParis(saved.answered_at) } };
    });
  });
}
