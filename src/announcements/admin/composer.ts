// The composer of <ent-announcement-admin>: writing, scheduling and targeting an announcement,
// its files and poll, with a preview identical to what users see. Loaded the first time an
// admin opens it: a page that only lists announcements — or a pupil's page that loads the whole
// bundle — never downloads it. Its state redraws the admin through `host.requestUpdate()`.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { newIdempotencyKey, type ApiClient } from '../../shared/api/client.js';
import { ApiError } from '../../shared/api/errors.js';
import { listOf, readOne, shaped, text } from '../../shared/api/read.js';
import type { AdminAnnouncement, AnnouncementKind, AudienceOptions, Profile } from '../../shared/api/types.js';
import { formatDateTime, formatFileSize } from '../../shared/format.js';
import type { Locale } from '../../shared/i18n.js';
import { sharedMessages as shared } from '../../shared/messages.js';
import { controlValue, field, fieldError, fieldWiring } from '../../shared/field.js';
import { errorMessage, heading, logError } from '../../shared/states.js';
import { readStored, removeStored, writeStored } from '../../shared/storage.js';
import { safeImageUrl, safeUrl } from '../../shared/url.js';
import { adminMessages as a } from './admin-messages.js';
import {
  BODY_MAX,
  draftField,
  draftFrom,
  emptyDraft,
  isDismissibleDraft,
  MAX_QUESTIONS,
  newQuestion,
  previewForm,
  previewOf,
  restoreDraft,
  TITLE_MAX,
  toInput,
  validateDraft,
  type Draft,
  type DraftField,
  type DraftProblem,
  type DraftQuestion,
  type QuestionType,
} from './admin-model.js';
import { newFormState, renderForm } from '../form-view.js';
import { announcementMessages as t } from '../messages.js';
import { addDaysLocal, fromParisLocal } from './paris-time.js';
import { checkUpload, MAX_ATTACHMENTS, sendUpload, UPLOAD_LIMITS, uploadPercent, type Purpose, type UploadProgress } from './upload.js';
import { fileTypeName, renderAnnouncement } from '../view.js';

const texts = listOf(text);
/** What the audience choices rely on in `GET /admin/audience`. */
const audienceOptions = { profiles: texts, levels: texts, divisions: listOf(shaped({ id: text, name: text })) };

const TAG = 'ent-announcement-admin';
const KINDS: AnnouncementKind[] = ['information', 'avertissement', 'alerte'];
const CHANNELS = ['home', 'mail', 'both'] as const;

/** What the composer needs of its <ent-announcement-admin> (a Lit controller host, and more). */
export interface ComposerHost extends ReactiveControllerHost {
  readonly locale: Locale;
  readonly api: ApiClient;
  /** Aborted when the admin leaves the page. */
  readonly signal: AbortSignal;
  /** Where the new announcement being typed is kept between visits (undefined until the user is known). */
  readonly draftKey: string | undefined;
  /** Level of the admin's top heading. */
  readonly level: number;
  readonly shadowRoot: ShadowRoot | null;
  now(): number;
  /** An announcement was saved (the composer has closed). */
  saved(item: AdminAnnouncement): void;
}

interface ActiveUpload {
  id: number;
  name: string;
  /** Undefined until the first progress event: an indeterminate bar until then (or until done). */
  progress?: UploadProgress;
  controller: AbortController;
}

let uploadCounter = 0;

interface ComposerState {
  draft: Draft;
  /** The draft as opened (JSON), to know whether anything was typed. */
  initial: string;
  /** The announcement being edited; undefined for a new one. */
  editing?: AdminAnnouncement;
  problems: Map<DraftField, DraftProblem>;
  saving: boolean;
  /** When the draft was typed, if it was restored from before a reload. */
  restoredAt?: string;
  message: string;
  key?: string;
  keyBody?: string;
}

