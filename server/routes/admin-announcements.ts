// The admins' side of announcements: CRUD, audience options and counts. The rules on what an
// admin sends are the mocks' (validateAnnouncement), with levels and divisions from the directory.
import type { FastifyInstance } from 'fastify';
import type { AnnouncementInput } from '../../src/shared/api/types.js';
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

  async function viewOf(tx: Queryable, id: string, now: Date) {
    const record = await loadOne(tx, id);
    if (!record) throw notFound('Annonce introuvable.');
    const [view] = await adminViews(tx, [record], await loadMembers(tx, dateParis(now)), now);
    return view!;
  }

  async function checked(tx: Queryable, body: unknown): Promise<AnnouncementInput> {
    const { errors, input } = validateAnnouncement(body, await knownTargets(tx));
    if (!input) throw invalid(errors);
    return input;
  }

  operation(app, contract, 'listAdminAnnouncements', 'admin', async () => {
    const now = ctx.now();
    const records = (await loadAll(db)).sort((a, b) => b.input.startsAt.localeCompare(a.input.startsAt) || a.id.localeCompare(b.id));
    return { status: 200, body: { announcements: await adminViews(db, records, await loadMembers(db, dateParis(now)), now) } };
  });

  operation(app, contract, 'createAdminAnnouncement', 'admin', async (request) => {
    const user = requireUser(request);
    const now = ctx.now();
    return idempotent(db, request, user.id, async (tx) => {
      const input = await checked(tx, request.body);
      const [row] = await tx.query<{ id: string }>('INSERT INTO announcements (input, created_at, updated_at, author) VALUES ($1, $2, $2, $3) RETURNING id', [
        JSON.stringify(input), now, user.displayName,
      ]);
      return { status: 201, body: await viewOf(tx, row!.id, now) };
    });
  });

  operation(app, contract, 'getAdminAnnouncement', 'admin', async (request) => ({ status: 200, body: await viewOf(db, (request.params as { id: string }).id, ctx.now()) }));

  operation(app, contract, 'putAdminAnnouncement', 'admin', async (request) => {
    const id = (request.params as { id: string }).id;
    const now = ctx.now();
    return db.transaction(async (tx) => {
      if (!(await loadOne(tx, id, undefined, true))) throw notFound('Annonce introuvable.');
      const input = await checked(tx, request.body);
      // The edit bumps updatedAt: earlier dismissals no longer count.
      await tx.query('UPDATE announcements SET input = $2, updated_at = $3 WHERE id = $1', [id, JSON.stringify(input), now]);
      return { status: 200, body: await viewOf(tx, id, now) };
    });
  });

  operation(app, contract, 'deleteAdminAnnouncement', 'admin', async (request) => {
    const rows = await db.query('DELETE FROM announcements WHERE id = $1 RETURNING id', [(request.params as { id: string }).id]);
    if (rows.length === 0) throw notFound('Annonce introuvable.');
    return { status: 204 };
  });

  // The admin's current establishment's levels and divisions (Me.currentUai), not every school's.
  operation(app, contract, 'getAudienceOptions', 'admin', async (request) => ({ status: 200, body: await audienceOptions(db, requireUser(request).uais[0]) }));

  operation(app, contract, 'countAudience', 'admin', async (request) => {
    const now = ctx.now();
    // The same checks as an announcement's audience; fields named from this body, the audience itself.
    const probe = { kind: 'information', title: 'x', body: '', startsAt: isoParis(now), channel: 'home', state: 'draft', audience: request.body };
    const { errors, input } = validateAnnouncement(probe, await knownTargets(db));
    if (!input) throw invalid(errors.filter((e) => e.field.startsWith('audience')).map((e) => ({ ...e, field: e.field.replace(/^audience\.?/, '') })));
    return { status: 200, body: { count: countAudience(input.audience, await loadMembers(db, dateParis(now))) } };
  });
}
