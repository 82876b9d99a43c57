// The admins' side of announcements: CRUD, audience options and counts. The rules on what an
// admin sends are the mocks' (validateAnnouncement), with levels and divisions from the directory.
// An admin manages the announcements of their current establishment (Me.currentUai): another
// school's answer 404, and audiences are counted among that establishment's people.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AnnouncementInput } from '../../src/shared/api/types.js';
import type { AnnouncementRec } from '../../src/mocks/data/announcements.js';
import { validateAnnouncement } from '../../src/mocks/domain/announcements.js';
import { countAudience } from '../../src/mocks/domain/audience.js';
import { dateParis, isoParis } from '../../src/mocks/time.js';
import type { Queryable } from '../db/db.js';
import { idempotent } from '../http/idempotency.js';
import { invalid, notFound } from '../http/problem.js';
import { operation, requireUser } from '../http/route.js';
import { audienceOptions, knownTargets, loadMembers } from '../announcements/members.js';
import { adminViews, loadAll, loadOne } from '../announcements/store.js';
import type { RouteContext } from './context.js';

export function adminAnnouncementRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { db, contract } = ctx;

  const currentUai = (request: FastifyRequest): string => requireUser(request).uais[0]!;

  /** One of this establishment's announcements (another's is a 404: no hint that it exists). */
  async function managed(tx: Queryable, id: string, uai: string, lock = false): Promise<AnnouncementRec> {
    const record = await loadOne(tx, id, undefined, lock);
    if (!record || record.uai !== uai) throw notFound('Annonce introuvable.');
    return record;
  }

  async function viewOf(tx: Queryable, id: string, uai: string, now: Date) {
    const record = await managed(tx, id, uai);
    const [view] = await adminViews(tx, [record], await loadMembers(tx, dateParis(now), uai), now);
    return view!;
  }

  async function checked(tx: Queryable, body: unknown, uai: string): Promise<AnnouncementInput> {
    const { errors, input } = validateAnnouncement(body, await knownTargets(tx, uai));
    if (!input) throw invalid(errors);
    return input;
  }

  operation(app, contract, 'listAdminAnnouncements', 'admin', async (request) => {
    const now = ctx.now();
    const uai = currentUai(request);
    const records = (await loadAll(db, [uai])).sort((a, b) => b.input.startsAt.localeCompare(a.input.startsAt) || a.id.localeCompare(b.id));
    return { status: 200, body: { announcements: await adminViews(db, records, await loadMembers(db, dateParis(now), uai), now) } };
  });

  operation(app, contract, 'createAdminAnnouncement', 'admin', async (request) => {
    const user = requireUser(request);
    const uai = currentUai(request);
    const now = ctx.now();
    return idempotent(db, request, user.id, async (tx) => {
      const input = await checked(tx, request.body, uai);
      const [row] = await tx.query<{ id: string }>('INSERT INTO announcements (uai, input, created_at, updated_at, author) VALUES ($1, $2, $3, $3, $4) RETURNING id', [
        uai, JSON.stringify(input), now, user.displayName,
      ]);
      return { status: 201, body: await viewOf(tx, row!.id, uai, now) };
    });
  });

  operation(app, contract, 'getAdminAnnouncement', 'admin', async (request) => ({
    status: 200,
    body: await viewOf(db, (request.params as { id: string }).id, currentUai(request), ctx.now()),
  }));

  operation(app, contract, 'putAdminAnnouncement', 'admin', async (request) => {
    const id = (request.params as { id: string }).id;
    const uai = currentUai(request);
    const now = ctx.now();
    return db.transaction(async (tx) => {
      await managed(tx, id, uai, true);
      const input = await checked(tx, request.body, uai);
      // The edit bumps updatedAt: earlier dismissals no longer count.
      await tx.query('UPDATE announcements SET input = $2, updated_at = $3 WHERE id = $1', [id, JSON.stringify(input), now]);
      return { status: 200, body: await viewOf(tx, id, uai, now) };
    });
  });

  operation(app, contract, 'deleteAdminAnnouncement', 'admin', async (request) => {
    const rows = await db.query('DELETE FROM announcements WHERE id = $1 AND uai = $2 RETURNING id', [(request.params as { id: string }).id, currentUai(request)]);
    if (rows.length === 0) throw notFound('Annonce introuvable.');
    return { status: 204 };
  });

  // The admin's current establishment's levels and divisions (Me.currentUai), not every school's.
  operation(app, contract, 'getAudienceOptions', 'admin', async (request) => ({ status: 200, body: await audienceOptions(db, currentUai(request)) }));

  operation(app, contract, 'countAudience', 'admin', async (request) => {
    const now = ctx.now();
    const uai = currentUai(request);
    // The same checks as an announcement's audience; fields named from this body, the audience itself.
    const probe = { kind: 'information', title: 'x', body: '', startsAt: isoParis(now), channel: 'home', state: 'draft', audience: request.body };
    const { errors, input } = validateAnnouncement(probe, await knownTargets(db, uai));
    if (!input) throw invalid(errors.filter((e) => e.field.startsWith('audience')).map((e) => ({ ...e, field: e.field.replace(/^audience\.?/, '') })));
    return { status: 200, body: { count: countAudience(input.audience, await loadMembers(db, dateParis(now), uai)) } };
  });
}
