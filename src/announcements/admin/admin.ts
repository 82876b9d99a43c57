// <ent-announcement-admin>: the establishment's targeted announcements for its admins — list
// by status with read counts and form results, and a composer with a live preview (composer.ts,
// loaded the first time it opens).
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ApiError } from '../../shared/api/errors.js';
import type { AdminAnnouncement } from '../../shared/api/types.js';
import { EntElement } from '../../shared/base-element.js';
import { formatDateTime } from '../../shared/format.js';
import type { Locale } from '../../shared/i18n.js';
import { readStored, storageKey } from '../../shared/storage.js';
import { emptyView, errorMessage, errorView, forbiddenView, heading, isolated, loadingView, logError, signedOutView, stateStyles } from '../../shared/states.js';
import { tokens } from '../../shared/tokens.js';
import { adminMessages as a } from './admin-messages.js';
import type { Composer, ComposerHost } from './composer.js';
import { kindIcon } from '../icons.js';
import { announcementMessages as t } from '../messages.js';
import { readAdminAnnouncements, readSavedAnnouncement } from './admin-read.js';
import { regionStyles } from '../region-styles.js';
import { delayUntil, nextChange, scheduleStatus } from '../schedule.js';
import { adminStyles } from './admin-styles.js';
import { announcementStyles } from '../styles.js';
import { nextTask } from '../../shared/task.js';

/** Rows of a status drawn at first, and added by each "show more". */
const ROWS_PAGE = 50;
const TAG = 'ent-announcement-admin';
const STATUSES: AdminAnnouncement['status'][] = ['active', 'scheduled', 'draft', 'ended'];
/** Short-text answers listed before the rest is folded away. */
const TEXTS_SHOWN = 5;

