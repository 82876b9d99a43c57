// The composer of <ent-announcement-admin>: writing, scheduling and targeting an announcement,
// its files and poll, with a preview identical to what users see. Loaded the first time an
// admin opens it: a page that only lists announcements — or a pupil's page that loads the whole
// bundle — never downloads it. Its state redraws the admin through `host.requestUpdate()`.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { newIdempotencyKey, type ApiClient } from '../../shared/api/client.js';
import { ApiError } from '../../shared/api/errors.js';
import { listOf, readOne, shaped, text } from '../../shared/api/read.js';
import type { AdminAnnouncement, AnnouncementKind, AudienceOptions, Profile } from '../../shared/api/types.js';
import { formatDateTime } from '../../shared/format.js';
import type { Locale } from '../../shared/i18n.js';
import { sharedMessages as shared } from '../../shared/messages.js';
import { controlValue, field, fieldError, fieldWiring, wired } from '../../shared/field.js';
import { errorMessage, heading, logError } from '../../shared/states.js';
import { readStored, removeStored, writeStored } from '../../shared/storage.js';
import { adminMessages as a } from './admin-messages.js';
import {
  BODY_MAX,
  draftField,
  draftFrom,
  emptyDraft,
  isDismissibleDraft,
  previewForm,
  previewOf,
  restoreDraft,
  TITLE_MAX,
  toInput,
  validateDraft,
  type Draft,
  type DraftField,
  type DraftProblem,
} from './admin-model.js';
import { newFormState, renderForm } from '../form-view.js';
import { announcementMessages as t } from '../messages.js';
import { addDaysLocal, fromParisLocal } from './paris-time.js';
import { FileUploads } from './file-uploads.js';
import { renderPoll } from './poll-editor.js';
import { renderAnnouncement } from '../view.js';

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
  /** The illustration and attachments: sending them, and what they look like in the form. */
  private readonly files = new FileUploads(this.host, {
    draft: () => this.state?.draft,
    change: (patch) => this.change(patch),
    problem: (field, message) => this.setProblem(field, message),
    errorOf: (field) => this.errorOf(field),
  });
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
  private startsLater(draft: Draft): boolean {
    const start = fromParisLocal(draft.startsAt);
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
    const composing = this.state;
    return !!composing && JSON.stringify(composing.draft) !== composing.initial;
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
    const composing = this.state;
    const key = this.host.draftKey;
    if (!composing || composing.editing || !key) return;
    if (this.dirty) writeStored(key, composing.draft, new Date(this.host.now()));
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
    const composing = this.state;
    if (!composing) return;
    composing.draft = { ...composing.draft, ...patch };
    if (composing.problems.size > 0) {
      const now = validateDraft(composing.draft);
      for (const field of [...composing.problems.keys()]) {
        if (composing.problems.get(field)?.key !== 'server' && !now.has(field)) composing.problems.delete(field);
      }
    }
    this.state = { ...composing };
    this.host.requestUpdate();
    this.persistDraft();
    if (patch.audience) this.countSoon(300);
  }

  private countSoon(delay: number): void {
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => void this.count(), delay);
  }

  private async count(): Promise<void> {
    const composing = this.state;
    if (!composing) return;
    const request = ++this.countRequest;
    this.reach = 'counting';
    this.host.requestUpdate();
    try {
      const result = await this.host.api.post('/admin/audience/count', { body: composing.draft.audience, signal: this.host.signal });
      if (request === this.countRequest) this.reach = typeof result?.count === 'number' ? result.count : 'failed';
    } catch (error) {
      if (this.host.signal.aborted) return;
      logError(TAG, error);
      if (request === this.countRequest) this.reach = 'failed';
    }
    this.host.requestUpdate();
  }

  private async save(stateWanted: 'draft' | 'published'): Promise<void> {
    const composing = this.state;
    if (!composing || composing.saving) return;
    composing.problems = validateDraft(composing.draft);
    if (composing.problems.size > 0) {
      composing.message = a(this.host.locale, 'invalidSummary', { count: composing.problems.size });
      this.state = { ...composing };
      this.host.requestUpdate();
      await this.focusFirstInvalid();
      return;
    }
    const input = toInput(composing.draft, stateWanted, composing.editing);
    const text = JSON.stringify(input);
    if (!composing.key || composing.keyBody !== text) {
      composing.key = newIdempotencyKey();
      composing.keyBody = text;
    }
    composing.saving = true;
    composing.message = '';
    this.state = { ...composing };
    this.host.requestUpdate();
    try {
      const saved = composing.editing
        ? await this.host.api.put('/admin/announcements/{id}', { path: { id: composing.editing.id }, body: input, signal: this.host.signal })
        : await this.host.api.post('/admin/announcements', { body: input, idempotencyKey: composing.key, signal: this.host.signal });
      this.close();
      this.host.saved(saved);
    } catch (error) {
      if (this.host.signal.aborted) return;
      logError(TAG, error);
      composing.saving = false;
      if (error instanceof ApiError && error.kind === 'invalid' && error.fieldErrors.size > 0) {
        composing.problems = new Map();
        for (const [path, fieldError] of error.fieldErrors) {
          const field = draftField(path);
          if (field && !composing.problems.has(field)) composing.problems.set(field, { key: 'server', message: fieldError.message });
        }
      }
      composing.message =
        composing.problems.size > 0
          ? a(this.host.locale, 'invalidSummary', { count: composing.problems.size })
          : a(this.host.locale, 'saveFailed', { reason: errorMessage(this.host.locale, error) });
      this.state = { ...composing };
      this.host.requestUpdate();
      if (composing.problems.size > 0) await this.focusFirstInvalid();
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

  /** An error found outside the draft's own checks (an upload refused), or none (''). */
  private setProblem(field: DraftField, message: string): void {
    const composing = this.state;
    if (!composing) return;
    if (message) composing.problems.set(field, { key: 'server', message });
    else composing.problems.delete(field);
    this.state = { ...composing };
    this.host.requestUpdate();
  }

  private renderAudience(composing: ComposerState): TemplateResult {
    const locale = this.host.locale;
    const audience = composing.draft.audience;
    const toggle = (list: 'profiles' | 'levels' | 'divisions', value: string, on: boolean) => {
      const current = (this.state?.draft.audience[list] ?? []) as string[];
      const next = on ? [...current.filter((chosen) => chosen !== value), value] : current.filter((chosen) => chosen !== value);
      this.change({ audience: { ...this.state!.draft.audience, [list]: next } });
    };
    const box = (list: 'profiles' | 'levels' | 'divisions', value: string, label: string) => html`<label class="choice"
      ><input type="checkbox" .checked=${live((audience[list] as string[]).includes(value))} @change=${(e: Event) => toggle(list, value, (e.target as HTMLInputElement).checked)} />
      ${label}</label
    >`;
    const error = this.errorOf('audience');
    const options = this.options;
    return html`<fieldset class="field ${error ? 'invalid' : ''}" ${wired(fieldWiring({ id: 'audience', label: '', hint: true, error }))}>
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

  /** The composer while it is open. */
  render(): TemplateResult | typeof nothing {
    return this.state ? this.renderComposer(this.state) : nothing;
  }

  private renderComposer(composing: ComposerState): TemplateResult {
    const locale = this.host.locale;
    const draft = composing.draft;
    const level = Math.min(6, this.host.level + 1);
    const required = html` <span class="required">${t(locale, 'required')}</span>`;
    const editingDraft = composing.editing?.state === 'draft';
    return html`<div class="composer" part="composer">
      <form novalidate @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        void this.save(composing.editing && !editingDraft ? 'published' : 'draft');
      }}>
        ${heading(level, html`<span id="composer-title" tabindex="-1">${composing.editing ? a(locale, 'composerEdit', { title: composing.editing.title }) : a(locale, 'composerNew')}</span>`, 'sub')}
        ${composing.restoredAt
          ? html`<div class="draft-notice">
              <p role="status">${a(locale, 'draftRestored', { date: formatDateTime(locale, composing.restoredAt) })}</p>
              <button type="button" class="button discard-draft" @click=${() => this.close()}>${a(locale, 'discardDraft')}</button>
            </div>`
          : nothing}
        ${radios(a(locale, 'kind'), 'kind', KINDS, draft.kind, (kind) => t(locale, `kind.${kind}`), (kind) => this.change({ kind }))}
        ${field(
          {
            id: 'f-title',
            label: html`${a(locale, 'fieldTitle')}${required}`,
            hint: `${a(locale, 'titleHint', { count: TITLE_MAX })} — ${t(locale, 'charactersLeft', { count: Math.max(0, TITLE_MAX - draft.title.trim().length) })}`,
            error: this.errorOf('title'),
          },
          (wire) => html`<input ${wire} type="text" .value=${live(draft.title)} aria-required="true" @input=${(e: Event) => this.change({ title: controlValue(e) })} />`,
        )}
        ${field(
          {
            id: 'f-body',
            label: a(locale, 'body'),
            hint: `${a(locale, 'bodyHint')} ${t(locale, 'charactersLeft', { count: Math.max(0, BODY_MAX - draft.body.length) })}`,
            error: this.errorOf('body'),
          },
          (wire) => html`<textarea ${wire} .value=${live(draft.body)} @input=${(e: Event) => this.change({ body: controlValue(e) })}></textarea>`,
        )}
        ${field(
          { id: 'f-url', label: a(locale, 'linkUrl'), hint: a(locale, 'linkUrlHint'), error: this.errorOf('link.url') },
          (wire) =>
            html`<input ${wire} type="text" inputmode="url" autocomplete="url" .value=${live(draft.linkUrl)} @input=${(e: Event) => this.change({ linkUrl: controlValue(e) })} />`,
        )}
        ${field(
          { id: 'f-label', label: a(locale, 'linkLabel'), error: this.errorOf('link.label') },
          (wire) => html`<input ${wire} type="text" .value=${live(draft.linkLabel)} @input=${(e: Event) => this.change({ linkLabel: controlValue(e) })} />`,
        )}
        ${field(
          { id: 'f-start', label: html`${a(locale, 'startsAt')}${required}`, error: this.errorOf('startsAt') },
          (wire) =>
            html`<input ${wire} type="datetime-local" .value=${live(draft.startsAt)} aria-required="true" @input=${(e: Event) => this.change({ startsAt: controlValue(e) })} />`,
        )}
        ${field(
          { id: 'f-duration', label: a(locale, 'duration'), hint: a(locale, 'durationHint') },
          (wire) => html`<select
            ${wire}
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
          (wire) => html`<input ${wire} type="datetime-local" .value=${live(draft.endsAt)} @input=${(e: Event) => this.change({ endsAt: controlValue(e) })} />`,
        )}
        <div class="field">
          <label class="choice"
            ><input type="checkbox" .checked=${live(isDismissibleDraft(draft))} @change=${(e: Event) => this.change({ dismissible: (e.target as HTMLInputElement).checked })} />
            ${a(locale, 'dismissible')}</label
          >
        </div>
        ${this.files.render(composing.draft)}
        ${renderPoll({
          locale,
          questions: composing.draft.questions,
          errorOf: (index) => this.errorOf(`question.${index}`),
          change: async (update) => {
            this.change({ questions: update(this.state?.draft.questions ?? []) });
            await this.host.updateComplete;
          },
          root: this.host.shadowRoot,
        })}
        ${this.renderAudience(composing)}
        ${radios(a(locale, 'channel'), 'channel', CHANNELS, draft.channel, (channel) => a(locale, `channel.${channel}`), (channel) => this.change({ channel }))}
        <p class="form-status ${composing.problems.size > 0 || composing.message ? 'failed' : ''}" role="status">${composing.message}</p>
        <div class="actions">
          ${composing.editing && !editingDraft
            ? html`<button type="submit" class="button primary" aria-disabled=${composing.saving ? 'true' : 'false'}>${composing.saving ? a(locale, 'saving') : a(locale, 'saveChanges')}</button>`
            : html`<button type="submit" class="button" aria-disabled=${composing.saving ? 'true' : 'false'}>${composing.saving ? a(locale, 'saving') : a(locale, 'saveDraft')}</button>
                <button type="button" class="button primary publish" aria-disabled=${composing.saving ? 'true' : 'false'} @click=${() => void this.save('published')}>${a(locale, this.startsLater(draft) ? 'scheduleButton' : 'publish')}</button>`}
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
        ${renderAnnouncement(previewOf(draft, composing.editing), {
          locale,
          headingLevel: Math.min(6, level + 1),
          idPrefix: 'preview',
          onDismiss: () => undefined,
          onLink: (event) => event.preventDefault(),
          form: (() => {
            const form = previewForm(draft, composing.editing);
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

/** A group of radio buttons: one of `values`, `current` checked. */
function radios<V extends string>(legend: string, name: string, values: readonly V[], current: V, labelOf: (value: V) => string, pick: (value: V) => void): TemplateResult {
  return html`<fieldset class="field">
    <legend>${legend}</legend>
    <div class="choices">
      ${values.map(
        (value) => html`<label class="choice"><input type="radio" name=${name} .checked=${live(current === value)} @change=${() => pick(value)} /> ${labelOf(value)}</label>`,
      )}
    </div>
  </fieldset>`;
}
