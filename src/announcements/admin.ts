// <ent-announcement-admin>: the establishment's targeted announcements for its admins — list
// by status with read counts and form results, and a composer with a live preview.
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { newIdempotencyKey } from '../shared/api/client.js';
import { ApiError } from '../shared/api/errors.js';
import type { AdminAnnouncement, AnnouncementKind, AudienceOptions, Profile } from '../shared/api/types.js';
import { EntElement } from '../shared/base-element.js';
import { formatDateTime } from '../shared/format.js';
import { readStored, removeStored, storageKey, writeStored } from '../shared/storage.js';
import { emptyView, errorMessage, errorView, forbiddenView, heading, loadingView, logError, signedOutView, stateStyles } from '../shared/states.js';
import { sharedMessages as shared } from '../shared/messages.js';
import { tokens } from '../shared/tokens.js';
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
import { newFormState, renderForm } from './form-view.js';
import { addDaysLocal } from './paris-time.js';
import { delayUntil, nextChange, scheduleStatus } from './schedule.js';
import { checkUpload, MAX_ATTACHMENTS, sendUpload, UPLOAD_LIMITS, uploadPercent, type Purpose, type UploadProgress } from './upload.js';
import { fileTypeName } from './view.js';
import { formatFileSize } from '../shared/format.js';
import { safeImageUrl, safeUrl } from '../shared/url.js';
import { kindIcon } from './icons.js';
import { announcementMessages as t } from './messages.js';
import { regionStyles } from './region-styles.js';
import { announcementStyles } from './styles.js';
import { renderAnnouncement } from './view.js';

const TAG = 'ent-announcement-admin';
const KINDS: AnnouncementKind[] = ['information', 'avertissement', 'alerte'];
const STATUSES: AdminAnnouncement['status'][] = ['active', 'scheduled', 'draft', 'ended'];
const CHANNELS = ['home', 'mail', 'both'] as const;
/** Short-text answers listed before the rest is folded away. */
const TEXTS_SHOWN = 5;

type Phase = 'loading' | 'ready' | 'error' | 'forbidden' | 'signed-out';

interface ActiveUpload {
  id: number;
  name: string;
  /** Undefined until the first progress event: an indeterminate bar until then (or until done). */
  progress?: UploadProgress;
  controller: AbortController;
}

let uploadCounter = 0;

interface Composer {
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

const adminStyles = css`
  .toolbar {
    margin: var(--_space) 0 calc(var(--_space) * 2);
  }
  .group {
    margin-top: calc(var(--_space) * 2);
  }
  .group h3,
  .group h4,
  .group h5,
  .group h6,
  .sub {
    margin: 0 0 var(--_space);
    font-size: 1em;
  }
  .rows {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    --_kind: var(--_info);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_divider);
    border-left: 6px solid var(--_kind);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .row.kind-avertissement {
    --_kind: var(--_warning);
  }
  .row.kind-alerte {
    --_kind: var(--_danger);
  }
  .row .title {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .composer {
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: minmax(0, 1fr);
    margin: var(--_space) 0 calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @media (min-width: 60rem) {
    .composer {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
  }
  .field {
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: 0;
    border: 0;
  }
  .field > label,
  .field > legend {
    display: block;
    margin-bottom: calc(var(--_space) / 2);
    padding: 0;
    font-weight: 600;
  }
  .field input[type='text'],
  .field input[type='datetime-local'],
  .field textarea {
    width: 100%;
    min-height: 2.5em;
    padding: 0.375em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .field textarea {
    min-height: 8em;
    resize: vertical;
  }
  .field.invalid input,
  .field.invalid textarea {
    border: 2px solid var(--_danger);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
  }
  .field fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
  }
  .field fieldset legend {
    font-weight: 600;
    font-size: 0.95em;
    margin-bottom: calc(var(--_space) / 2);
    padding: 0;
  }
  .reach {
    margin: var(--_space) 0 0;
    font-weight: 600;
  }
  .preview {
    align-self: start;
  }
  .preview-label {
    margin: 0 0 var(--_space);
    font-weight: 700;
  }
  .confirm {
    margin-top: var(--_space);
    padding: var(--_space);
    border-left: 4px solid var(--_danger);
    background: var(--_surface);
  }
  .confirm p {
    margin: 0 0 var(--_space);
  }
  .question-editor {
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .question-editor.invalid {
    border: 2px solid var(--_danger);
  }
  .field select {
    min-height: 2.5em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .uploaded {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .thumb {
    max-width: 6em;
    height: auto;
    border-radius: var(--_radius);
  }
  .files {
    margin: var(--_space) 0 0;
    padding-left: 1.25em;
  }
  .files li {
    margin-bottom: calc(var(--_space) / 2);
  }
  .draft-notice {
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: var(--_space);
    border-left: 4px solid var(--_info);
    background: var(--_bg);
  }
  .draft-notice p {
    margin: 0 0 var(--_space);
  }
  .uploads {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .uploading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  .button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: #fff;
  }
`;

/**
 * The establishment's targeted announcements, for its admins: drafts, scheduled, active and
 * ended ones with read counts and form results; a composer (kind, title, restricted rich
 * text, link, schedule in Paris time, audience with the number of people reached, channel)
 * with a preview identical to what users see; save as draft, publish, edit, delete.
 *
 * @summary Administration of targeted announcements (communication ciblée).
 * @event ent-announcement-saved - An announcement was created or edited; `detail` is `{ id, state }`.
 * @event ent-announcement-deleted - An announcement was deleted; `detail` is `{ id }`.
 * @csspart composer - The composer form.
 * @csspart preview - The preview.
 */
export class EntAnnouncementAdmin extends EntElement {
  static override styles = [tokens, stateStyles, regionStyles, announcementStyles, adminStyles];