type Phase = 'loading' | 'ready' | 'error' | 'forbidden' | 'signed-out';

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
    composerState: { state: true },
    confirming: { state: true },
    feedback: { state: true },
    at: { state: true },
    rowLimit: { state: true },
  };

  /** Level of the top heading (2–6); sections are below it. */
  headingLevel = 2;

  /** The clock (epoch ms), for tests: where a new announcement starts by default, and when statuses move. */
  now: () => number = () => Date.now();

  private phase: Phase = 'loading';
  private error?: unknown;
  private items: AdminAnnouncement[] = [];
  /** Rows drawn per status ("show more" adds a page): thousands would hold the page for seconds. */
  private rowLimit = ROWS_PAGE;
  private confirming?: string;
  private feedback = '';
  /** The feedback tells of a success (its bar in the success colour, not the danger one). */
  private feedbackOk = false;

  /** The composer (its own chunk), loaded the first time it opens. */
  private composer?: Composer;
  private composerLoad?: Promise<Composer | undefined>;
  /** Where the composer's code is: still 'loading' while an admin waits for it to open. */
  private composerState: 'idle' | 'loading' | 'failed' = 'idle';
  /** The composer opening once its code is in (`updateComplete` waits for it). */
  private opening?: Promise<void>;

  /** The instant the list's statuses are shown for (epoch ms): they move at each start and end. */
  private at = 0;

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
    clearTimeout(this.scheduleTimer);
  }

  /** The status shown: a draft stays one; a published announcement follows its schedule while the list is open. */
  private statusOf(item: AdminAnnouncement): AdminAnnouncement['status'] {
    return item.status === 'draft' ? 'draft' : scheduleStatus(item, this.at);
  }

  /** Sets a timer to the next start or end of a published announcement. */
  private reschedule(): void {
    clearTimeout(this.scheduleTimer);
    const delay = delayUntil(nextChange(this.items.filter((item) => item.status !== 'draft'), this.at), this.at);
    if (delay !== undefined && this.isConnected) this.scheduleTimer = setTimeout(() => this.tick(), delay);
  }

  /** Moves announcements whose start or end has come to their new group, says so politely, keeps the focus. */
  private tick(): void {
    const before = new Map(this.items.map((item) => [item.id, this.statusOf(item)]));
    this.at = this.now();
    const moved = this.items.filter((item) => before.get(item.id) !== this.statusOf(item));
    if (moved.length > 0) {
      const locale = this.locale;
      this.feedback = moved
        .map((item) => {
          const status = this.statusOf(item);
          return status === 'draft' ? '' : a(locale, `nowStatus.${status}`, { title: item.title });
        })
        .join(' ');
      // A button of a row that moves is drawn again in another group: focus follows it.
      const active = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
      const row = active?.closest<HTMLElement>('li[data-id]');
      if (active && row && moved.some((item) => item.id === row.dataset.id)) {
        const control = ['edit', 'delete', 'danger'].find((name) => active.classList.contains(name)) ?? 'edit';
        void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(`li[data-id="${CSS.escape(row.dataset.id!)}"] .${control}`)?.focus());
      }
    }
    this.reschedule();
  }

  private get level(): number {
    const requested = Number(this.headingLevel);
    return Number.isFinite(requested) ? Math.min(6, Math.max(2, Math.round(requested))) : 2;
  }

  /** Loads the list again. */
  async load(): Promise<void> {
    try {
      // The session too: what is typed in the composer is kept per user.
      const [list] = await Promise.all([this.api.get('/admin/announcements', { signal: this.signal }), this.ensureSession()]);
      const items = readAdminAnnouncements(list);
      // Thousands of announcements (issue #20): drawn in a task of their own, not in the one that read them.
      if (items.length > ROWS_PAGE) await nextTask();
      if (this.signal.aborted) return;
      this.items = items;
      const first = this.phase !== 'ready';
      this.phase = 'ready';
      // A new announcement typed before a reload opens again, unfocused.
      const key = this.draftKey;
      if (first && !this.composer?.isOpen && key && readStored(key)) {
        this.opening = this.loadComposer().then((composer) => {
          if (composer && !composer.isOpen && composer.hasStoredDraft()) composer.open(undefined, false);
        });
      }
    } catch (error) {
      if (this.signal.aborted) return;
      logError(TAG, error);
      if (error instanceof ApiError && error.kind === 'forbidden') this.phase = 'forbidden';
      else if (error instanceof ApiError && error.kind === 'unauthorized') this.phase = 'signed-out';
      else if (this.phase !== 'ready') {
        this.phase = 'error';
        this.error = error;
      } else {
        this.feedback = errorMessage(this.locale, error);
        this.feedbackOk = false;
      }
    }
  }

  /** Where the new announcement being typed is kept between visits, per user (undefined until the user is known). */
  private get draftKey(): string | undefined {
    const id = this.me?.id;
    return id ? storageKey(TAG, id, 'composer-draft') : undefined;
  }

  /** Runs `action` now, or after the admin confirms dropping what they typed in the composer. */
  private guard(action: () => void): void {
    if (this.composer) this.composer.guard(action);
    else action();
  }

  /** Opens the composer: on an announcement, else on a new one (what was typed before a reload, if anything). */
  private open(editing?: AdminAnnouncement): void {
    this.feedback = '';
    this.confirming = undefined;
    this.opening = this.loadComposer().then((composer) => composer?.open(editing));
  }

  /**
   * Loads the composer's code (once). When that fails (offline, or the site updated under an
   * open page), the admin is told to reload: browsers keep a failed module import failed.
   */
  private loadComposer(): Promise<Composer | undefined> {
    if (!this.composerLoad) {
      this.composerState = 'loading';
      this.composerLoad = import('./composer.js').then(
        ({ Composer }) => {
          this.composerState = 'idle';
          return (this.composer = new Composer(this.composerHost()));
        },
        (error: unknown) => {
          logError(TAG, error);
          this.composerState = 'failed';
          return undefined;
        },
      );
    }
    return this.composerLoad;
  }

  /** What the composer may use of this element. */
  private composerHost(): ComposerHost {
    // Getters: the composer reads the element's current values (its locale and client may change).
    const admin = this;
    return {
      get locale() {
        return admin.locale;
      },
      get api() {
        return admin.api;
      },
      get signal() {
        return admin.signal;
      },
      get draftKey() {
        return admin.draftKey;
      },
      get level() {
        return admin.level;
      },
      get shadowRoot() {
        return admin.shadowRoot;
      },
      get updateComplete() {
        return admin.updateComplete;
      },
      now: () => admin.now(),
      requestUpdate: () => admin.requestUpdate(),
      addController: (controller) => admin.addController(controller),
      removeController: (controller) => admin.removeController(controller),
      saved: (body) => {
        // An answer that cannot be listed: the list as the server has it now.
        const item = readSavedAnnouncement(body);
        if (!item) return void admin.load();
        admin.items = [item, ...admin.items.filter((other) => other.id !== item.id)];
        admin.feedback = savedMessage(admin.locale, item, admin.now());
        admin.feedbackOk = true;
        admin.emit('ent-announcement-saved', { id: item.id, state: item.state });
      },
    };
  }

  /** Also waits for the composer to open when its code is on its way. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.opening) {
      const opening = this.opening;
      await opening;
      if (this.opening === opening) this.opening = undefined;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private async deleteItem(item: AdminAnnouncement): Promise<void> {
    this.confirming = undefined;
    try {
      await this.api.delete('/admin/announcements/{id}', { path: { id: item.id }, signal: this.signal });
      this.items = this.items.filter((other) => other.id !== item.id);
      this.feedback = a(this.locale, 'deleted', { title: item.title });
      this.feedbackOk = true;
      this.emit('ent-announcement-deleted', { id: item.id });
      await this.updateComplete;
      this.shadowRoot?.getElementById('list-title')?.focus();
    } catch (error) {
      if (this.signal.aborted) return;
      logError(TAG, error);
      this.feedback = a(this.locale, 'deleteFailed', { title: item.title });
      this.feedbackOk = false;
    }
  }

  private audienceText(item: AdminAnnouncement): string {
    const locale = this.locale;
    const { profiles, levels, divisions } = item.audience;
    const names = new Map((this.composer?.options?.divisions ?? []).map((division) => [division.id, division.name]));
    const parts = [
      ...profiles.map((profile) => a(locale, `profile.${profile}`)),
      ...levels,
      ...divisions.map((id) => names.get(id) ?? id),
    ];
    return parts.length > 0 ? parts.join(', ') : a(locale, 'audienceEveryone');
  }

  /** A row whose drawing throws is replaced by a short notice; the others stay. */
  private isolatedRow(item: AdminAnnouncement, level: number): TemplateResult {
    return isolated(TAG, () => this.renderRow(item, level), () => html`<li class="row unreadable">${a(this.locale, 'unreadableRow')}</li>`);
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
                  ${results.questions.map((result) => {
                    const question = questions.find((candidate) => candidate.id === result.questionId);
                    return html`<li>
                      ${question?.label ?? result.questionId}
                      ${result.options
                        ? html`<ul>${result.options.map((tally) => html`<li>${a(locale, 'optionCount', { label: question?.options?.find((option) => option.id === tally.optionId)?.label ?? tally.optionId, count: tally.count })}</li>`)}</ul>`
                        : nothing}
                      ${result.texts && result.texts.length > 0
                        ? html`<ul>${result.texts.slice(0, TEXTS_SHOWN).map((text) => html`<li>${text}</li>`)}</ul>
                            ${result.texts.length > TEXTS_SHOWN
                              ? html`<details>
                                  <summary>${a(locale, 'moreTexts', { count: result.texts.length - TEXTS_SHOWN })}</summary>
                                  <ul>${result.texts.slice(TEXTS_SHOWN).map((text) => html`<li>${text}</li>`)}</ul>
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

  /** Draws the next page of rows and moves the focus to the first new one. */
  private async showMore(firstId: string): Promise<void> {
    this.rowLimit += ROWS_PAGE;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`li[data-id="${CSS.escape(firstId)}"] .edit`)?.focus();
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
    return html`<section class="admin" aria-label=${a(locale, 'title')}>
      ${top}
      <div class="feedback ${this.feedbackOk ? 'ok' : ''}" role="status">${this.composerState === 'loading' ? a(locale, 'composerLoading') : this.feedback}</div>
      ${this.composer?.isOpen
        ? this.composer.render()
        : html`<div class="toolbar"><button type="button" class="button primary new-button" @click=${() => this.open()}>${a(locale, 'newAnnouncement')}</button></div>`}
      ${this.composerState === 'failed' ? html`<p class="feedback" role="alert">${a(locale, 'composerUnavailable')}</p>` : nothing}
      ${heading(sub, html`<span id="list-title" tabindex="-1">${a(locale, 'listTitle')}</span>`, 'sub')}
      ${this.items.length === 0
        ? emptyView({ title: a(locale, 'empty'), detail: a(locale, 'emptyDetail') })
        : STATUSES.map((status) => {
            const rows = this.items.filter((item) => this.statusOf(item) === status);
            if (rows.length === 0) return nothing;
            const left = rows.length - this.rowLimit;
            return html`<div class="group" data-status=${status}>
              ${heading(Math.min(6, sub + 1), `${a(locale, `status.${status}`)} (${rows.length})`, '')}
              <ul class="rows">
                ${repeat(rows.slice(0, this.rowLimit), (item) => item.id, (item) => this.isolatedRow(item, Math.min(6, sub + 2)))}
              </ul>
              ${left > 0
                ? html`<button type="button" class="button more" @click=${() => void this.showMore(rows[this.rowLimit].id)}>
                    ${a(locale, 'showMoreRows', { count: Math.min(left, ROWS_PAGE), left })}
                  </button>`
                : nothing}
            </div>`;
          })}
    </section>`;
  }
}

/** What saving did, exactly: published now (for how many), scheduled (when, for how many), or kept as a draft. */
function savedMessage(locale: Locale, item: AdminAnnouncement, now: number): string {
  if (item.state !== 'published') return a(locale, 'saved', { title: item.title });
  if (Date.parse(item.startsAt) > now) return a(locale, 'scheduledFor', { title: item.title, date: formatDateTime(locale, item.startsAt), count: item.recipients });
  return a(locale, 'published', { title: item.title, count: item.recipients });
}
