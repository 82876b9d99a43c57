// Targeted announcements (communication ciblée): what a user sees, what admins see, and the
// checks a server makes on what admins and users send.
import type { AdminAnnouncement, Announcement, AnnouncementInput, FieldError, FormAnswer, FormQuestion, FormResults } from '../api.js';
import type { AnnouncementRec } from '../data/announcements.js';
import { addHours, isoParis } from '../time.js';
import { countAudience, matches, type AudienceMember } from './audience.js';
import { isDateTime, isObject, isSafeUrl } from './validation.js';

/** `dismissible` defaults to true, except for alerts. */
export function resolveInput(input: AnnouncementInput): AnnouncementInput {
  return { ...input, dismissible: input.dismissible ?? input.kind !== 'alerte' };
}

export function status(record: AnnouncementRec, now: Date): AdminAnnouncement['status'] {
  if (record.input.state === 'draft') return 'draft';
  if (new Date(record.input.startsAt) > now) return 'scheduled';
  if (record.input.endsAt && new Date(record.input.endsAt) <= now) return 'ended';
  return 'active';
}

/**
 * On a user's home page: published, for the home page channel, their audience, current or
 * starting within 24 hours (so a page left open shows it on time), not ended.
 */
export function visibleTo(record: AnnouncementRec, member: AudienceMember, now: Date): boolean {
  const { input } = record;
  if (input.state !== 'published' || input.channel === 'mail') return false;
  if (!matches(input.audience, member)) return false;
  if (new Date(input.startsAt) > addHours(now, 24)) return false;
  return !input.endsAt || new Date(input.endsAt) > now;
}

/** A dismissal counts only if it is not older than the last edit. */
export function readAt(record: AnnouncementRec, userId: string): Date | null {
  const at = record.reads.get(userId);
  return at && at >= record.updatedAt ? at : null;
}

/** `establishmentName`: the name of the announcement's establishment (its UAI when unknown). */
export function userView(record: AnnouncementRec, userId: string, establishmentName = record.uai): Announcement {
  const { input } = record;
  const read = readAt(record, userId);
  const view: Announcement = {
    id: record.id,
    kind: input.kind,
    title: input.title,
    body: input.body,
    establishment: { uai: record.uai, name: establishmentName },
    attachments: input.attachments ?? [],
    startsAt: input.startsAt,
    endsAt: input.endsAt ?? null,
    updatedAt: isoParis(record.updatedAt),
    dismissible: input.dismissible ?? input.kind !== 'alerte',
    read: read !== null,
    readAt: read ? isoParis(read) : null,
  };
  if (input.link) view.link = input.link;
  if (input.illustration) view.illustration = input.illustration;
  if (input.form) view.form = { questions: input.form.questions, answered: record.responses.has(userId) };
  return view;
}

function results(record: AnnouncementRec): FormResults | undefined {
  const form = record.input.form;
  if (!form) return undefined;
  const responses = [...record.responses.values()];
  return {
    responses: responses.length,
    questions: form.questions.map((question) => {
      const answers = responses.map((r) => r.answers.find((a) => a.questionId === question.id)).filter((a): a is FormAnswer => a !== undefined);
      if (question.type === 'text') return { questionId: question.id, texts: answers.map((a) => a.text ?? '').filter((t) => t !== '') };
      return {
        questionId: question.id,
        options: (question.options ?? []).map((option) => ({ optionId: option.id, count: answers.filter((a) => a.optionIds?.includes(option.id)).length })),
      };
    }),
  };
}

/**
 * `members`: those of the announcement's establishment. `readCount` defaults to the reads held
 * in the record; the server counts them in SQL.
 */
export function adminView(record: AnnouncementRec, members: AudienceMember[], now: Date, readCount = currentReads(record)): AdminAnnouncement {
  const view: AdminAnnouncement = {
    ...structuredClone(record.input),
    id: record.id,
    uai: record.uai,
    status: status(record, now),
    createdAt: isoParis(record.createdAt),
    updatedAt: isoParis(record.updatedAt),
    author: record.author,
    recipients: countAudience(record.input.audience, members),
    readCount,
  };
  const formResults = results(record);
  if (formResults) view.results = formResults;
  return view;
}

