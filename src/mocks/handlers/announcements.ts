// Targeted announcements: the signed-in user's list, dismissal and form answers; the admins'
// CRUD, audience options and counts. Each announcement belongs to one establishment: it reaches
// that school's people only, and its admins manage it from that school (their Me.currentUai).
import type { RequestHandler } from 'msw';
import type { Announcement } from '../api.js';
import type { AnnouncementRec } from '../data/announcements.js';
import { countAudience, audienceOptions, type AudienceMember } from '../domain/audience.js';
import { adminView, userView, validateAnnouncement, validateAnswers, visibleTo } from '../domain/announcements.js';
import { isObject } from '../domain/validation.js';
import { idempotentJson, isAnswer, readJson, requireAdmin, requireUser, route, type Context } from '../http.js';
import { invalid, notFound, problem } from '../problems.js';
import { announcements, commit, establishment, members } from '../state.js';
import { ESTABLISHMENTS, type UserRecord } from '../data/users.js';
import { dateParis, isoParis } from '../time.js';

const SEVERITY = { alerte: 0, avertissement: 1, information: 2 } as const;

/** The user as one of this establishment's members; none if it is not one of theirs. */
function memberIn(ctx: Context, user: UserRecord, uai: string): AudienceMember | undefined {
  if (!user.establishments.includes(uai)) return undefined;
  return members(ctx.world, dateParis(ctx.now), uai).find((m) => m.id === user.id) ?? { id: user.id, profile: user.profile, levels: [], divisions: [], parents: 0 };
}

/** The announcement if this user may see it now (404 otherwise: no hint that it exists). */
function visible(ctx: Context, user: UserRecord): AnnouncementRec | undefined {
  const record = announcements(ctx.world).get(ctx.params.id!);
  const member = record && memberIn(ctx, user, record.uai);
  return record && member && visibleTo(record, member, ctx.now) ? record : undefined;
}

/** The admin's current establishment (Me.currentUai): the one whose announcements they manage. */
const currentUai = (admin: UserRecord): string => admin.establishments[0]!;

/** One of the admin's current establishment's announcements (another school's is a 404). */
function managed(ctx: Context, admin: UserRecord): AnnouncementRec | undefined {
  const record = announcements(ctx.world).get(ctx.params.id!);
  return record?.uai === currentUai(admin) ? record : undefined;
}

function options(ctx: Context, uai: string) {
  const state = establishment(ctx.world, uai);
  return audienceOptions(state ? [state.directory] : []);
}

/** The levels and divisions an announcement of this establishment may name. */
function known(ctx: Context, uai: string): { levels: Set<string>; divisions: Set<string> } {
  const { levels, divisions } = options(ctx, uai);
  return { levels: new Set(levels), divisions: new Set(divisions.map((d) => d.id)) };
}