/** A Lit controller of the admin: its state redraws the admin, and it stops with it. */
export class Composer implements ReactiveController {
  /** The announcement being written; undefined while the composer is closed. */
  private state?: ComposerState;
  /** Profiles, levels and divisions an announcement can target (division names for the list too). */
  options?: AudienceOptions;
  private optionsError = false;
  private reach?: number | 'counting' | 'failed';
  /** The files being sent, with the bytes sent so far when the browser reports them. */
  private uploading: ActiveUpload[] = [];
  /** Last outcome of an upload (sent, cancelled), for the polite status. */
  private uploadStatus = '';
  /** What to do once the admin agrees to drop the text typed in the composer. */
  private pendingDiscard?: () => void;
  private countTimer?: ReturnType<typeof setTimeout>;
  private countRequest = 0;

  constructor(private readonly host: ComposerHost) {
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.state !== undefined;
  }

  /** Whether the draft starts later than this minute: « Programmer » rather than « Publier ». */
  private startsLater(d: Draft): boolean {
    const start = fromParisLocal(d.startsAt);
    return start !== undefined && Date.parse(start) >= Math.floor(this.host.now() / 60_000) * 60_000 + 60_000;
  }

  /** The admin left the page: the pending audience count stops. */
  hostDisconnected(): void {
    clearTimeout(this.countTimer);
  }

  private async loadOptions(): Promise<void> {
    this.optionsError = false;
    this.host.requestUpdate();
    try {
      this.options = readOne<AudienceOptions>('GET /admin/audience', await this.host.api.get('/admin/audience', { signal: this.host.signal }), audienceOptions);
    } catch (error) {
      if (this.host.signal.aborted) return;
      logError(TAG, error);
      this.optionsError = true;
    }
    this.host.requestUpdate();
  }

  /** Whether the composer holds something typed since it opened. */
  private get dirty(): boolean {
    const c = this.state;
    return !!c && JSON.stringify(c.draft) !== c.initial;
  }