/** Readers of the current version (an edit asks everyone to read again), and whoever answered its form. */
function currentReads(record: AnnouncementRec): number {
  const readers = new Set(record.responses.keys());
  for (const [user, at] of record.reads) if (at >= record.updatedAt) readers.add(user);
  return readers.size;
}

const KINDS = ['information', 'avertissement', 'alerte'];
const PROFILES = ['eleve', 'enseignant', 'documentaliste', 'personnel', 'parent', 'admin'];
const INPUT_FIELDS = new Set(['kind', 'title', 'body', 'link', 'illustration', 'attachments', 'form', 'startsAt', 'endsAt', 'dismissible', 'audience', 'channel', 'state']);

/** Checks an AnnouncementInput as the server would; returns the errors, or the input to save. */
export function validateAnnouncement(body: unknown, known: { levels: Set<string>; divisions: Set<string> }): { errors: FieldError[]; input?: AnnouncementInput } {
  const errors: FieldError[] = [];
  const add = (field: string, code: string, message: string): void => {
    errors.push({ field, code, message });
  };
  if (!isObject(body)) return { errors: [{ field: '', code: 'type', message: 'Un objet JSON est attendu.' }] };
  for (const key of Object.keys(body)) if (!INPUT_FIELDS.has(key)) add(key, 'unknown-field', `Champ inconnu : ${key}.`);

  if (!KINDS.includes(body.kind as string)) add('kind', 'enum', 'Choisissez information, avertissement ou alerte.');
  if (typeof body.title !== 'string' || body.title.trim() === '') add('title', 'required', 'Le titre est obligatoire.');
  else if (body.title.length > 120) add('title', 'too-long', 'Le titre dépasse 120 caractères.');
  if (typeof body.body !== 'string') add('body', 'required', 'Le texte est obligatoire.');
  else if (body.body.length > 10_000) add('body', 'too-long', 'Le texte dépasse 10 000 caractères.');

  if (body.link !== undefined) {
    const link = body.link;
    if (!isObject(link)) add('link', 'type', 'Lien invalide.');
    else {
      if (typeof link.url !== 'string' || !isSafeUrl(link.url)) add('link.url', 'unsafe-url', 'L’adresse doit commencer par http(s):// ou être relative à l’ENT.');
      if (typeof link.label !== 'string' || link.label.trim() === '') add('link.label', 'required', 'Donnez un intitulé au lien.');
      if (typeof link.external !== 'boolean') add('link.external', 'type', 'Précisez si le lien est externe.');
    }
  }
  if (body.illustration !== undefined) {
    const image = body.illustration;
    if (!isObject(image)) add('illustration', 'type', 'Illustration invalide.');
    else {
      if (typeof image.url !== 'string' || !isSafeUrl(image.url)) add('illustration.url', 'unsafe-url', 'L’adresse de l’image doit être en http(s) ou relative.');
      if (typeof image.alt !== 'string') add('illustration.alt', 'required', 'Le texte alternatif est obligatoire (vide si l’image est décorative).');
    }
  }
  if (body.attachments !== undefined) {
    if (!Array.isArray(body.attachments)) add('attachments', 'type', 'Liste de pièces jointes attendue.');
    else {
      if (body.attachments.length > 10) add('attachments', 'too-many', 'Dix pièces jointes au plus.');
      body.attachments.forEach((file: unknown, i) => {
        if (!isObject(file) || typeof file.name !== 'string' || file.name === '' || typeof file.mimeType !== 'string' || !Number.isInteger(file.size) || (file.size as number) < 0) {
          add(`attachments[${i}]`, 'type', 'Pièce jointe invalide.');
        } else if (typeof file.url !== 'string' || !isSafeUrl(file.url)) add(`attachments[${i}].url`, 'unsafe-url', 'Adresse de pièce jointe invalide.');
      });
    }
  }
  if (body.form !== undefined) validateForm(body.form, add);

  if (!isDateTime(body.startsAt)) add('startsAt', 'date-time', 'Date de début invalide (ISO 8601 avec fuseau).');
  if (body.endsAt !== undefined && body.endsAt !== null) {
    if (!isDateTime(body.endsAt)) add('endsAt', 'date-time', 'Date de fin invalide (ISO 8601 avec fuseau).');
    else if (isDateTime(body.startsAt) && Date.parse(body.endsAt) <= Date.parse(body.startsAt)) add('endsAt', 'before-start', 'La fin doit suivre le début.');
  }
  if (body.dismissible !== undefined && typeof body.dismissible !== 'boolean') add('dismissible', 'type', '« dismissible » doit être vrai ou faux.');

  const audience = body.audience;
  if (!isObject(audience) || !Array.isArray(audience.profiles) || !Array.isArray(audience.levels) || !Array.isArray(audience.divisions)) {
    add('audience', 'required', 'Le public visé est obligatoire (profils, niveaux, divisions).');
  } else {
    for (const key of Object.keys(audience)) if (!['profiles', 'levels', 'divisions'].includes(key)) add(`audience.${key}`, 'unknown-field', `Champ inconnu : ${key}.`);
    audience.profiles.forEach((p: unknown, i) => {
      if (!PROFILES.includes(p as string)) add(`audience.profiles[${i}]`, 'enum', `Profil inconnu : ${String(p)}.`);
    });
    audience.levels.forEach((l: unknown, i) => {
      if (!known.levels.has(l as string)) add(`audience.levels[${i}]`, 'unknown', `Niveau inconnu : ${String(l)}.`);
    });
    audience.divisions.forEach((d: unknown, i) => {
      if (!known.divisions.has(d as string)) add(`audience.divisions[${i}]`, 'unknown', `Division inconnue : ${String(d)}.`);
    });
  }
  if (!['home', 'mail', 'both'].includes(body.channel as string)) add('channel', 'enum', 'Canal : page d’accueil, messagerie ou les deux.');
  if (!['draft', 'published'].includes(body.state as string)) add('state', 'enum', 'État : brouillon ou publié.');

  if (errors.length > 0) return { errors };
  const input = structuredClone(body) as unknown as AnnouncementInput;
  input.title = input.title.trim();
  return { errors, input: resolveInput(input) };
}

