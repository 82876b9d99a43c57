// The affectation console's paths, under /affectation/establishments/{uai}/. Only the
// establishment's responsables d'affectation get in (403 otherwise).
import type { RequestHandler } from 'msw';
import type { AssignmentPreview, AssignmentRequest, FieldError, Public, PublicSizes, StatisticsRow, TargetType } from '../api.js';
import { presentAt } from '../data/directory.js';
import {
  assignmentView,
  dashboard,
  personView,
  plan,
  PUBLICS,
  searchPeople,
  statistics,
  statisticsMonths,
  STATISTICS_THRESHOLD,
  subscriptionView,
  validateRequest,
  type EstablishmentState,
} from '../domain/affectation.js';
import { isObject } from '../domain/validation.js';
import { enumParam, idempotentJson, intParam, isAnswer, page, readJson, requireResponsable, route, type Context } from '../http.js';
import { invalid, notFound } from '../problems.js';
import { commit } from '../state.js';
import { dateParis, isoParis, monthParis, schoolYearStart } from '../time.js';

const TARGET_TYPES: readonly TargetType[] = ['division', 'groupe', 'personne', 'profil'];
const PATH = '/affectation/establishments/:uai';

/** The shape of an AssignmentRequest, checked as a server would before looking at the data. */
function checkAssignmentRequest(body: unknown): { errors: FieldError[]; request?: AssignmentRequest } {
  const errors: FieldError[] = [];
  const add = (field: string, code: string, message: string): void => {
    errors.push({ field, code, message });
  };
  if (!isObject(body)) return { errors: [{ field: '', code: 'type', message: 'Un objet JSON est attendu.' }] };
  for (const key of Object.keys(body)) if (!['subscriptionIds', 'public', 'targets'].includes(key)) add(key, 'unknown-field', `Champ inconnu : ${key}.`);
  const { subscriptionIds, targets } = body;
  if (!Array.isArray(subscriptionIds) || subscriptionIds.length === 0) add('subscriptionIds', 'required', 'Choisissez au moins un abonnement.');
  else if (subscriptionIds.length > 200) add('subscriptionIds', 'too-many', '200 abonnements au plus par demande.');
  else subscriptionIds.forEach((id, i) => typeof id !== 'string' && add(`subscriptionIds[${i}]`, 'type', 'Identifiant attendu.'));
  if (!PUBLICS.includes(body.public as Public)) add('public', 'enum', 'Public : élève, enseignant, documentaliste ou personnel.');
  if (!Array.isArray(targets) || targets.length === 0) add('targets', 'required', 'Choisissez au moins une cible.');
  else if (targets.length > 500) add('targets', 'too-many', '500 cibles au plus par demande.');
  else {
    targets.forEach((target: unknown, i) => {
      if (!isObject(target) || !TARGET_TYPES.includes(target.type as TargetType) || typeof target.id !== 'string' || target.id === '') {
        add(`targets[${i}]`, 'type', 'Cible invalide : { type: division | groupe | personne | profil, id }.');
      } else {
        for (const key of Object.keys(target)) if (!['type', 'id', 'label'].includes(key)) add(`targets[${i}].${key}`, 'unknown-field', `Champ inconnu : ${key}.`);
      }
    });
  }
  if (errors.length > 0) return { errors };
  const request = body as unknown as AssignmentRequest;
  // `label` is read-only: what is kept is the type and the id.
  return { errors, request: { subscriptionIds: request.subscriptionIds, public: request.public, targets: request.targets.map((t) => ({ type: t.type, id: t.id })) } };
}

/** One request, or a batch (`requests`, one per public) applied all or nothing together. */
function checkAssignmentBody(body: unknown): { errors: FieldError[]; requests?: AssignmentRequest[] } {
  if (!isObject(body) || !('requests' in body)) {
    const { errors, request } = checkAssignmentRequest(body);
    return request ? { errors, requests: [request] } : { errors };
  }
  const errors: FieldError[] = [];
  for (const key of Object.keys(body)) if (key !== 'requests') errors.push({ field: key, code: 'unknown-field', message: `Champ inconnu : ${key}.` });
  const list = body.requests;
  if (!Array.isArray(list) || list.length === 0 || list.length > 4) {
    return { errors: [...errors, { field: 'requests', code: 'required', message: 'De 1 à 4 demandes (une par public).' }] };
  }
  const requests: AssignmentRequest[] = [];
  const pairs = new Set<string>();
  list.forEach((item: unknown, i) => {
    const checked = checkAssignmentRequest(item);
    errors.push(...checked.errors.map((e) => ({ ...e, field: `requests[${i}]${e.field ? `.${e.field}` : ''}` })));
    if (!checked.request) return;
    for (const id of checked.request.subscriptionIds) {
      const pair = `${id} ${checked.request.public}`;
      if (pairs.has(pair)) errors.push({ field: `requests[${i}]`, code: 'duplicate', message: 'Un même abonnement et un même public ne figurent qu’une fois dans un lot.' });
      pairs.add(pair);
    }
    requests.push(checked.request);
  });
  return errors.length > 0 ? { errors } : { errors, requests };
}