  static override properties = {
    headingLevel: { attribute: 'heading-level', type: Number },
    now: { attribute: false },
    phase: { state: true },
    error: { state: true },
    items: { state: true },
    composer: { state: true },
    options: { state: true },
    optionsError: { state: true },
    reach: { state: true },
    confirming: { state: true },
    feedback: { state: true },
    uploading: { state: true },
    uploadStatus: { state: true },
    pendingDiscard: { state: true },
    at: { state: true },
  };

  /** Level of the top heading (2–6); sections are below it. */
  headingLevel = 2;

  /** The clock (epoch ms), for tests: where a new announcement starts by default, and when statuses move. */
  now: () => number = () => Date.now();

  private phase: Phase = 'loading';
  private error?: unknown;
  private items: AdminAnnouncement[] = [];
  private composer?: Composer;
  private options?: AudienceOptions;
  private optionsError = false;
  private reach?: number | 'counting' | 'failed';
  private confirming?: string;
  private feedback = '';
  /** The files being sent, with the bytes sent so far when the browser reports them. */
  private uploading: ActiveUpload[] = [];
  /** Last outcome of an upload (sent, cancelled), for the polite status. */
  private uploadStatus = '';
  /** What to do once the admin agrees to drop the text typed in the composer. */
  private pendingDiscard?: () => void;

  /** The instant the list's statuses are shown for (epoch ms): they move at each start and end. */
  private at = 0;

  private countTimer?: ReturnType<typeof setTimeout>;
  private countRequest = 0;
  private scheduleTimer?: ReturnType<typeof setTimeout>;

  private readonly onVisibility = (): void => {
    if (document.visibilityState !== 'hidden' && this.phase === 'ready') this.tick();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    void this.updateComplete.then(() => {
      if (this.isConnected) void this.load();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.countTimer);
    clearTimeout(this.scheduleTimer);
  }

  /** The status shown: a draft stays one; a published announcement follows its schedule while the list is open. */
  private statusOf(item: AdminAnnouncement): AdminAnnouncement['status'] {
    return item.status === 'draft' ? 'draft' : scheduleStatus(item, this.at);
  }

  /** Sets a timer to the next start or end of a published announcement. */
  private reschedule(): void {
    clearTimeout(this.scheduleTimer);
    const delay = delayUntil(nextChange(this.items.filter((x) => x.status !== 'draft'), this.at), this.at);
    if (delay !== undefined && this.isConnected) this.scheduleTimer = setTimeout(() => this.tick(), delay);
  }

  /** Moves announcements whose start or end has come to their new group, says so politely, keeps the focus. */
  private tick(): void {
    const before = new Map(this.items.map((x) => [x.id, this.statusOf(x)]));
    this.at = this.now();
    const moved = this.items.filter((x) => before.get(x.id) !== this.statusOf(x));
    if (moved.length > 0) {
      const locale = this.locale;
      this.feedback = moved
        .map((x) => {
          const status = this.statusOf(x);
          return status === 'draft' ? '' : a(locale, `nowStatus.${status}`, { title: x.title });
        })
        .join(' ');
      // A button of a row that moves is drawn again in another group: focus follows it.
      const active = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
      const row = active?.closest<HTMLElement>('li[data-id]');
      if (active && row && moved.some((x) => x.id === row.dataset.id)) {
        const control = ['edit', 'delete', 'danger'].find((c) => active.classList.contains(c)) ?? 'edit';
        void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(`li[data-id="${CSS.escape(row.dataset.id!)}"] .${control}`)?.focus());
      }
    }
    this.reschedule();
  }

  private get level(): number {
    const n = Number(this.headingLevel);
    return Number.isFinite(n) ? Math.min(6, Math.max(2, Math.round(n))) : 2;
  }

  /** Loads the list again. */
  async load(): Promise<void> {
    try {
      // The session too: what is typed in the composer is kept per user.
      const [list] = await Promise.all([this.api.get('/admin/announcements', { signal: this.signal }), this.ensureSession()]);
      this.items = list.announcements;
      const first = this.phase !== 'ready';
      this.phase = 'ready';
      if (first && !this.composer && this.storedDraft()) this.open(undefined, false);
    } catch (error) {
      if (this.signal.aborted) return;
      logError(TAG, error);
      if (error instanceof ApiError && error.kind === 'forbidden') this.phase = 'forbidden';
      else if (error instanceof ApiError && error.kind === 'unauthorized') this.phase = 'signed-out';
      else if (this.phase !== 'ready') {
        this.phase = 'error';
        this.error = error;
      } else this.feedback = errorMessage(this.locale, error);
    }
  }