function validateForm(form: unknown, add: (field: string, code: string, message: string) => void): void {
  if (!isObject(form) || !Array.isArray(form.questions)) {
    add('form.questions', 'required', 'Un formulaire a au moins une question.');
    return;
  }
  if (form.questions.length === 0) add('form.questions', 'required', 'Un formulaire a au moins une question.');
  if (form.questions.length > 20) add('form.questions', 'too-many', 'Vingt questions au plus.');
  const ids = new Set<string>();
  form.questions.forEach((q: unknown, i) => {
    const at = `form.questions[${i}]`;
    if (!isObject(q)) {
      add(at, 'type', 'Question invalide.');
      return;
    }
    if (typeof q.id !== 'string' || q.id === '') add(`${at}.id`, 'required', 'Identifiant de question manquant.');
    else if (ids.has(q.id)) add(`${at}.id`, 'duplicate', 'Deux questions ont le même identifiant.');
    else ids.add(q.id);
    if (typeof q.label !== 'string' || q.label.trim() === '') add(`${at}.label`, 'required', 'Intitulé de question manquant.');
    if (typeof q.required !== 'boolean') add(`${at}.required`, 'type', 'Précisez si la question est obligatoire.');
    if (q.type === 'single' || q.type === 'multiple') {
      const options = Array.isArray(q.options) ? q.options : [];
      if (options.length < 2) add(`${at}.options`, 'too-few', 'Au moins deux choix.');
      const optionIds = new Set<string>();
      options.forEach((o: unknown, j) => {
        if (!isObject(o) || typeof o.id !== 'string' || o.id === '' || typeof o.label !== 'string' || o.label.trim() === '') add(`${at}.options[${j}]`, 'type', 'Choix invalide.');
        else if (optionIds.has(o.id)) add(`${at}.options[${j}].id`, 'duplicate', 'Deux choix ont le même identifiant.');
        else optionIds.add(o.id);
      });
    } else if (q.type === 'text') {
      if (q.maxLength !== undefined && (!Number.isInteger(q.maxLength) || (q.maxLength as number) < 1 || (q.maxLength as number) > 2000)) add(`${at}.maxLength`, 'out-of-range', 'Longueur maximale de 1 à 2 000.');
    } else add(`${at}.type`, 'enum', 'Type de question : choix unique, choix multiples ou texte.');
  });
}