export function announcementHandlers(base: string): RequestHandler[] {
  return [
    route('get', base, '/announcements', (ctx) => {
      const user = requireUser(ctx);
      if (isAnswer(user)) return user;
      const member = new Map(user.establishments.map((uai) => [uai, memberIn(ctx, user, uai)!]));
      const list: Announcement[] = [...announcements(ctx.world).values()]
        .filter((record) => member.has(record.uai) && visibleTo(record, member.get(record.uai)!, ctx.now))
        .sort((a, b) => SEVERITY[a.input.kind] - SEVERITY[b.input.kind] || b.input.startsAt.localeCompare(a.input.startsAt))
        .map((record) => userView(record, user.id, ESTABLISHMENTS[record.uai]?.name));
      return { status: 200, body: { announcements: list, serverTime: isoParis(ctx.now) } };
    }),

    route('post', base, '/announcements/:id/read', (ctx) => {
      const user = requireUser(ctx);
      if (isAnswer(user)) return user;
      const record = visible(ctx, user);
      if (!record) return notFound('Annonce introuvable.');
      if (!(record.input.dismissible ?? record.input.kind !== 'alerte')) return problem(403, 'forbidden', 'Cette annonce ne peut pas être masquée.');
      return commit(ctx.world, { t: 'read', at: ctx.now.toISOString(), user: user.id, id: record.id, on: true });
    }),

    route('delete', base, '/announcements/:id/read', (ctx) => {
      const user = requireUser(ctx);
      if (isAnswer(user)) return user;
      const record = visible(ctx, user);
      if (!record) return notFound('Annonce introuvable.');
      return commit(ctx.world, { t: 'read', at: ctx.now.toISOString(), user: user.id, id: record.id, on: false });
    }),

    route('post', base, '/announcements/:id/form-responses', async (ctx) => {
      const user = requireUser(ctx);
      if (isAnswer(user)) return user;
      return idempotentJson(ctx, user.id, (body, idempotency) => {
        const record = visible(ctx, user);
        if (!record?.input.form) return notFound('Aucun formulaire à remplir ici.');
        if (record.responses.has(user.id)) return problem(409, 'already-answered', 'Vous avez déjà répondu à ce formulaire.');
        const { errors, answers } = validateAnswers(record.input.form.questions, body);
        if (!answers) return invalid(errors, 'Certaines réponses manquent ou sont invalides.');
        return commit(ctx.world, { t: 'answer', at: ctx.now.toISOString(), user: user.id, id: record.id, answers, ...idempotency });
      });
    }),

    route('get', base, '/admin/announcements', (ctx) => {
      const admin = requireAdmin(ctx);
      if (isAnswer(admin)) return admin;
      const uai = currentUai(admin);
      const everyone = members(ctx.world, dateParis(ctx.now), uai);
      const list = [...announcements(ctx.world).values()]
        .filter((record) => record.uai === uai)
        .sort((a, b) => b.input.startsAt.localeCompare(a.input.startsAt) || a.id.localeCompare(b.id))
        .map((record) => adminView(record, everyone, ctx.now));
      return { status: 200, body: { announcements: list } };
    }),

    route('post', base, '/admin/announcements', async (ctx) => {
      const admin = requireAdmin(ctx);
      if (isAnswer(admin)) return admin;
      return idempotentJson(ctx, admin.id, (body, idempotency) => {
        const uai = currentUai(admin);
        const { errors, input } = validateAnnouncement(body, known(ctx, uai));
        if (!input) return invalid(errors);
        return commit(ctx.world, { t: 'announcement-create', at: ctx.now.toISOString(), user: admin.id, uai, input, ...idempotency });
      });
    }),

    route('get', base, '/admin/announcements/:id', (ctx) => {
      const admin = requireAdmin(ctx);
      if (isAnswer(admin)) return admin;
      const record = managed(ctx, admin);
      if (!record) return notFound('Annonce introuvable.');
      return { status: 200, body: adminView(record, members(ctx.world, dateParis(ctx.now), record.uai), ctx.now) };
    }),

    route('put', base, '/admin/announcements/:id', async (ctx) => {
      const admin = requireAdmin(ctx);
      if (isAnswer(admin)) return admin;
      const read = await readJson(ctx.request);
      if (isAnswer(read)) return read;
      const record = managed(ctx, admin);
      if (!record) return notFound('Annonce introuvable.');
      const { errors, input } = validateAnnouncement(read.body, known(ctx, record.uai));
      if (!input) return invalid(errors);
      return commit(ctx.world, { t: 'announcement-update', at: ctx.now.toISOString(), user: admin.id, id: record.id, input });
    }),

    route('delete', base, '/admin/announcements/:id', (ctx) => {
      const admin = requireAdmin(ctx);
      if (isAnswer(admin)) return admin;
      if (!managed(ctx, admin)) return notFound('Annonce introuvable.');
      return commit(ctx.world, { t: 'announcement-delete', at: ctx.now.toISOString(), user: admin.id, id: ctx.params.id! });
    }),

    route('get', base, '/admin/audience', (ctx) => {
      const admin = requireAdmin(ctx);
      if (isAnswer(admin)) return admin;
      // The levels and divisions of the admin's current establishment (Me.currentUai) only: a
      // collège's admin is not offered the lycée's classes.
      return { status: 200, body: options(ctx, currentUai(admin)) };
    }),

    route('post', base, '/admin/audience/count', async (ctx) => {
      const admin = requireAdmin(ctx);
      if (isAnswer(admin)) return admin;
      const read = await readJson(ctx.request);
      if (isAnswer(read)) return read;
      // The same checks as an announcement's audience.
      const probe = { kind: 'information', title: 'x', body: '', startsAt: isoParis(ctx.now), channel: 'home', state: 'draft', audience: read.body };
      const uai = currentUai(admin);
      const { errors, input } = validateAnnouncement(probe, known(ctx, uai));
      if (!input || !isObject(read.body)) {
        // Fields are named from this request's body, which is the audience itself.
        return invalid(errors.filter((e) => e.field.startsWith('audience')).map((e) => ({ ...e, field: e.field.replace(/^audience\.?/, '') })));
      }
      return { status: 200, body: { count: countAudience(input.audience, members(ctx.world, dateParis(ctx.now), uai)) } };
    }),
  ];
}