  /** Runs `action` now, or after the admin confirms dropping what they typed. */
  guard(action: () => void): void {
    if (!this.dirty) {
      action();
      return;
    }
    this.pendingDiscard = action;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('.discard .danger')?.focus());
  }

  /** Whether a new announcement typed before a reload is waiting (malformed ones are forgotten). */
  hasStoredDraft(): boolean {
    return this.storedDraft() !== undefined;
  }

  /** The new announcement typed before a reload, if any (malformed ones are forgotten). */
  private storedDraft(): { draft: Draft; savedAt: string } | undefined {
    const key = this.host.draftKey;
    const stored = key ? readStored<unknown>(key) : undefined;
    if (!key || !stored) return undefined;
    const draft = restoreDraft(stored.value);
    if (!draft) removeStored(key);
    return draft ? { draft, savedAt: stored.savedAt } : undefined;
  }

  /** Keeps the new announcement being typed (not an edit), or forgets it once nothing is typed. */
  private persistDraft(): void {
    const c = this.state;
    const key = this.host.draftKey;
    if (!c || c.editing || !key) return;
    if (this.dirty) writeStored(key, c.draft, new Date(this.host.now()));
    else removeStored(key);
  }

  private forgetDraft(): void {
    const key = this.host.draftKey;
    if (key) removeStored(key);
  }

  /** Opens the composer: on an announcement, else on a new one (what was typed before a reload, if anything). */
  open(editing?: AdminAnnouncement, focus = true): void {
    this.pendingDiscard = undefined;
    // A new draft typed before is dropped when another announcement is opened (the admin agreed).
    if (editing) this.forgetDraft();
    const stored = editing ? undefined : this.storedDraft();
    const draft = editing ? draftFrom(editing) : (stored?.draft ?? emptyDraft(this.host.now()));
    this.state = {
      draft,
      initial: JSON.stringify(stored ? emptyDraft(this.host.now()) : draft),
      editing,
      problems: new Map(),
      saving: false,
      message: '',
      restoredAt: stored?.savedAt,
    };
    this.host.requestUpdate();
    if (!this.options) void this.loadOptions();
    this.countSoon(0);
    if (focus) void this.host.updateComplete.then(() => this.host.shadowRoot?.getElementById('composer-title')?.focus());
  }

  private close(): void {
    this.pendingDiscard = undefined;
    if (this.state && !this.state.editing) this.forgetDraft();
    this.state = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('.new-button')?.focus());
  }

  private change(patch: Partial<Draft>): void {
    const c = this.state;
    if (!c) return;
    c.draft = { ...c.draft, ...patch };
    if (c.problems.size > 0) {
      const now = validateDraft(c.draft);
      for (const field of [...c.problems.keys()]) {
        if (c.problems.get(field)?.key !== 'server' && !now.has(field)) c.problems.delete(field);
      }
    }
    this.state = { ...c };
    this.host.requestUpdate();
    this.persistDraft();
    if (patch.audience) this.countSoon(300);
  }

  private countSoon(delay: number): void {
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => void this.count(), delay);
  }

  private async count(): Promise<void> {
    const c = this.state;
    if (!c) return;
    const request = ++this.countRequest;
    this.reach = 'counting';
    this.host.requestUpdate();
    try {
      const result = await this.host.api.post('/admin/audience/count', { body: c.draft.audience, signal: this.host.signal });
      if (request === this.countRequest) this.reach = typeof result?.count === 'number' ? result.count : 'failed';
    } catch (error) {
      if (this.host.signal.aborted) return;
      logError(TAG, error);
      if (request === this.countRequest) this.reach = 'failed';
    }
    this.host.requestUpdate();
  }

  private async save(stateWanted: 'draft' | 'published'): Promise<void> {
    const c = this.state;
    if (!c || c.saving) return;
    c.problems = validateDraft(c.draft);
    if (c.problems.size > 0) {
      c.message = a(this.host.locale, 'invalidSummary', { count: c.problems.size });
      this.state = { ...c };
      this.host.requestUpdate();
      await this.focusFirstInvalid();
      return;
    }
    const input = toInput(c.draft, stateWanted, c.editing);
    const text = JSON.stringify(input);
    if (!c.key || c.keyBody !== text) {
      c.key = newIdempotencyKey();
      c.keyBody = text;
    }
    c.saving = true;
    c.message = '';
    this.state = { ...c };
    this.host.requestUpdate();
    try {
      const saved = c.editing
        ? await this.host.api.put('/admin/announcements/{id}', { path: { id: c.editing.id }, body: input, signal: this.host.signal })
        : await this.host.api.post('/admin/announcements', { body: input, idempotencyKey: c.key, signal: this.host.signal });
      this.close();
      this.host.saved(saved);
    } catch (error) {
      if (this.host.signal.aborted) return;
      logError(TAG, error);
      c.saving = false;
      if (error instanceof ApiError && error.kind === 'invalid' && error.fieldErrors.size > 0) {
        c.problems = new Map();
        for (const [path, fieldError] of error.fieldErrors) {
          const field = draftField(path);
          if (field && !c.problems.has(field)) c.problems.set(field, { key: 'server', message: fieldError.message });
        }
      }
      c.message =
        c.problems.size > 0
          ? a(this.host.locale, 'invalidSummary', { count: c.problems.size })
          : a(this.host.locale, 'saveFailed', { reason: errorMessage(this.host.locale, error) });
      this.state = { ...c };
      this.host.requestUpdate();
      if (c.problems.size > 0) await this.focusFirstInvalid();
    }
  }

  private async focusFirstInvalid(): Promise<void> {
    await this.host.updateComplete;
    const first = this.host.shadowRoot?.querySelector<HTMLElement>('.composer form [aria-invalid="true"]');
    const target =
      first?.localName === 'fieldset'
        ? (first.querySelector<HTMLElement>('input[aria-invalid="true"], textarea[aria-invalid="true"]') ?? first.querySelector<HTMLElement>('input, select, textarea'))
        : first;
    target?.focus();
  }

  private problemText(problem: DraftProblem | undefined): string {
    if (!problem) return '';
    if (problem.key === 'server') return problem.message;
    if (problem.key === 'invalid.titleTooLong' || problem.key === 'invalid.bodyTooLong') return a(this.host.locale, problem.key, { max: problem.max });
    return a(this.host.locale, problem.key);
  }

  /** What is wrong with a field of the draft, in words ('' when nothing). */
  private errorOf(field: DraftField): string {
    return this.problemText(this.state?.problems.get(field));
  }

  private renderAudience(c: ComposerState): TemplateResult {
    const locale = this.host.locale;
    const audience = c.draft.audience;
    const toggle = (list: 'profiles' | 'levels' | 'divisions', value: string, on: boolean) => {
      const current = (this.state?.draft.audience[list] ?? []) as string[];
      const next = on ? [...current.filter((x) => x !== value), value] : current.filter((x) => x !== value);
      this.change({ audience: { ...this.state!.draft.audience, [list]: next } });
    };
    const box = (list: 'profiles' | 'levels' | 'divisions', value: string, label: string) => html`<label class="choice"
      ><input type="checkbox" .checked=${live((audience[list] as string[]).includes(value))} @change=${(e: Event) => toggle(list, value, (e.target as HTMLInputElement).checked)} />
      ${label}</label
    >`;
    const error = this.errorOf('audience');
    const group = fieldWiring({ id: 'audience', label: '', hint: true, error });
    const options = this.options;
    return html`<fieldset class="field ${error ? 'invalid' : ''}" aria-invalid=${group.invalid} aria-describedby=${group.describedBy}>
      <legend>${a(locale, 'audience')}</legend>
      <p class="hint" id="audience-hint">${a(locale, 'audienceHint')}</p>
      ${this.optionsError
        ? html`<p class="field-error">${errorMessage(locale, new ApiError('network', ''))}
            <button type="button" class="button" @click=${() => void this.loadOptions()}>${shared(locale, 'retry')}</button></p>`
        : !options
          ? html`<p>${a(locale, 'reachCounting')}</p>`
          : html`<fieldset>
                <legend>${a(locale, 'profiles')}</legend>
                <div class="choices">${options.profiles.map((profile: Profile) => box('profiles', profile, a(locale, `profile.${profile}`)))}</div>
              </fieldset>
              <fieldset>
                <legend>${a(locale, 'levels')}</legend>
                <div class="choices">${options.levels.map((level) => box('levels', level, level))}</div>
              </fieldset>
              <fieldset>
                <legend>${a(locale, 'divisions')}</legend>
                <div class="choices">${options.divisions.map((division) => box('divisions', division.id, division.name))}</div>
              </fieldset>`}
      ${fieldError('audience', error)}
      <p class="reach" role="status">
        ${this.reach === 'counting'
          ? a(locale, 'reachCounting')
          : this.reach === 'failed'
            ? a(locale, 'reachFailed')
            : typeof this.reach === 'number'
              ? a(locale, 'reach', { count: this.reach })
              : ''}
      </p>
    </fieldset>`;
  }

  private async upload(file: File, purpose: Purpose): Promise<void> {
    const c = this.state;
    if (!c) return;
    const field: DraftField = purpose === 'illustration' ? 'illustration' : 'attachments';
    const locale = this.host.locale;
    const problem = checkUpload(file, purpose);
    if (problem) {
      const message = problem.key === 'upload.tooLarge' ? a(locale, problem.key, { name: file.name, maxMb: problem.maxMb }) : a(locale, problem.key, { name: file.name });
      c.problems.set(field, { key: 'server', message });
      this.state = { ...c };
      this.host.requestUpdate();
      return;
    }
    if (purpose === 'attachment' && c.draft.attachments.length >= MAX_ATTACHMENTS) {
      c.problems.set(field, { key: 'server', message: a(locale, 'tooManyAttachments', { max: MAX_ATTACHMENTS }) });
      this.state = { ...c };
      this.host.requestUpdate();
      return;
    }
    const active: ActiveUpload = { id: ++uploadCounter, name: file.name, controller: new AbortController() };
    const stop = () => active.controller.abort();
    this.host.signal.addEventListener('abort', stop, { once: true });
    this.uploading = [...this.uploading, active];
    this.uploadStatus = '';
    this.host.requestUpdate();
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('purpose', purpose);
    try {
      const up = await sendUpload(this.host.api.url('/uploads'), form, {
        headers: await this.host.api.requestHeaders(),
        idempotencyKey: newIdempotencyKey(),
        signal: active.controller.signal,
        onProgress: (progress) => {
          active.progress = progress;
          this.uploading = [...this.uploading];
          this.host.requestUpdate();
        },
      });
      const current = this.state;
      if (!current) return;
      current.problems.delete(field);
      if (purpose === 'illustration') this.change({ illustration: { url: up.url, alt: current.draft.illustration?.alt ?? '' } });
      else this.change({ attachments: [...current.draft.attachments, { id: up.id, name: up.name, url: up.url, size: up.size, mimeType: up.mimeType }] });
      this.uploadStatus = a(locale, 'uploaded', { name: up.name });
    } catch (error) {
      if (this.host.signal.aborted) return;
      if (active.controller.signal.aborted) {
        this.uploadStatus = a(locale, 'uploadCancelled', { name: file.name });
        return;
      }
      logError(TAG, error);
      const current = this.state;
      if (current) {
        current.problems.set(field, { key: 'server', message: a(locale, 'uploadFailed', { name: file.name, reason: errorMessage(locale, error) }) });
        this.state = { ...current };
      }
      this.uploadStatus = '';
    } finally {
      this.host.signal.removeEventListener('abort', stop);
      this.uploading = this.uploading.filter((x) => x !== active);
      this.host.requestUpdate();
    }
  }

  /** One file being sent: a determinate bar once the browser reports bytes, else an indeterminate one; cancel. */
  private renderUploading(up: ActiveUpload): TemplateResult {
    const locale = this.host.locale;
    const percent = uploadPercent(up.progress);
    const label = a(locale, 'uploading', { name: up.name });
    return html`<li class="uploading">
      ${percent === undefined
        ? html`<progress aria-label=${label}></progress> <span>${label}</span>`
        : // The text moves by tens so that screen readers are not flooded; the bar is exact.
          html`<progress max="100" .value=${percent} aria-label=${label}></progress>
            <span>${a(locale, 'uploadingPercent', { name: up.name, percent: Math.floor(percent / 10) * 10 })}</span>`}
      <button type="button" class="button cancel-upload" @click=${() => up.controller.abort()}>${a(locale, 'cancelUpload', { name: up.name })}</button>
    </li>`;
  }

  private renderFiles(c: ComposerState): TemplateResult {
    const locale = this.host.locale;
    const d = c.draft;
    const image = d.illustration ? safeImageUrl(d.illustration.url) : undefined;
    const pick = (purpose: Purpose) => async (e: Event) => {
      const input = e.target as HTMLInputElement;
      const files = [...(input.files ?? [])];
      input.value = '';
      for (const file of files) await this.upload(file, purpose);
    };
    const illustration = d.illustration
      ? html`<div class="uploaded">
          ${image ? html`<img class="thumb" src=${image} alt="" width="96" />` : nothing}
          ${field(
            { id: 'f-alt', label: a(locale, 'illustrationAlt'), hint: a(locale, 'illustrationAltHint') },
            (w) =>
              html`<input id=${w.id} type="text" .value=${live(d.illustration!.alt)} aria-invalid=${w.invalid} aria-describedby=${w.describedBy} @input=${(e: Event) => this.change({ illustration: { ...d.illustration!, alt: controlValue(e) } })} />`,
          )}
          <button type="button" class="button remove-illustration" @click=${() => this.change({ illustration: undefined })}>${a(locale, 'removeIllustration')}</button>
        </div>`
      : nothing;
    const attachments =
      d.attachments.length > 0
        ? html`<ul class="files">
            ${d.attachments.map(
              (file, index) => html`<li>
                ${safeUrl(file.url) ? html`<a href=${safeUrl(file.url)!} download=${file.name}>${file.name}</a>` : file.name}
                <span class="file-meta">(${t(locale, 'attachmentType', { type: fileTypeName(file) })}, ${formatFileSize(locale, file.size)})</span>
                <button type="button" class="button remove-attachment" @click=${() => this.change({ attachments: d.attachments.filter((_, other) => other !== index) })}>
                  ${a(locale, 'removeAttachment', { name: file.name })}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing;
    return html`${field(
        { id: 'f-illustration', label: a(locale, 'illustration'), hint: a(locale, 'illustrationHint'), error: this.errorOf('illustration'), extra: illustration },
        (w) =>
          html`<input id=${w.id} type="file" accept=${UPLOAD_LIMITS.illustration.types.join(',')} aria-invalid=${w.invalid} aria-describedby=${w.describedBy} @change=${pick('illustration')} />`,
      )}
      ${field(
        { id: 'f-attachments', label: a(locale, 'attachments'), hint: a(locale, 'attachmentsHint', { max: MAX_ATTACHMENTS }), error: this.errorOf('attachments'), extra: attachments },
        (w) =>
          html`<input id=${w.id} type="file" multiple accept=${UPLOAD_LIMITS.attachment.extensions} aria-invalid=${w.invalid} aria-describedby=${w.describedBy} @change=${pick('attachment')} />`,
      )}
      <div class="upload-status" role="status">
        ${this.uploading.length > 0 ? html`<ul class="uploads">${repeat(this.uploading, (x) => x.id, (x) => this.renderUploading(x))}</ul>` : this.uploadStatus}
      </div>`;
  }

  private changeQuestion(index: number, patch: Partial<DraftQuestion>): void {
    const questions = [...(this.state?.draft.questions ?? [])];
    const current = questions[index];
    if (!current) return;
    questions[index] = { ...current, ...patch };
    this.change({ questions });
  }

  private renderPoll(c: ComposerState): TemplateResult {
    const locale = this.host.locale;
    const questions = c.draft.questions;
    return html`<fieldset class="field poll">
      <legend>${a(locale, 'poll')}</legend>
      <p class="hint">${a(locale, 'pollHint')}</p>
      ${questions.map((question, index) => {
        const groupId = `question-${index}`;
        const error = this.errorOf(`question.${index}`);
        const group = fieldWiring({ id: groupId, label: '', error });
        const number = index + 1;
        return html`<fieldset class="question-editor ${error ? 'invalid' : ''}" data-index=${index} aria-invalid=${group.invalid} aria-describedby=${group.describedBy}>
          <legend>${a(locale, 'questionN', { n: number })}</legend>
          ${field(
            { id: `q-${index}-type`, label: a(locale, 'questionType') },
            (w) => html`<select id=${w.id} aria-invalid=${w.invalid} @change=${(e: Event) => this.changeQuestion(index, { type: controlValue(e) as QuestionType })}>
              ${(['single', 'multiple', 'text'] as const).map((type) => html`<option value=${type} ?selected=${question.type === type}>${a(locale, `questionType.${type}`)}</option>`)}
            </select>`,
          )}
          ${field(
            // The question's error is its group's: the label is what it is about.
            { id: `q-${index}-label`, label: a(locale, 'questionLabel'), invalid: !!error, describedBy: error ? `${groupId}-error` : undefined },
            (w) => html`<input id=${w.id} type="text" .value=${live(question.label)} aria-invalid=${w.invalid} aria-describedby=${w.describedBy} @input=${(e: Event) => this.changeQuestion(index, { label: controlValue(e) })} />`,
          )}
          ${question.type !== 'text'
            ? field(
                { id: `q-${index}-options`, label: a(locale, 'questionOptions') },
                (w) => html`<textarea id=${w.id} rows="4" .value=${live(question.options)} aria-invalid=${w.invalid} @input=${(e: Event) => this.changeQuestion(index, { options: controlValue(e) })}></textarea>`,
              )
            : nothing}
          <label class="choice"
            ><input type="checkbox" .checked=${live(question.required)} @change=${(e: Event) => this.changeQuestion(index, { required: (e.target as HTMLInputElement).checked })} />
            ${a(locale, 'questionRequired')}</label
          >
          ${fieldError(groupId, error)}
          <div class="actions">
            <button
              type="button"
              class="button remove-question"
              @click=${async () => {
                this.change({ questions: questions.filter((_, other) => other !== index) });
                await this.host.updateComplete;
                this.host.shadowRoot?.querySelector<HTMLElement>('.add-question')?.focus();
              }}
            >
              ${a(locale, 'removeQuestion', { n: number })}
            </button>
          </div>
        </fieldset>`;
      })}
      ${questions.length < MAX_QUESTIONS
        ? html`<button
            type="button"
            class="button add-question"
            @click=${async () => {
              this.change({ questions: [...questions, newQuestion()] });
              await this.host.updateComplete;
              this.host.shadowRoot?.getElementById(`q-${questions.length}-label`)?.focus();
            }}
          >
            ${a(locale, 'addQuestion')}
          </button>`
        : nothing}
    </fieldset>`;
  }

  /** The composer while it is open. */
  render(): TemplateResult | typeof nothing {
    return this.state ? this.renderComposer(this.state) : nothing;
  }

  private renderComposer(c: ComposerState): TemplateResult {
    const locale = this.host.locale;
    const d = c.draft;
    const level = Math.min(6, this.host.level + 1);
    const required = html` <span class="required">${t(locale, 'required')}</span>`;
    const editingDraft = c.editing?.state === 'draft';
    return html`<div class="composer" part="composer">
      <form novalidate @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        void this.save(c.editing && !editingDraft ? 'published' : 'draft');
      }}>
        ${heading(level, html`<span id="composer-title" tabindex="-1">${c.editing ? a(locale, 'composerEdit', { title: c.editing.title }) : a(locale, 'composerNew')}</span>`, 'sub')}
        ${c.restoredAt
          ? html`<div class="draft-notice">
              <p role="status">${a(locale, 'draftRestored', { date: formatDateTime(locale, c.restoredAt) })}</p>
              <button type="button" class="button discard-draft" @click=${() => this.close()}>${a(locale, 'discardDraft')}</button>
            </div>`
          : nothing}
        <fieldset class="field">
          <legend>${a(locale, 'kind')}</legend>
          <div class="choices">
            ${KINDS.map(
              (kind) => html`<label class="choice"
                ><input type="radio" name="kind" .checked=${live(d.kind === kind)} @change=${() => this.change({ kind })} /> ${t(locale, `kind.${kind}`)}</label
              >`,
            )}
          </div>
        </fieldset>
        ${field(
          {
            id: 'f-title',
            label: html`${a(locale, 'fieldTitle')}${required}`,
            hint: `${a(locale, 'titleHint', { count: TITLE_MAX })} — ${t(locale, 'charactersLeft', { count: Math.max(0, TITLE_MAX - d.title.trim().length) })}`,
            error: this.errorOf('title'),
          },
          (w) => html`<input id=${w.id} type="text" .value=${live(d.title)} aria-required="true" aria-invalid=${w.invalid} aria-describedby=${w.describedBy} @input=${(e: Event) => this.change({ title: controlValue(e) })} />`,
        )}
        ${field(
          {
            id: 'f-body',
            label: a(locale, 'body'),
            hint: `${a(locale, 'bodyHint')} ${t(locale, 'charactersLeft', { count: Math.max(0, BODY_MAX - d.body.length) })}`,
            error: this.errorOf('body'),
          },
          (w) => html`<textarea id=${w.id} .value=${live(d.body)} aria-invalid=${w.invalid} aria-describedby=${w.describedBy} @input=${(e: Event) => this.change({ body: controlValue(e) })}></textarea>`,
        )}
        ${field(
          { id: 'f-url', label: a(locale, 'linkUrl'), hint: a(locale, 'linkUrlHint'), error: this.errorOf('link.url') },
          (w) =>
            html`<input id=${w.id} type="text" inputmode="url" autocomplete="url" .value=${live(d.linkUrl)} aria-invalid=${w.invalid} aria-describedby=${w.describedBy} @input=${(e: Event) => this.change({ linkUrl: controlValue(e) })} />`,
        )}
        ${field(
          { id: 'f-label', label: a(locale, 'linkLabel'), error: this.errorOf('link.label') },
          (w) => html`<input id=${w.id} type="text" .value=${live(d.linkLabel)} aria-invalid=${w.invalid} aria-describedby=${w.describedBy} @input=${(e: Event) => this.change({ linkLabel: controlValue(e) })} />`,
        )}
        ${field(
          { id: 'f-start', label: html`${a(locale, 'startsAt')}${required}`, error: this.errorOf('startsAt') },
          (w) =>
            html`<input id=${w.id} type="datetime-local" .value=${live(d.startsAt)} aria-required="true" aria-invalid=${w.invalid} aria-describedby=${w.describedBy} @input=${(e: Event) => this.change({ startsAt: controlValue(e) })} />`,
        )}
        ${field(
          { id: 'f-duration', label: a(locale, 'duration'), hint: a(locale, 'durationHint') },
          (w) => html`<select
            id=${w.id}
            aria-invalid=${w.invalid}
            aria-describedby=${w.describedBy}
            @change=${(e: Event) => {
              const days = Number(controlValue(e));
              if (days > 0 && this.state) this.change({ endsAt: addDaysLocal(this.state.draft.startsAt, days) });
            }}
          >
            <option value="0" ?selected=${true}>${a(locale, 'durationCustom')}</option>
            ${[1, 2, 7, 14, 30].map((days) => html`<option value=${days}>${a(locale, 'durationDays', { count: days })}</option>`)}
          </select>`,
        )}
        ${field(
          { id: 'f-end', label: a(locale, 'endsAt'), error: this.errorOf('endsAt') },
          (w) => html`<input id=${w.id} type="datetime-local" .value=${live(d.endsAt)} aria-invalid=${w.invalid} aria-describedby=${w.describedBy} @input=${(e: Event) => this.change({ endsAt: controlValue(e) })} />`,
        )}
        <div class="field">
          <label class="choice"
            ><input type="checkbox" .checked=${live(isDismissibleDraft(d))} @change=${(e: Event) => this.change({ dismissible: (e.target as HTMLInputElement).checked })} />
            ${a(locale, 'dismissible')}</label
          >
        </div>
        ${this.renderFiles(c)} ${this.renderPoll(c)} ${this.renderAudience(c)}
        <fieldset class="field">
          <legend>${a(locale, 'channel')}</legend>
          <div class="choices">
            ${CHANNELS.map(
              (channel) => html`<label class="choice"
                ><input type="radio" name="channel" .checked=${live(d.channel === channel)} @change=${() => this.change({ channel })} /> ${a(locale, `channel.${channel}`)}</label
              >`,
            )}
          </div>
        </fieldset>
        <p class="form-status ${c.problems.size > 0 || c.message ? 'failed' : ''}" role="status">${c.message}</p>
        <div class="actions">
          ${c.editing && !editingDraft
            ? html`<button type="submit" class="button primary" aria-disabled=${c.saving ? 'true' : 'false'}>${c.saving ? a(locale, 'saving') : a(locale, 'saveChanges')}</button>`
            : html`<button type="submit" class="button" aria-disabled=${c.saving ? 'true' : 'false'}>${c.saving ? a(locale, 'saving') : a(locale, 'saveDraft')}</button>
                <button type="button" class="button primary publish" aria-disabled=${c.saving ? 'true' : 'false'} @click=${() => void this.save('published')}>${a(locale, this.startsLater(d) ? 'scheduleButton' : 'publish')}</button>`}
          <button type="button" class="button cancel" @click=${() => this.guard(() => this.close())}>${a(locale, 'cancel')}</button>
        </div>
        ${this.pendingDiscard
          ? html`<div class="confirm discard" role="group" aria-labelledby="discard-question">
              <p id="discard-question">${a(locale, 'discardQuestion')}</p>
              <button type="button" class="button danger" @click=${() => this.pendingDiscard?.()}>${a(locale, 'discard')}</button>
              <button
                type="button"
                class="button keep"
                @click=${async () => {
                  this.pendingDiscard = undefined;
                  this.host.requestUpdate();
                  await this.host.updateComplete;
                  this.host.shadowRoot?.getElementById('f-title')?.focus();
                }}
              >
                ${a(locale, 'keepEditing')}
              </button>
            </div>`
          : nothing}
      </form>
      <div class="preview" part="preview">
        <p class="preview-label">${a(locale, 'preview')}</p>
        ${renderAnnouncement(previewOf(d, c.editing), {
          locale,
          headingLevel: Math.min(6, level + 1),
          idPrefix: 'preview',
          onDismiss: () => undefined,
          onLink: (event) => event.preventDefault(),
          form: (() => {
            const form = previewForm(d, c.editing);
            return form
              ? renderForm(form, newFormState(), {
                  locale,
                  idPrefix: 'preview',
                  onChange: () => undefined,
                  onSubmit: (event) => event.preventDefault(),
                })
              : undefined;
          })(),
        })}
      </div>
    </div>`;
  }

}