/** A user's answers to a form: every required question answered, choices among the options. */
export function validateAnswers(questions: FormQuestion[], body: unknown): { errors: FieldError[]; answers?: FormAnswer[] } {
  const errors: FieldError[] = [];
  const add = (field: string, code: string, message: string): void => {
    errors.push({ field, code, message });
  };
  if (!isObject(body) || !Array.isArray(body.answers)) return { errors: [{ field: 'answers', code: 'required', message: 'Les réponses sont attendues.' }] };
  for (const key of Object.keys(body)) if (key !== 'answers') add(key, 'unknown-field', `Champ inconnu : ${key}.`);
  const byQuestion = new Map<string, FormAnswer>();
  body.answers.forEach((answer: unknown, i) => {
    if (!isObject(answer) || typeof answer.questionId !== 'string') {
      add(`answers[${i}]`, 'type', 'Réponse invalide.');
      return;
    }
    for (const key of Object.keys(answer)) if (!['questionId', 'optionIds', 'text'].includes(key)) add(`answers[${i}].${key}`, 'unknown-field', `Champ inconnu : ${key}.`);
    const { optionIds, text } = answer;
    if (optionIds !== undefined && (!Array.isArray(optionIds) || optionIds.some((id) => typeof id !== 'string'))) {
      add(`answers[${i}].optionIds`, 'type', 'Une liste d’identifiants de choix est attendue.');
      return;
    }
    if (text !== undefined && typeof text !== 'string') {
      add(`answers[${i}].text`, 'type', 'Un texte est attendu.');
      return;
    }
    if (!questions.some((q) => q.id === answer.questionId)) add(`answers.${answer.questionId}`, 'unknown', 'Cette question n’existe pas.');
    else if (byQuestion.has(answer.questionId)) add(`answers.${answer.questionId}`, 'duplicate', 'Une seule réponse par question.');
    else byQuestion.set(answer.questionId, answer as unknown as FormAnswer);
  });
  for (const question of questions) {
    const field = `answers.${question.id}`;
    const answer = byQuestion.get(question.id);
    const optionIds = answer?.optionIds ?? [];
    const text = answer?.text?.trim() ?? '';
    if (question.type === 'text') {
      if (answer?.optionIds !== undefined) add(field, 'type', 'Une réponse en texte est attendue.');
      if (question.required && text === '') add(field, 'required', 'Cette question est obligatoire.');
      if (text.length > (question.maxLength ?? 2000)) add(field, 'too-long', `${question.maxLength ?? 2000} caractères au plus.`);
      continue;
    }
    if (answer?.text !== undefined) add(field, 'type', 'Choisissez parmi les propositions.');
    const valid = new Set((question.options ?? []).map((o) => o.id));
    if (optionIds.some((id) => !valid.has(id))) add(field, 'unknown-option', 'Ce choix n’existe pas.');
    if (question.required && optionIds.length === 0) add(field, 'required', 'Cette question est obligatoire.');
    if (question.type === 'single' && optionIds.length > 1) add(field, 'single', 'Un seul choix possible.');
    if (new Set(optionIds).size !== optionIds.length) add(field, 'duplicate', 'Un choix est donné deux fois.');
  }
  if (errors.length > 0) return { errors };
  // Unanswered optional questions are simply absent.
  return {
    errors,
    answers: [...byQuestion.values()]
      .filter((a) => (a.optionIds?.length ?? 0) > 0 || (a.text?.trim() ?? '') !== '')
      .map((a) => (a.text !== undefined ? { questionId: a.questionId, text: a.text.trim() } : { questionId: a.questionId, optionIds: a.optionIds ?? [] })),
  };
}