  private async loadOptions(): Promise<void> {
    this.optionsError = false;
    try {
      this.options = await this.api.get('/admin/audience', { signal: this.signal });
    } catch (error) {
      if (this.signal.aborted) return;
      logError(TAG, error);
      this.optionsError = true;
    }
  }

  /** Whether the composer holds something typed since it opened. */
  private get dirty(): boolean {
    const c = this.composer;
    return !!c && JSON.stringify(c.draft) !== c.initial;
  }

  /** Runs `action` now, or after the admin confirms dropping what they typed. */
  private guard(action: () => void): void {
    if (!this.dirty) {
      action();
      return;
    }
    this.pendingDiscard = action;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('.discard .danger')?.focus());
  }

  /** Where the new announcement being typed is kept between visits, per user (undefined until the user is known). */
  private get draftKey(): string | undefined {
    const id = this.me?.id;
    return id ? storageKey(TAG, id, 'composer-draft') : undefined;
  }

  /** The new announcement typed before a reload, if any (malformed ones are forgotten). */
  private storedDraft(): { draft: Draft; savedAt: string } | undefined {
    const key = this.draftKey;
    const stored = key ? readStored<unknown>(key) : undefined;
    if (!key || !stored) return undefined;
    const draft = restoreDraft(stored.value);
    if (!draft) removeStored(key);
    return draft ? { draft, savedAt: stored.savedAt } : undefined;
  }

  /** Keeps the new announcement being typed (not an edit), or forgets it once nothing is typed. */
  private persistDraft(): void {
    const c = this.composer;
    const key = this.draftKey;
    if (!c || c.editing || !key) return;
    if (this.dirty) writeStored(key, c.draft, new Date(this.now()));
    else removeStored(key);
  }

  private forgetDraft(): void {
    const key = this.draftKey;
    if (key) removeStored(key);
  }

  /** Opens the composer: on an announcement, else on a new one (what was typed before a reload, if anything). */
  private open(editing?: AdminAnnouncement, focus = true): void {
    this.pendingDiscard = undefined;
    this.feedback = '';
    this.confirming = undefined;
    // A new draft typed before is dropped when another announcement is opened (the admin agreed).
    if (editing) this.forgetDraft();
    const stored = editing ? undefined : this.storedDraft();
    const draft = editing ? draftFrom(editing) : (stored?.draft ?? emptyDraft(this.now()));
    this.composer = {
      draft,
      initial: JSON.stringify(stored ? emptyDraft(this.now()) : draft),
      editing,
      problems: new Map(),
      saving: false,
      message: '',
      restoredAt: stored?.savedAt,
    };
    if (!this.options) void this.loadOptions();
    this.countSoon(0);
    if (focus) void this.updateComplete.then(() => this.shadowRoot?.getElementById('composer-title')?.focus());
  }

