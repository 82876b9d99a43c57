// The composer of <ent-announcement-admin> as plain data: what the admin types, its checks,
// the AnnouncementInput sent, and the announcement the preview renders.
import type { AdminAnnouncement, AnnouncementInput, AnnouncementKind, Attachment, Audience, FormQuestion, Illustration } from '../../shared/api/types.js';
import { isExternalUrl, safeUrl } from '../../shared/url.js';
import { fromParisLocal, toParisLocal } from './paris-time.js';
import type { AnnouncementLike } from '../view.js';

export const TITLE_MAX = 120;
export const BODY_MAX = 10_000;

export type Channel = AnnouncementInput['channel'];

export type QuestionType = 'single' | 'multiple' | 'text';

/** A question of the poll as typed: options one per line. */
export interface DraftQuestion {
  id: string;
  type: QuestionType;
  label: string;
  required: boolean;
  /** One option per line (single and multiple choice). */
  options: string;
  /** Ids of the options of an edited question, by label, so results keep their meaning. */
  optionIds?: Record<string, string>;
}

export const MAX_QUESTIONS = 20;

export interface Draft {
  kind: AnnouncementKind;
  title: string;
  body: string;
  linkUrl: string;
  linkLabel: string;
  /** Paris wall time, "2026-11-24T09:00". */
  startsAt: string;
  endsAt: string;
  /** undefined: the default (true, except for `alerte`). */
  dismissible?: boolean;
  audience: Audience;
  channel: Channel;
  questions: DraftQuestion[];
  illustration?: Illustration;
  attachments: Attachment[];
}

export type DraftField = 'title' | 'body' | 'link.url' | 'link.label' | 'startsAt' | 'endsAt' | 'audience' | 'kind' | 'channel' | 'form' | 'illustration' | 'attachments' | `question.${number}`;

export type DraftProblem =
  | { key: 'invalid.titleRequired' | 'invalid.url' | 'invalid.linkLabel' | 'invalid.start' | 'invalid.endBeforeStart' | 'invalid.questionLabel' | 'invalid.questionOptions' }
  | { key: 'invalid.titleTooLong' | 'invalid.bodyTooLong'; max: number }
  | { key: 'server'; message: string };

/** A new announcement starts now (this minute, Paris wall time): « Publier » means at once. */
export function emptyDraft(now: number): Draft {
  const start = Math.floor(now / 60_000) * 60_000;
  return {
    kind: 'information',
    title: '',
    body: '',
    linkUrl: '',
    linkLabel: '',
    startsAt: toParisLocal(new Date(start).toISOString()),
    endsAt: '',
    audience: { profiles: [], levels: [], divisions: [] },
    channel: 'home',
    questions: [],
    attachments: [],
  };
}

let questionCounter = 0;

export function newQuestion(type: QuestionType = 'single'): DraftQuestion {
  questionCounter++;
  return { id: `q${Date.now().toString(36)}${questionCounter}`, type, label: '', required: true, options: '' };
}

