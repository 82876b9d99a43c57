// <ent-targeted-announcement>: the signed-in user's targeted announcements (communication
// ciblée) on the personal home page.
import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ApiError } from '../shared/api/errors.js';
import type { Announcement } from '../shared/api/types.js';
import { EntElement } from '../shared/base-element.js';
import { errorView, heading, loadingView, logError, staleNotice, stateStyles } from '../shared/states.js';
import { tokens } from '../shared/tokens.js';
import type { Answering } from './answering.js';
import type { ReadOverride, ReadStateHost } from './read-state.js';
import { announcementMessages as t } from './messages.js';
import { sortAnnouncements } from './order.js';
import { delayUntil, isDismissed, isLive, nextChange } from './schedule.js';
import { regionStyles } from './region-styles.js';
import { readAnnouncements } from './read.js';

const TAG = 'ent-targeted-announcement';

/** Delay before the loading skeleton shows: a fast answer never flashes one. */
const SKELETON_DELAY = 250;

type Phase = 'loading' | 'ready' | 'error' | 'signed-out' | 'forbidden';

export type { AnnouncementEventDetail, AnnouncementLinkEventDetail } from '../shared/events.js';

/**
 * The signed-in user's active announcements, most severe first then newest: information,
 * avertissement (warning) and alerte (alert), with their links, illustration, attachments and
 * form. The schedule is honoured while the page stays open; dismissed ones can be shown again.
 *
 * @summary Targeted announcements (communication ciblée) of the personal home page.
 * @event ent-announcement-dismiss - The user hid an announcement; `detail` is `{ id }`.
 * @event ent-announcement-answer - The user's answer to a form was recorded; `detail` is `{ id }`.
 * @event ent-announcement-link - The user follows an announcement's link; cancelable; `detail` is `{ id, url, external }`.
 * @csspart region - The whole list.
 * @csspart announcement - One announcement (with a part named after its kind: `information`, `avertissement`, `alerte`).
 * @csspart kind - The kind (icon and word).
 * @csspart title - An announcement's title.
 * @csspart body - An announcement's text.
 * @csspart link - The announcement's link.
 * @csspart illustration - The illustration.
 * @csspart attachments - The attachments.
 * @csspart dates - The publication dates.
 * @csspart dismiss-button - The "Hide the message" button.
 * @csspart form - An announcement's form.
 * @csspart submit-button - A form's send button.
 * @csspart hidden-toggle - The "Hidden messages" disclosure button.
 */
export class EntTargetedAnnouncement extends EntElement {
  static override styles = [tokens, stateStyles, regionStyles];

  static override properties = {
    headingLevel: { attribute: 'heading-level', type: Number },
    refreshInterval: { attribute: 'refresh-interval', type: Number },
    now: { attribute: false },
    phase: { state: true },
    showSkeleton: { state: true },
    error: { state: true },
    stale: { state: true },
    savedAt: { state: true },
    shown: { state: true },
    hiddenOnes: { state: true },
    hiddenOpen: { state: true },
    feedback: { state: true },
    arrivals: { state: true },
    presentationFailed: { state: true },
  };

  /** Level of the region heading (2–6); announcement titles are one level below. */
  headingLevel = 2;

  /** Seconds between two refreshes of the list (default 300; 0 turns refreshing off). */
  refreshInterval = 300;

  /** The clock (epoch ms), for tests and hosts that simulate time; corrected by the server's `serverTime`. */
  now: () => number = () => Date.now();

  private phase: Phase = 'loading';
  private showSkeleton = false;
  private error?: unknown;
  private stale = false;
  private savedAt?: string;
  /** Announcements live now and not dismissed, in display order. */
  private shown: Announcement[] = [];
  /** Announcements live now and dismissed. */
  private hiddenOnes: Announcement[] = [];
  private hiddenOpen = false;
  /** How many announcements are drawn ("show more" adds some); undefined: the first page. */
  private limit?: number;
  /** The visible feedback of the last failed action. */
  private feedback = '';
  /** Polite announcement of newcomers (visually hidden). */
  private arrivals = '';