  private close(): void {
    this.pendingDiscard = undefined;
    if (this.composer && !this.composer.editing) this.forgetDraft();
    this.composer = undefined;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('.new-button')?.focus());
  }

  private change(patch: Partial<Draft>): void {
    const c = this.composer;
    if (!c) return;
    c.draft = { ...c.draft, ...patch };
    if (c.problems.size > 0) {
      const now = validateDraft(c.draft);
      for (const field of [...c.problems.keys()]) {
        if (c.problems.get(field)?.key !== 'server' && !now.has(field)) c.problems.delete(field);
      }
    }
    this.composer = { ...c };
    this.persistDraft();
    if (patch.audience) this.countSoon(300);
  }

  private countSoon(delay: number): void {
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => void this.count(), delay);
  }

  private async count(): Promise<void> {
    const c = this.composer;
    if (!c) return;
    const request = ++this.countRequest;
    this.reach = 'counting';
    try {
      const result = await this.api.post('/admin/audience/count', { body: c.draft.audience, signal: this.signal });
      if (request === this.countRequest) this.reach = result.count;
    } catch (error) {
      if (this.signal.aborted) return;
      logError(TAG, error);
      if (request === this.countRequest) this.reach = 'failed';
    }
  }

  private async save(stateWanted: 'draft' | 'published'): Promise<void> {
    const c = this.composer;
    if (!c || c.saving) return;
    c.problems = validateDraft(c.draft);
    if (c.problems.size > 0) {
      c.message = a(this.locale, 'invalidSummary', { count: c.problems.size });
      this.composer = { ...c };
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
    this.composer = { ...c };
    try {
      const saved = c.editing
        ? await this.api.put('/admin/announcements/{id}', { path: { id: c.editing.id }, body: input, signal: this.signal })
        : await this.api.post('/admin/announcements', { body: input, idempotencyKey: c.key, signal: this.signal });
      this.items = [saved, ...this.items.filter((x) => x.id !== saved.id)];
      this.feedback = a(this.locale, saved.state === 'published' ? 'published' : 'saved', { title: saved.title });
      this.emit('ent-announcement-saved', { id: saved.id, state: saved.state });
      this.close();
    } catch (error) {
      if (this.signal.aborted) return;
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
          ? a(this.locale, 'invalidSummary', { count: c.problems.size })
          : a(this.locale, 'saveFailed', { reason: errorMessage(this.locale, error) });
      this.composer = { ...c };
      if (c.problems.size > 0) await this.focusFirstInvalid();
    }
  }

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    const first = this.shadowRoot?.querySelector<HTMLElement>('.composer form [aria-invalid="true"]');
    const target =
      first?.localName === 'fieldset'
        ? (first.querySelector<HTMLElement>('input[aria-invalid="true"], textarea[aria-invalid="true"]') ?? first.querySelector<HTMLElement>('input, select, textarea'))
        : first;
    target?.focus();
  }

  private async deleteItem(item: AdminAnnouncement): Promise<void> {
    this.confirming = undefined;
    try {
      await this.api.delete('/admin/announcements/{id}', { path: { id: item.id }, signal: this.signal });
      this.items = this.items.filter((x) => x.id !== item.id);
      this.feedback = a(this.locale, 'deleted', { title: item.title });
      this.emit('ent-announcement-deleted', { id: item.id });
      await this.updateComplete;
      this.shadowRoot?.getElementById('list-title')?.focus();
    } catch (error) {
      if (this.signal.aborted) return;
      logError(TAG, error);
      this.feedback = a(this.locale, 'deleteFailed', { title: item.title });
    }
  }

  private problemText(problem: DraftProblem | undefined): string {
    if (!problem) return '';
    if (problem.key === 'server') return problem.message;
    if (problem.key === 'invalid.titleTooLong' || problem.key === 'invalid.bodyTooLong') return a(this.locale, problem.key, { max: problem.max });
    return a(this.locale, problem.key);
  }

  /** aria attributes and error paragraph of a field. */
  private fieldState(field: DraftField, hintId?: string): { invalid: 'true' | 'false'; describedBy?: string; error: TemplateResult | typeof nothing } {
    const problem = this.composer?.problems.get(field);
    const errorId = `err-${field.replace('.', '-')}`;
    const ids = [problem ? errorId : '', hintId ?? ''].filter(Boolean).join(' ');
    return {
      invalid: problem ? 'true' : 'false',
      describedBy: ids || undefined,
      error: problem ? html`<p class="field-error" id=${errorId}>${this.problemText(problem)}</p>` : nothing,
    };
  }

  private renderAudience(c: Composer): TemplateResult {
    const locale = this.locale;
    const audience = c.draft.audience;
    const toggle = (list: 'profiles' | 'levels' | 'divisions', value: string, on: boolean) => {
      const current = (this.composer?.draft.audience[list] ?? []) as string[];
      const next = on ? [...current.filter((x) => x !== value), value] : current.filter((x) => x !== value);
      this.change({ audience: { ...this.composer!.draft.audience, [list]: next } });
    };
    const box = (list: 'profiles' | 'levels' | 'divisions', value: string, label: string) => html`<label class="choice"
      ><input type="checkbox" .checked=${live((audience[list] as string[]).includes(value))} @change=${(e: Event) => toggle(list, value, (e.target as HTMLInputElement).checked)} />
      ${label}</label
    >`;
    const f = this.fieldState('audience', 'audience-hint');
    const o = this.options;
    return html`<fieldset class="field ${f.invalid === 'true' ? 'invalid' : ''}" aria-invalid=${f.invalid} aria-describedby=${ifDefined(f.describedBy)}>
      <legend>${a(locale, 'audience')}</legend>
      <p class="hint" id="audience-hint">${a(locale, 'audienceHint')}</p>
      ${this.optionsError
        ? html`<p class="field-error">${errorMessage(locale, new ApiError('network', ''))}
            <button type="button" class="button" @click=${() => void this.loadOptions()}>${shared(locale, 'retry')}</button></p>`
        : !o
          ? html`<p>${a(locale, 'reachCounting')}</p>`
          : html`<fieldset>
                <legend>${a(locale, 'profiles')}</legend>
                <div class="choices">${o.profiles.map((p: Profile) => box('profiles', p, a(locale, `profile.${p}`)))}</div>
              </fieldset>
              <fieldset>
                <legend>${a(locale, 'levels')}</legend>
                <div class="choices">${o.levels.map((level) => box('levels', level, level))}</div>
              </fieldset>
              <fieldset>
                <legend>${a(locale, 'divisions')}</legend>
                <div class="choices">${o.divisions.map((d) => box('divisions', d.id, d.name))}</div>
              </fieldset>`}
      ${f.error}
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
    const c = this.composer;
    if (!c) return;
    const field: DraftField = purpose === 'illustration' ? 'illustration' : 'attachments';
    const locale = this.locale;
    const problem = checkUpload(file, purpose);
    if (problem) {
      const message = problem.key === 'upload.tooLarge' ? a(locale, problem.key, { name: file.name, maxMb: problem.maxMb }) : a(locale, problem.key, { name: file.name });
      c.problems.set(field, { key: 'server', message });
      this.composer = { ...c };
      return;
    }
    if (purpose === 'attachment' && c.draft.attachments.length >= MAX_ATTACHMENTS) {
      c.problems.set(field, { key: 'server', message: a(locale, 'tooManyAttachments', { max: MAX_ATTACHMENTS }) });
      this.composer = { ...c };
      return;
    }
    const active: ActiveUpload = { id: ++uploadCounter, name: file.name, controller: new AbortController() };
    const stop = () => active.controller.abort();
    this.signal.addEventListener('abort', stop, { once: true });
    this.uploading = [...this.uploading, active];
    this.uploadStatus = '';
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('purpose', purpose);
    try {
      const up = await sendUpload(this.api.url('/uploads'), form, {
        headers: await this.api.requestHeaders(),
        idempotencyKey: newIdempotencyKey(),
        signal: active.controller.signal,
        onProgress: (progress) => {
          active.progress = progress;
          this.uploading = [...this.uploading];
        },
      });
      const current = this.composer;
      if (!current) return;
      current.problems.delete(field);
      if (purpose === 'illustration') this.change({ illustration: { url: up.url, alt: current.draft.illustration?.alt ?? '' } });
      else this.change({ attachments: [...current.draft.attachments, { id: up.id, name: up.name, url: up.url, size: up.size, mimeType: up.mimeType }] });
      this.uploadStatus = a(locale, 'uploaded', { name: up.name });
    } catch (error) {
      if (this.signal.aborted) return;
      if (active.controller.signal.aborted) {
        this.uploadStatus = a(locale, 'uploadCancelled', { name: file.name });
        return;
      }
      logError(TAG, error);
      const current = this.composer;
      if (current) {
        current.problems.set(field, { key: 'server', message: a(locale, 'uploadFailed', { name: file.name, reason: errorMessage(locale, error) }) });
        this.composer = { ...current };
      }
      this.uploadStatus = '';
    } finally {
      this.signal.removeEventListener('abort', stop);
      this.uploading = this.uploading.filter((x) => x !== active);
    }
  }

  /** One file being sent: a determinate bar once the browser reports bytes, else an indeterminate one; cancel. */
  private renderUploading(up: ActiveUpload): TemplateResult {
    const locale = this.locale;
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

  private renderFiles(c: Composer): TemplateResult {
    const locale = this.locale;
    const d = c.draft;
    const ill = this.fieldState('illustration', 'illustration-hint');
    const att = this.fieldState('attachments', 'attachments-hint');
    const image = d.illustration ? safeImageUrl(d.illustration.url) : undefined;
    const pick = (purpose: Purpose) => async (e: Event) => {
      const input = e.target as HTMLInputElement;
      const files = [...(input.files ?? [])];
      input.value = '';
      for (const file of files) await this.upload(file, purpose);
    };
    return html`<div class="field ${ill.invalid === 'true' ? 'invalid' : ''}">
        <label for="f-illustration">${a(locale, 'illustration')}</label>
        <p class="hint" id="illustration-hint">${a(locale, 'illustrationHint')}</p>
        <input id="f-illustration" type="file" accept=${UPLOAD_LIMITS.illustration.types.join(',')} aria-invalid=${ill.invalid} aria-describedby=${ifDefined(ill.describedBy)} @change=${pick('illustration')} />
        ${ill.error}
        ${d.illustration
          ? html`<div class="uploaded">
              ${image ? html`<img class="thumb" src=${image} alt="" width="96" />` : nothing}
              <div class="field">
                <label for="f-alt">${a(locale, 'illustrationAlt')}</label>
                <input id="f-alt" type="text" .value=${live(d.illustration.alt)} aria-describedby="alt-hint" @input=${(e: Event) => this.change({ illustration: { ...d.illustration!, alt: (e.target as HTMLInputElement).value } })} />
                <p class="hint" id="alt-hint">${a(locale, 'illustrationAltHint')}</p>
              </div>
              <button type="button" class="button remove-illustration" @click=${() => this.change({ illustration: undefined })}>${a(locale, 'removeIllustration')}</button>
            </div>`
          : nothing}
      </div>
      <div class="field ${att.invalid === 'true' ? 'invalid' : ''}">
        <label for="f-attachments">${a(locale, 'attachments')}</label>
        <p class="hint" id="attachments-hint">${a(locale, 'attachmentsHint', { max: MAX_ATTACHMENTS })}</p>
        <input id="f-attachments" type="file" multiple accept=${UPLOAD_LIMITS.attachment.extensions} aria-invalid=${att.invalid} aria-describedby=${ifDefined(att.describedBy)} @change=${pick('attachment')} />
        ${att.error}
        ${d.attachments.length > 0
          ? html`<ul class="files">
              ${d.attachments.map(
                (file, i) => html`<li>
                  ${safeUrl(file.url) ? html`<a href=${safeUrl(file.url)!} download=${file.name}>${file.name}</a>` : file.name}
                  <span class="file-meta">(${t(locale, 'attachmentType', { type: fileTypeName(file) })}, ${formatFileSize(locale, file.size)})</span>
                  <button type="button" class="button remove-attachment" @click=${() => this.change({ attachments: d.attachments.filter((_, j) => j !== i) })}>
                    ${a(locale, 'removeAttachment', { name: file.name })}
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing}
      </div>
      <div class="upload-status" role="status">
        ${this.uploading.length > 0 ? html`<ul class="uploads">${repeat(this.uploading, (x) => x.id, (x) => this.renderUploading(x))}</ul>` : this.uploadStatus}
      </div>`;
  }

  private changeQuestion(index: number, patch: Partial<DraftQuestion>): void {
    const questions = [...(this.composer?.draft.questions ?? [])];
    const current = questions[index];
    if (!current) return;
    questions[index] = { ...current, ...patch };
    this.change({ questions });
  }

  private renderPoll(c: Composer): TemplateResult {
    const locale = this.locale;
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
    const questions = c.draft.questions;
    return html`<fieldset class="field poll">
      <legend>${a(locale, 'poll')}</legend>
      <p class="hint">${a(locale, 'pollHint')}</p>
      ${questions.map((q, i) => {
        const f = this.fieldState(`question.${i}`);
        const n = i + 1;
        return html`<fieldset class="question-editor ${f.invalid === 'true' ? 'invalid' : ''}" data-index=${i} aria-invalid=${f.invalid} aria-describedby=${ifDefined(f.describedBy)}>
          <legend>${a(locale, 'questionN', { n })}</legend>
          <div class="field">
            <label for="q-${i}-type">${a(locale, 'questionType')}</label>
            <select id="q-${i}-type" @change=${(e: Event) => this.changeQuestion(i, { type: value(e) as QuestionType })}>
              ${(['single', 'multiple', 'text'] as const).map((type) => html`<option value=${type} ?selected=${q.type === type}>${a(locale, `questionType.${type}`)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="q-${i}-label">${a(locale, 'questionLabel')}</label>
            <input id="q-${i}-label" type="text" .value=${live(q.label)} aria-invalid=${f.invalid} aria-describedby=${ifDefined(f.describedBy)} @input=${(e: Event) => this.changeQuestion(i, { label: value(e) })} />
          </div>
          ${q.type !== 'text'
            ? html`<div class="field">
                <label for="q-${i}-options">${a(locale, 'questionOptions')}</label>
                <textarea id="q-${i}-options" rows="4" .value=${live(q.options)} @input=${(e: Event) => this.changeQuestion(i, { options: value(e) })}></textarea>
              </div>`
            : nothing}
          <label class="choice"
            ><input type="checkbox" .checked=${live(q.required)} @change=${(e: Event) => this.changeQuestion(i, { required: (e.target as HTMLInputElement).checked })} />
            ${a(locale, 'questionRequired')}</label
          >
          ${f.error}
          <div class="actions">
            <button
              type="button"
              class="button remove-question"
              @click=${async () => {
                this.change({ questions: questions.filter((_, j) => j !== i) });
                await this.updateComplete;
                this.shadowRoot?.querySelector<HTMLElement>('.add-question')?.focus();
              }}
            >
              ${a(locale, 'removeQuestion', { n })}
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
              await this.updateComplete;
              this.shadowRoot?.getElementById(`q-${questions.length}-label`)?.focus();
            }}
          >
            ${a(locale, 'addQuestion')}
          </button>`
        : nothing}
    </fieldset>`;
  }

  private renderComposer(c: Composer): TemplateResult {
    const locale = this.locale;
    const d = c.draft;
    const level = Math.min(6, this.level + 1);
    const title = this.fieldState('title', 'title-hint');
    const body = this.fieldState('body', 'body-hint');
    const url = this.fieldState('link.url', 'url-hint');
    const label = this.fieldState('link.label');
    const start = this.fieldState('startsAt');
    const end = this.fieldState('endsAt');
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLTextAreaElement).value;
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
        <div class="field ${title.invalid === 'true' ? 'invalid' : ''}">
          <label for="f-title">${a(locale, 'fieldTitle')} <span class="required">${t(locale, 'required')}</span></label>
          <input id="f-title" type="text" .value=${live(d.title)} aria-required="true" aria-invalid=${title.invalid} aria-describedby=${ifDefined(title.describedBy)} @input=${(e: Event) => this.change({ title: value(e) })} />
          <p class="hint" id="title-hint">${a(locale, 'titleHint', { count: TITLE_MAX })} — ${t(locale, 'charactersLeft', { count: Math.max(0, TITLE_MAX - d.title.trim().length) })}</p>
          ${title.error}
        </div>
        <div class="field ${body.invalid === 'true' ? 'invalid' : ''}">
          <label for="f-body">${a(locale, 'body')}</label>
          <textarea id="f-body" .value=${live(d.body)} aria-invalid=${body.invalid} aria-describedby=${ifDefined(body.describedBy)} @input=${(e: Event) => this.change({ body: value(e) })}></textarea>
          <p class="hint" id="body-hint">${a(locale, 'bodyHint')} ${t(locale, 'charactersLeft', { count: Math.max(0, BODY_MAX - d.body.length) })}</p>
          ${body.error}
        </div>
        <div class="field ${url.invalid === 'true' ? 'invalid' : ''}">
          <label for="f-url">${a(locale, 'linkUrl')}</label>
          <input id="f-url" type="text" inputmode="url" autocomplete="url" .value=${live(d.linkUrl)} aria-invalid=${url.invalid} aria-describedby=${ifDefined(url.describedBy)} @input=${(e: Event) => this.change({ linkUrl: value(e) })} />
          <p class="hint" id="url-hint">${a(locale, 'linkUrlHint')}</p>
          ${url.error}
        </div>
        <div class="field ${label.invalid === 'true' ? 'invalid' : ''}">
          <label for="f-label">${a(locale, 'linkLabel')}</label>
          <input id="f-label" type="text" .value=${live(d.linkLabel)} aria-invalid=${label.invalid} aria-describedby=${ifDefined(label.describedBy)} @input=${(e: Event) => this.change({ linkLabel: value(e) })} />
          ${label.error}
        </div>
        <div class="field ${start.invalid === 'true' ? 'invalid' : ''}">
          <label for="f-start">${a(locale, 'startsAt')} <span class="required">${t(locale, 'required')}</span></label>
          <input id="f-start" type="datetime-local" .value=${live(d.startsAt)} aria-required="true" aria-invalid=${start.invalid} aria-describedby=${ifDefined(start.describedBy)} @input=${(e: Event) => this.change({ startsAt: value(e) })} />
          ${start.error}
        </div>
        <div class="field">
          <label for="f-duration">${a(locale, 'duration')}</label>
          <select
            id="f-duration"
            aria-describedby="duration-hint"
            @change=${(e: Event) => {
              const days = Number((e.target as HTMLSelectElement).value);
              if (days > 0 && this.composer) this.change({ endsAt: addDaysLocal(this.composer.draft.startsAt, days) });
            }}
          >
            <option value="0" ?selected=${true}>${a(locale, 'durationCustom')}</option>
            ${[1, 2, 7, 14, 30].map((days) => html`<option value=${days}>${a(locale, 'durationDays', { count: days })}</option>`)}
          </select>
          <p class="hint" id="duration-hint">${a(locale, 'durationHint')}</p>
        </div>
        <div class="field ${end.invalid === 'true' ? 'invalid' : ''}">
          <label for="f-end">${a(locale, 'endsAt')}</label>
          <input id="f-end" type="datetime-local" .value=${live(d.endsAt)} aria-invalid=${end.invalid} aria-describedby=${ifDefined(end.describedBy)} @input=${(e: Event) => this.change({ endsAt: value(e) })} />
          ${end.error}
        </div>
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
                <button type="button" class="button primary publish" aria-disabled=${c.saving ? 'true' : 'false'} @click=${() => void this.save('published')}>${a(locale, 'publish')}</button>`}
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
                  await this.updateComplete;
                  this.shadowRoot?.getElementById('f-title')?.focus();
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

  private audienceText(item: AdminAnnouncement): string {
    const locale = this.locale;
    const { profiles, levels, divisions } = item.audience;
    const names = new Map((this.options?.divisions ?? []).map((d) => [d.id, d.name]));
    const parts = [
      ...profiles.map((p) => a(locale, `profile.${p}`)),
      ...levels,
      ...divisions.map((id) => names.get(id) ?? id),
    ];
    return parts.length > 0 ? parts.join(', ') : a(locale, 'audienceEveryone');
  }

  private renderRow(item: AdminAnnouncement, level: number): TemplateResult {
    const locale = this.locale;
    const start = formatDateTime(locale, item.startsAt);
    const results = item.results;
    const questions = item.form?.questions ?? [];
    return html`<li class="row kind-${item.kind}" data-id=${item.id}>
      <p class="kind">${kindIcon(item.kind)}<span class="kind-word">${t(locale, `kind.${item.kind}`)}</span></p>
      ${heading(level, item.title, 'title', 'row-title')}
      <p class="meta">
        ${item.endsAt ? a(locale, 'schedule', { start, end: formatDateTime(locale, item.endsAt) }) : a(locale, 'scheduleOpen', { start })} ·
        ${a(locale, `channel.${item.channel}`)} · ${this.audienceText(item)}
      </p>
      <p class="meta reads">${a(locale, 'reads', { count: item.readCount, recipients: item.recipients })}</p>
      ${results
        ? html`<div class="results">
            <p class="meta">${a(locale, 'responses', { count: results.responses })}</p>
            ${results.responses > 0
              ? html`<ul>
                  ${results.questions.map((r) => {
                    const q = questions.find((x) => x.id === r.questionId);
                    return html`<li>
                      ${q?.label ?? r.questionId}
                      ${r.options
                        ? html`<ul>${r.options.map((o) => html`<li>${a(locale, 'optionCount', { label: q?.options?.find((x) => x.id === o.optionId)?.label ?? o.optionId, count: o.count })}</li>`)}</ul>`
                        : nothing}
                      ${r.texts && r.texts.length > 0
                        ? html`<ul>${r.texts.slice(0, TEXTS_SHOWN).map((text) => html`<li>${text}</li>`)}</ul>
                            ${r.texts.length > TEXTS_SHOWN
                              ? html`<details>
                                  <summary>${a(locale, 'moreTexts', { count: r.texts.length - TEXTS_SHOWN })}</summary>
                                  <ul>${r.texts.slice(TEXTS_SHOWN).map((text) => html`<li>${text}</li>`)}</ul>
                                </details>`
                              : nothing}`
                        : nothing}
                    </li>`;
                  })}
                </ul>`
              : nothing}
          </div>`
        : nothing}
      <div class="actions">
        <button type="button" class="button edit" @click=${() => this.guard(() => this.open(item))}>${a(locale, 'edit')}<span class="visually-hidden"> ${t(locale, 'quoted', { text: item.title })}</span></button>
        <button
          type="button"
          class="button delete"
          @click=${async () => {
            this.confirming = item.id;
            await this.updateComplete;
            this.shadowRoot?.querySelector<HTMLElement>('.confirm .danger')?.focus();
          }}
        >
          ${a(locale, 'delete')}<span class="visually-hidden"> ${t(locale, 'quoted', { text: item.title })}</span>
        </button>
      </div>
      ${this.confirming === item.id
        ? html`<div class="confirm" role="group" aria-label=${a(locale, 'delete')}>
            <p>${a(locale, 'confirmDelete', { title: item.title })}</p>
            <button type="button" class="button danger" @click=${() => void this.deleteItem(item)}>${a(locale, 'confirmDeleteYes')}</button>
            <button
              type="button"
              class="button"
              @click=${async () => {
                this.confirming = undefined;
                await this.updateComplete;
                this.shadowRoot?.querySelector<HTMLElement>(`li[data-id="${CSS.escape(item.id)}"] .delete`)?.focus();
              }}
            >
              ${a(locale, 'cancel')}
            </button>
          </div>`
        : nothing}
    </li>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const all = changed as Map<PropertyKey, unknown>;
    if (all.has('items')) {
      this.at = this.now();
      this.reschedule();
    }
    const providerArrived = all.has('providedClient') && all.get('providedClient') === undefined && this.apiBase === undefined && this.headers === undefined;
    if ((changed.has('apiBase') || changed.has('headers') || providerArrived) && this.hasUpdated) void this.load();
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    const level = this.level;
    const top = heading(level, a(locale, 'title'));
    if (this.phase === 'loading') return html`<section aria-busy="true" aria-label=${a(locale, 'title')}>${top}${loadingView(locale)}</section>`;
    if (this.phase === 'forbidden') return html`<section aria-label=${a(locale, 'title')}>${top}${forbiddenView(locale, a(locale, 'forbiddenDetail'))}</section>`;
    if (this.phase === 'signed-out') return html`<section aria-label=${a(locale, 'title')}>${top}${signedOutView(locale)}</section>`;
    if (this.phase === 'error') return html`<section aria-label=${a(locale, 'title')}>${top}${errorView({ locale, error: this.error, onRetry: () => void this.load() })}</section>`;
    const sub = Math.min(6, level + 1);
    return html`<section aria-label=${a(locale, 'title')}>
      ${top}
      <div class="feedback" role="status">${this.feedback}</div>
      ${this.composer
        ? this.renderComposer(this.composer)
        : html`<div class="toolbar"><button type="button" class="button primary new-button" @click=${() => this.open()}>${a(locale, 'newAnnouncement')}</button></div>`}
      ${heading(sub, html`<span id="list-title" tabindex="-1">${a(locale, 'listTitle')}</span>`, 'sub')}
      ${this.items.length === 0
        ? emptyView({ title: a(locale, 'empty'), detail: a(locale, 'emptyDetail') })
        : STATUSES.map((status) => {
            const rows = this.items.filter((x) => this.statusOf(x) === status);
            if (rows.length === 0) return nothing;
            return html`<div class="group" data-status=${status}>
              ${heading(Math.min(6, sub + 1), `${a(locale, `status.${status}`)} (${rows.length})`, '')}
              <ul class="rows">
                ${repeat(rows, (x) => x.id, (x) => this.renderRow(x, Math.min(6, sub + 2)))}
              </ul>
            </div>`;
          })}
    </section>`;
  }
}