function sizes(state: EstablishmentState, ids: string[], day: string, publics: readonly Public[]): PublicSizes {
  const result: PublicSizes = {};
  for (const pub of publics) result[pub] = 0;
  for (const id of ids) {
    const person = state.directory.personById.get(id)!;
    if (presentAt(person, day) && !state.recovered.has(id) && person.profile in result) result[person.profile] = (result[person.profile] ?? 0) + 1;
  }
  return result;
}

function guard(ctx: Context): ReturnType<typeof requireResponsable> {
  return requireResponsable(ctx, ctx.params.uai ?? '');
}

export function affectationHandlers(base: string): RequestHandler[] {
  return [
    route('get', base, `${PATH}/subscriptions`, (ctx) => {
      const access = guard(ctx);
      if (isAnswer(access)) return access;
      const day = dateParis(ctx.now);
      return { status: 200, body: { subscriptions: access.state.subscriptions.map((s) => subscriptionView(access.state, s, day)) } };
    }),

    route('get', base, `${PATH}/populations`, (ctx) => {
      const access = guard(ctx);
      if (isAnswer(access)) return access;
      const { state } = access;
      const day = dateParis(ctx.now);
      const classes: readonly Public[] = ['eleve', 'enseignant'];
      return {
        status: 200,
        body: {
          divisions: state.directory.divisions.map((d) => ({ id: d.id, code: d.code, name: d.name, level: d.level, size: sizes(state, d.memberIds, day, classes) })),
          groups: state.directory.groups.map((g) => ({ id: g.id, name: g.name, divisionIds: g.divisionIds, size: sizes(state, g.memberIds, day, classes) })),
          profiles: sizes(state, state.directory.people.map((p) => p.id), day, PUBLICS),
        },
      };
    }),

    route('get', base, `${PATH}/people`, (ctx) => {
      const access = guard(ctx);
      if (isAnswer(access)) return access;
      const { url } = ctx;
      const errors: FieldError[] = [];
      const q = url.searchParams.get('q') ?? undefined;
      if (q !== undefined && q.length > 100) errors.push({ field: 'q', code: 'too-long', message: '100 caractères au plus.' });
      const profile = enumParam(url, 'profile', PUBLICS, errors);
      const status = enumParam(url, 'status', ['present', 'departed', 'new', 'all'] as const, errors) ?? 'present';
      const unassignedRaw = url.searchParams.get('unassigned');
      if (unassignedRaw !== null && !['true', 'false'].includes(unassignedRaw)) errors.push({ field: 'unassigned', code: 'type', message: '« unassigned » vaut true ou false.' });
      const pageNumber = intParam(url, 'page', 1, 1, 100_000, errors);
      const pageSize = intParam(url, 'pageSize', 50, 1, 500, errors);
      if (errors.length > 0) return invalid(errors);
      const query = { status, unassigned: unassignedRaw === 'true' } as Parameters<typeof searchPeople>[1];
      if (q) query.q = q;
      if (profile) query.profile = profile;
      const division = url.searchParams.get('division');
      const group = url.searchParams.get('group');
      if (division) query.division = division;
      if (group) query.group = group;
      const found = searchPeople(access.state, query, ctx.now);
      const result = page(found, pageNumber, pageSize);
      return { status: 200, body: { ...result, items: result.items.map((p) => personView(access.state, p)) } };
    }),

    route('get', base, `${PATH}/assignments`, (ctx) => {
      const access = guard(ctx);
      if (isAnswer(access)) return access;
      const { url } = ctx;
      const { state } = access;
      const errors: FieldError[] = [];
      const targetType = enumParam(url, 'targetType', TARGET_TYPES, errors);
      const pageNumber = intParam(url, 'page', 1, 1, 100_000, errors);
      const pageSize = intParam(url, 'pageSize', 50, 1, 500, errors);
      if (errors.length > 0) return invalid(errors);
      const subscriptionId = url.searchParams.get('subscriptionId');
      const targetId = url.searchParams.get('targetId');
      const personId = url.searchParams.get('personId');
      const found = [...state.assignments.values()].filter(
        (a) =>
          (!subscriptionId || a.subscriptionId === subscriptionId) &&
          (!targetType || a.target.type === targetType) &&
          (!targetId || a.target.id === targetId) &&
          (!personId || (!state.recovered.has(personId) && a.members.includes(personId))),
      );
      // Newest first, as a console shows them.
      found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
      const result = page(found, pageNumber, pageSize);
      return { status: 200, body: { ...result, items: result.items.map((a) => assignmentView(state, a)) } };
    }),

    route('post', base, `${PATH}/assignments`, async (ctx) => {
      const access = guard(ctx);
      if (isAnswer(access)) return access;
      return idempotentJson(ctx, access.user.id, (body, idempotency) => {
        // From here on, no await: the check and the change happen in one synchronous step.
        const { errors, requests } = checkAssignmentBody(body);
        if (!requests) return invalid(errors);
        const day = dateParis(ctx.now);
        const business = requests.flatMap((request, i) =>
          validateRequest(access.state, request, day).map((e) => (requests.length > 1 ? { ...e, field: `requests[${i}].${e.field}` } : e)),
        );
        if (business.length > 0) return invalid(business);
        const op = { t: 'assign' as const, at: ctx.now.toISOString(), user: access.user.id, uai: access.state.uai, requests, ...idempotency };
        return commit(ctx.world, op);
      });
    }),

    route('post', base, `${PATH}/assignments/preview`, async (ctx) => {
      const access = guard(ctx);
      if (isAnswer(access)) return access;
      const read = await readJson(ctx.request);
      if (isAnswer(read)) return read;
      const { errors, request } = checkAssignmentRequest(read.body);
      if (!request) return invalid(errors);
      const day = dateParis(ctx.now);
      const business = validateRequest(access.state, request, day);
      if (business.length > 0) return invalid(business);
      const lines = plan(access.state, request, day).map(({ reachedIds: _ignored, ...line }) => line);
      const body: AssignmentPreview = { lines, fits: lines.every((l) => l.shortfall === 0) };
      return { status: 200, body };
    }),

    route('post', base, `${PATH}/assignments/remove`, async (ctx) => {
      const access = guard(ctx);
      if (isAnswer(access)) return access;
      return idempotentJson(ctx, access.user.id, (body, idempotency) => {
        if (!isObject(body) || !Array.isArray(body.assignmentIds) || body.assignmentIds.length === 0 || body.assignmentIds.length > 5000 || body.assignmentIds.some((id) => typeof id !== 'string') || Object.keys(body).some((k) => k !== 'assignmentIds')) {
          return invalid([{ field: 'assignmentIds', code: 'required', message: 'Une liste de 1 à 5 000 identifiants d’affectation est attendue.' }]);
        }
        return commit(ctx.world, { t: 'unassign', at: ctx.now.toISOString(), user: access.user.id, uai: access.state.uai, ids: body.assignmentIds as string[], ...idempotency });
      });
    }),

    route('delete', base, `${PATH}/assignments/:assignmentId`, (ctx) => {
      const access = guard(ctx);
      if (isAnswer(access)) return access;
      const id = ctx.params.assignmentId!;
      if (!access.state.assignments.has(id)) return notFound('Cette affectation n’existe pas (déjà retirée ?).');
      return commit(ctx.world, { t: 'unassign', at: ctx.now.toISOString(), user: access.user.id, uai: access.state.uai, ids: [id] });
    }),

    route('get', base, `${PATH}/dashboard`, (ctx) => {
      const access = guard(ctx);
      if (isAnswer(access)) return access;
      return { status: 200, body: { items: dashboard(access.state, ctx.now), generatedAt: isoParis(ctx.now) } };
    }),

    route('post', base, `${PATH}/licences/recover`, async (ctx) => {
      const access = guard(ctx);
      if (isAnswer(access)) return access;
      return idempotentJson(ctx, access.user.id, (body, idempotency) => {
        if (!isObject(body) || Object.keys(body).some((k) => k !== 'personIds') || (body.personIds !== undefined && (!Array.isArray(body.personIds) || body.personIds.some((id) => typeof id !== 'string')))) {
          return invalid([{ field: 'personIds', code: 'type', message: 'Une liste d’identifiants de personnes est attendue (ou rien pour tous les départs).' }]);
        }
        const op = { t: 'recover' as const, at: ctx.now.toISOString(), user: access.user.id, uai: access.state.uai, ...(body.personIds ? { ids: body.personIds as string[] } : {}), ...idempotency };
        return commit(ctx.world, op);
      });
    }),

    route('get', base, `${PATH}/statistics`, (ctx) => {
      const access = guard(ctx);
      if (isAnswer(access)) return access;
      const { url } = ctx;
      const errors: FieldError[] = [];
      const month = (name: string): string | undefined => {
        const raw = url.searchParams.get(name);
        if (raw === null || raw === '') return undefined;
        if (!/^[0-9]{4}-(0[1-9]|1[0-2])$/.test(raw)) errors.push({ field: name, code: 'pattern', message: 'Mois attendu au format AAAA-MM.' });
        return raw;
      };
      const from = month('from');
      const to = month('to');
      if (errors.length === 0 && from && to && from > to) errors.push({ field: 'from', code: 'after-to', message: '« from » doit précéder « to ».' });
      if (errors.length > 0) return invalid(errors);
      const subscriptionId = url.searchParams.get('subscriptionId') ?? undefined;
      if (subscriptionId && !access.state.subscriptionById.has(subscriptionId)) return notFound('Abonnement inconnu.');
      const current = monthParis(ctx.now);
      const months = statisticsMonths(from, to, schoolYearStart(ctx.now), ctx.now).filter((m) => m <= current);
      const rows: StatisticsRow[] = statistics(access.state, months, ctx.now, subscriptionId);
      return { status: 200, body: { threshold: STATISTICS_THRESHOLD, months, rows } };
    }),
  ];
}