  private items: Announcement[] = [];
  private overrides = new Map<string, ReadOverride>();
  private answered = new Set<string>();
  /** The code that draws announcements and answers forms, loaded once there is one to show. */
  private presentation?: typeof import('./presentation.js');
  private presentationLoad?: Promise<void>;
  private presentationFailed = false;
  private answering?: Answering;
  /** Ids of the alerts that arrived while the page was open: they carry role="alert". */
  private arrivedAlerts = new Set<string>();
  /** Ids shown again by the user's own action: not announced as arrivals. */
  private quiet = new Set<string>();
  /** Ids visible at the last evaluation; undefined before the first list. */
  private visibleIds?: Set<string>;
  private clockOffset = 0;
  private lastLoad = 0;
  private inFlight?: Promise<void>;
  private scheduleTimer?: ReturnType<typeof setTimeout>;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private skeletonTimer?: ReturnType<typeof setTimeout>;
  private pendingArrivals = '';

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') return;
    this.evaluate();
    if (this.refreshInterval > 0 && this.now() - this.lastLoad >= this.refreshInterval * 1000) void this.load();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    this.skeletonTimer = setTimeout(() => (this.showSkeleton = true), SKELETON_DELAY);
    void this.updateComplete.then(() => {
      if (this.isConnected) void this.load();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.scheduleTimer);
    clearTimeout(this.refreshTimer);
    clearTimeout(this.skeletonTimer);
    this.inFlight = undefined;
  }

  /** The corrected current time (epoch ms). */
  private get time(): number {
    return this.now() + this.clockOffset;
  }

  /** Fetches the list again (also what the retry buttons do). */
  reload(): Promise<void> {
    return this.load();
  }

  private load(): Promise<void> {
    if (!this.inFlight) {
      this.inFlight = this.fetchList().finally(() => {
        this.inFlight = undefined;
        this.scheduleRefresh();
      });
    }
    return this.inFlight;
  }

  private async fetchList(): Promise<void> {
    const signal = this.signal;
    try {
      const sent = this.now();
      const list = readAnnouncements(await this.api.get('/announcements', { signal }));
      const received = this.now();
      const server = list.serverTime ? Date.parse(list.serverTime) : NaN;
      if (!Number.isNaN(server)) this.clockOffset = server - Math.round((sent + received) / 2);
      this.items = this.presentation ? this.presentation.drawable(list.announcements) : list.announcements;
      this.lastLoad = received;
      this.savedAt = new Date(this.time).toISOString();
      this.stale = false;
      this.error = undefined;
      this.phase = 'ready';
      clearTimeout(this.skeletonTimer);
      this.evaluate();
    } catch (error) {
      if (signal.aborted || (error instanceof ApiError && error.kind === 'aborted')) return;
      logError(TAG, error);
      clearTimeout(this.skeletonTimer);
      if (error instanceof ApiError && error.kind === 'unauthorized') {
        this.phase = 'signed-out';
        this.items = [];
        this.visibleIds = undefined;
        this.evaluate();
      } else if (error instanceof ApiError && error.kind === 'forbidden') {
        this.phase = 'forbidden';
      } else if (this.phase === 'ready') {
        this.stale = true;
      } else {
        this.phase = 'error';
        this.error = error;
      }
    }
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    if (!this.isConnected || !(this.refreshInterval > 0)) return;
    this.refreshTimer = setTimeout(() => void this.load(), Math.min(Math.max(this.refreshInterval, 10) * 1000, 2 ** 31 - 1));
  }

  /** The server's announcement with what this user did here applied. */
  private effective(a: Announcement): Announcement {
    const override = this.overrides.get(a.id);
    let out = a;
    if (override) {
      if (override.updatedAt !== a.updatedAt || override.read === a.read) {
        this.overrides.delete(a.id);
      } else {
        out = { ...a, read: override.read, readAt: override.readAt };
      }
    }
    if (this.answered.has(a.id) && out.form && !out.form.answered) out = { ...out, form: { ...out.form, answered: true } };
    return out;
  }