function optionLines(q: DraftQuestion): string[] {
  return q.options
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function draftFrom(a: AdminAnnouncement): Draft {
  return {
    kind: a.kind,
    title: a.title,
    body: a.body,
    linkUrl: a.link?.url ?? '',
    linkLabel: a.link?.label ?? '',
    startsAt: toParisLocal(a.startsAt),
    endsAt: toParisLocal(a.endsAt ?? null),
    dismissible: a.dismissible,
    audience: { profiles: [...a.audience.profiles], levels: [...a.audience.levels], divisions: [...a.audience.divisions] },
    channel: a.channel,
    questions: (a.form?.questions ?? []).map((q) => ({
      id: q.id,
      type: q.type,
      label: q.label,
      required: q.required,
      options: (q.options ?? []).map((o) => o.label).join('\n'),
      optionIds: Object.fromEntries((q.options ?? []).map((o) => [o.label, o.id])),
    })),
    illustration: a.illustration ? { ...a.illustration } : undefined,
    attachments: [...(a.attachments ?? [])],
  };
}

export function isDismissibleDraft(d: Draft): boolean {
  return d.dismissible ?? d.kind !== 'alerte';
}

/** Problems per field, in the order of the form; empty when the draft can be sent. */
export function validateDraft(d: Draft): Map<DraftField, DraftProblem> {
  const problems = new Map<DraftField, DraftProblem>();
  const title = d.title.trim();
  if (title === '') problems.set('title', { key: 'invalid.titleRequired' });
  else if (title.length > TITLE_MAX) problems.set('title', { key: 'invalid.titleTooLong', max: TITLE_MAX });
  if (d.body.length > BODY_MAX) problems.set('body', { key: 'invalid.bodyTooLong', max: BODY_MAX });
  const url = d.linkUrl.trim();
  if (url !== '' && (safeUrl(url) === undefined || /\s/.test(url))) problems.set('link.url', { key: 'invalid.url' });
  if (url !== '' && d.linkLabel.trim() === '') problems.set('link.label', { key: 'invalid.linkLabel' });
  const start = fromParisLocal(d.startsAt);
  if (!start) problems.set('startsAt', { key: 'invalid.start' });
  const end = d.endsAt ? fromParisLocal(d.endsAt) : undefined;
  if (start && end && Date.parse(end) <= Date.parse(start)) problems.set('endsAt', { key: 'invalid.endBeforeStart' });
  d.questions.forEach((q, i) => {
    if (q.label.trim() === '') problems.set(`question.${i}`, { key: 'invalid.questionLabel' });
    else if (q.type !== 'text' && new Set(optionLines(q)).size < 2) problems.set(`question.${i}`, { key: 'invalid.questionOptions' });
  });
  return problems;
}

/** The request body. */
export function toInput(d: Draft, state: AnnouncementInput['state'], _base?: AdminAnnouncement): AnnouncementInput {
  const url = d.linkUrl.trim();
  const input: AnnouncementInput = {
    kind: d.kind,
    title: d.title.trim(),
    body: d.body,
    startsAt: fromParisLocal(d.startsAt) ?? '',
    endsAt: d.endsAt ? (fromParisLocal(d.endsAt) ?? null) : null,
    dismissible: isDismissibleDraft(d),
    audience: d.audience,
    channel: d.channel,
    state,
  };
  if (url !== '') input.link = { url, label: d.linkLabel.trim(), external: isExternalUrl(url) };
  if (d.illustration) input.illustration = { ...d.illustration, alt: d.illustration.alt.trim() };
  if (d.attachments.length > 0) input.attachments = d.attachments;
  if (d.questions.length > 0) {
    input.form = {
      questions: d.questions.slice(0, MAX_QUESTIONS).map((q) => {
        const question: FormQuestion = { id: q.id, type: q.type, label: q.label.trim(), required: q.required };
        if (q.type !== 'text') {
          const used = new Set<string>();
          question.options = [...new Set(optionLines(q))].map((label, i) => {
            let id = q.optionIds?.[label] ?? `o${i + 1}`;
            while (used.has(id)) id = `${id}-${i + 1}`;
            used.add(id);
            return { id, label };
          });
        } else {
          question.maxLength = 500;
        }
        return question;
      }),
    };
  }
  return input;
}

/** The announcement as users will see it, for the preview. */
export function previewOf(d: Draft, base?: AdminAnnouncement): AnnouncementLike {
  const input = toInput(d, 'draft', base);
  return {
    id: base?.id ?? 'preview',
    kind: input.kind,
    title: input.title || '…',
    body: input.body,
    link: input.link && safeUrl(input.link.url) ? input.link : undefined,
    illustration: input.illustration,
    attachments: input.attachments ?? [],
    startsAt: input.startsAt || new Date().toISOString(),
    endsAt: input.endsAt ?? null,
    dismissible: input.dismissible ?? true,
  };
}

/** The form of the preview (what users will answer). */
export function previewForm(d: Draft, base?: AdminAnnouncement): AnnouncementInput['form'] {
  return toInput(d, 'draft', base).form;
}

const KINDS: readonly AnnouncementKind[] = ['information', 'avertissement', 'alerte'];
const CHANNELS: readonly Channel[] = ['home', 'mail', 'both'];
const QUESTION_TYPES: readonly QuestionType[] = ['single', 'multiple', 'text'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((x) => typeof x === 'string') ? value : undefined;
}

/**
 * A draft read back from storage (typed before a reload), checked field by field: anything
 * malformed (another version, another app's data) gives undefined rather than a broken composer.
 */
export function restoreDraft(value: unknown): Draft | undefined {
  if (!isRecord(value)) return undefined;
  const text = ['title', 'body', 'linkUrl', 'linkLabel', 'startsAt', 'endsAt'] as const;
  if (!text.every((k) => typeof value[k] === 'string')) return undefined;
  if (!KINDS.includes(value.kind as AnnouncementKind) || !CHANNELS.includes(value.channel as Channel)) return undefined;
  if (value.dismissible !== undefined && typeof value.dismissible !== 'boolean') return undefined;
  const audience = isRecord(value.audience) ? value.audience : undefined;
  const profiles = strings(audience?.profiles);
  const levels = strings(audience?.levels);
  const divisions = strings(audience?.divisions);
  if (!profiles || !levels || !divisions) return undefined;
  if (!Array.isArray(value.questions) || !Array.isArray(value.attachments)) return undefined;
  const questions: DraftQuestion[] = [];
  for (const q of value.questions as unknown[]) {
    if (!isRecord(q) || typeof q.id !== 'string' || !QUESTION_TYPES.includes(q.type as QuestionType) || typeof q.label !== 'string' || typeof q.required !== 'boolean' || typeof q.options !== 'string') return undefined;
    const question: DraftQuestion = { id: q.id, type: q.type as QuestionType, label: q.label, required: q.required, options: q.options };
    if (isRecord(q.optionIds) && Object.values(q.optionIds).every((x) => typeof x === 'string')) question.optionIds = q.optionIds as Record<string, string>;
    questions.push(question);
  }
  const attachments: Attachment[] = [];
  for (const f of value.attachments as unknown[]) {
    if (!isRecord(f) || typeof f.id !== 'string' || typeof f.name !== 'string' || typeof f.url !== 'string' || typeof f.size !== 'number' || typeof f.mimeType !== 'string') return undefined;
    attachments.push({ id: f.id, name: f.name, url: f.url, size: f.size, mimeType: f.mimeType });
  }
  let illustration: Illustration | undefined;
  if (value.illustration !== undefined) {
    const i = value.illustration;
    if (!isRecord(i) || typeof i.url !== 'string' || typeof i.alt !== 'string') return undefined;
    illustration = { url: i.url, alt: i.alt };
  }
  const draft: Draft = {
    kind: value.kind as AnnouncementKind,
    title: value.title as string,
    body: value.body as string,
    linkUrl: value.linkUrl as string,
    linkLabel: value.linkLabel as string,
    startsAt: value.startsAt as string,
    endsAt: value.endsAt as string,
    audience: { profiles: profiles as Audience['profiles'], levels, divisions },
    channel: value.channel as Channel,
    questions: questions.slice(0, MAX_QUESTIONS),
    attachments,
  };
  if (value.dismissible !== undefined) draft.dismissible = value.dismissible as boolean;
  if (illustration) draft.illustration = illustration;
  return draft;
}

/** Maps a 422 field path to the composer's field. */
export function draftField(path: string): DraftField | undefined {
  if (path === 'title' || path === 'body' || path === 'startsAt' || path === 'endsAt' || path === 'kind' || path === 'channel') return path;
  if (path === 'link.url' || path === 'link') return 'link.url';
  if (path === 'link.label') return 'link.label';
  if (path.startsWith('audience')) return 'audience';
  if (path.startsWith('illustration')) return 'illustration';
  if (path.startsWith('attachments')) return 'attachments';
  const question = /^form\.questions(?:\.|\[)(\d+)/.exec(path);
  if (question) return `question.${Number(question[1])}`;
  if (path.startsWith('form')) return 'form';
  return undefined;
}