  /** Decides what is shown at the corrected time, announces newcomers and sets the timer to the next change. */
  private evaluate(): void {
    clearTimeout(this.scheduleTimer);
    if (this.phase !== 'ready') {
      this.shown = [];
      this.hiddenOnes = [];
      return;
    }
    const now = this.time;
    const live = sortAnnouncements(this.items.map((a) => this.effective(a)).filter((a) => isLive(a, now)));
    const shown = live.filter((a) => !isDismissed(a));
    const ids = new Set(shown.map((a) => a.id));

    if (this.visibleIds) {
      const previous = this.visibleIds;
      const newcomers = shown.filter((a) => !previous.has(a.id) && !this.quiet.has(a.id));
      const polite: string[] = [];
      for (const a of newcomers) {
        if (a.kind === 'alerte') this.arrivedAlerts.add(a.id);
        else polite.push(t(this.locale, 'newAnnouncement', { kind: t(this.locale, `kind.${a.kind}`), title: a.title }));
      }
      if (polite.length > 0) this.pendingArrivals = polite.join(' ');
      // Focus inside an announcement that just ended goes to the region heading.
      const active = this.shadowRoot?.activeElement;
      const leaving = active?.closest<HTMLElement>('article[data-id]');
      if (leaving && !ids.has(leaving.dataset.id ?? '')) void this.updateComplete.then(() => this.focusRegion());
    }
    for (const id of this.arrivedAlerts) if (!ids.has(id)) this.arrivedAlerts.delete(id);
    this.quiet.clear();
    this.visibleIds = ids;
    this.shown = shown;
    this.hiddenOnes = live.filter((a) => isDismissed(a));
    // The drawing code also draws (and checks) the hidden ones.
    if (live.length > 0) void this.loadPresentation();

    const delay = delayUntil(nextChange(this.items, now), now);
    if (delay !== undefined && this.isConnected) this.scheduleTimer = setTimeout(() => this.evaluate(), delay);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('refreshInterval') && this.hasUpdated) this.scheduleRefresh();
    // A provider found after the first request (it upgraded later) brings its own API.
    const all = changed as Map<PropertyKey, unknown>;
    const providerArrived = all.has('providedClient') && all.get('providedClient') === undefined && this.apiBase === undefined && this.headers === undefined;
    if ((changed.has('apiBase') || changed.has('headers') || providerArrived) && this.hasUpdated) {
      this.visibleIds = undefined;
      void this.load();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Empty, signed out or not yet worth a skeleton: nothing visible, and no empty region left
    // in the accessibility tree.
    const empty =
      (this.phase === 'loading' && !this.showSkeleton) ||
      this.phase === 'signed-out' ||
      this.phase === 'forbidden' ||
      (this.phase === 'ready' && this.shown.length === 0 && this.hiddenOnes.length === 0 && !this.feedback && !this.stale) ||
      // Nothing to see until the drawing code has arrived (a few ms).
      (this.phase === 'ready' && !this.presentation && !this.presentationFailed);
    if (this.hidden !== empty) this.hidden = empty;
    if (this.pendingArrivals) {
      // Set once the live region is in the page (the host may just have been shown).
      const message = this.pendingArrivals;
      this.pendingArrivals = '';
      setTimeout(() => (this.arrivals = message), 100);
    }
  }

  private focusRegion(): void {
    this.shadowRoot?.querySelector<HTMLElement>('#region-title')?.focus();
  }

  protected focusAnnouncement(id: string | undefined): void {
    const target = id ? [...(this.shadowRoot?.querySelectorAll<HTMLElement>('article[data-id]') ?? [])].find((el) => el.dataset.id === id) : undefined;
    if (target) target.focus();
    else this.focusRegion();
  }

  private onLink(a: Announcement, event: MouseEvent, url: string, external: boolean): void {
    const proceed = this.emit('ent-announcement-link', { id: a.id, url, external }, true);
    if (!proceed) event.preventDefault();
  }

  /**
   * Loads the drawing and forms' code (once). When that fails (offline, or the site updated
   * under an open page) the region says so: browsers keep a failed module import failed
   * (Firefox always), so only a page reload helps.
   */
  private loadPresentation(): Promise<void> {
    this.presentationLoad ??= import('./presentation.js').then(
      (presentation) => {
        const root = this.renderRoot;
        if (root instanceof ShadowRoot) adoptStyles(root, [...EntTargetedAnnouncement.elementStyles, presentation.announcementStyles]);
        this.presentation = presentation;
        // What cannot be drawn is dropped before anything is.
        this.items = presentation.drawable(this.items);
        this.answering = new presentation.Answering({
          element: this,
          aborted: () => this.signal.aborted,
          send: (id, body, idempotencyKey) =>
            this.api.post('/announcements/{id}/form-responses', { path: { id }, body, idempotencyKey, signal: this.signal }),
          recorded: (id, sent) => {
            this.answered.add(id);
            if (sent) this.emit('ent-announcement-answer', { id });
            this.evaluate();
          },
        });
        this.evaluate();
      },
      (error: unknown) => {
        logError(TAG, error);
        this.presentationFailed = true;
      },
    );
    return this.presentationLoad;
  }

  /** Also waits for the drawing code when there is an announcement to show. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if (this.presentationLoad && !this.presentation && !this.presentationFailed) {
      await this.presentationLoad;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** What hiding and showing again (in the drawing chunk, ./read-state.ts) act on: this element's own state. */
  private get readStateHost(): ReadStateHost {
    return this as unknown as ReadStateHost;
  }

  private renderOne(presentation: typeof import('./presentation.js'), a: Announcement, index: number, several: boolean): TemplateResult {
    const idPrefix = `a${index}`;
    return presentation.renderAnnouncement(a, {
      from: several ? a.establishment?.name : undefined,
      locale: this.locale,
      headingLevel: Math.min(6, this.level + 1),
      idPrefix,
      arrivedAlert: this.arrivedAlerts.has(a.id),
      onDismiss: () => void presentation.dismiss(this.readStateHost, a),
      onLink: (event, url, external) => this.onLink(a, event, url, external),
      form: this.answering?.render(a, idPrefix),
    });
  }

  private get level(): number {
    const n = Number(this.headingLevel);
    return Number.isFinite(n) ? Math.min(6, Math.max(2, Math.round(n))) : 2;
  }

  private regionHeading(): TemplateResult {
    return heading(this.level, html`<span id="region-title" tabindex="-1">${t(this.locale, 'regionTitle')}</span>`, 'region-title');
  }

  private renderHidden(): TemplateResult | typeof nothing {
    const hidden = this.hiddenOnes;
    if (hidden.length === 0 || !this.presentation) return nothing;
    return this.presentation.renderHiddenList(hidden, {
      locale: this.locale,
      open: this.hiddenOpen,
      onToggle: () => (this.hiddenOpen = !this.hiddenOpen),
      onShowAgain: (a) => void this.presentation!.showAgain(this.readStateHost, a),
    });
  }

  private renderList(): TemplateResult | typeof nothing {
    const presentation = this.presentation;
    if (this.shown.length + this.hiddenOnes.length === 0) return nothing;
    if (!presentation) {
      return this.presentationFailed ? html`<p class="feedback" role="alert">${t(this.locale, 'drawingUnavailable')}</p>` : nothing;
    }
    if (this.shown.length === 0) return nothing;
    // Someone of two schools is told which one each announcement comes from.
    const several = new Set(this.items.map((a) => a.establishment?.uai)).size > 1;
    return presentation.renderAnnouncementList(this.shown, (a, i) => this.renderOne(presentation, a, i, several), {
      locale: this.locale,
      limit: this.limit,
      onMore: async (limit, first) => {
        this.limit = limit;
        this.requestUpdate();
        await this.updateComplete;
        this.focusAnnouncement(first.id);
      },
    });
  }

  protected override render(): TemplateResult | typeof nothing {
    const locale = this.locale;
    switch (this.phase) {
      case 'loading':
        if (!this.showSkeleton) return nothing;
        return html`<section class="region" part="region" aria-labelledby="region-title" aria-busy="true">
          ${this.regionHeading()} ${loadingView(locale, 3)}
        </section>`;
      case 'signed-out':
      case 'forbidden':
        return nothing;
      case 'error':
        return html`<section class="region" part="region" aria-labelledby="region-title">
          ${this.regionHeading()} ${errorView({ locale, error: this.error, onRetry: () => void this.load() })}
        </section>`;
      default:
        return html`<section class="region" part="region" aria-labelledby="region-title">
          ${this.regionHeading()}
          ${this.stale ? staleNotice(locale, this.savedAt, () => void this.load()) : nothing}
          <div class="feedback" role="status">${this.feedback}</div>
          <div class="visually-hidden" role="status">${this.arrivals}</div>
          ${this.renderList()}
          ${this.renderHidden()}
        </section>`;
    }
  }
}
