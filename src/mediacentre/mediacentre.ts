// <gar-mediacentre>: the digital resources the GAR assigns to the signed-in user.
// One shadow root for the whole list: cards are templates, not elements.
import { html, noChange, nothing, type ElementPart, type PropertyValues, type TemplateResult } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { keyed } from 'lit/directives/keyed.js';
import { ApiError, errorFromResponse } from '../shared/api/errors.js';
import type { Establishment } from '../shared/api/types.js';
import { EntElement } from '../shared/base-element.js';
import type { Locale } from '../shared/i18n.js';
import {
  emptyView,
  errorMessage,
  errorView,
  forbiddenView,
  heading,
  loadingView,
  logError,
  signedOutView,
  staleNotice,
  stateStyles,
} from '../shared/states.js';
import { readStored, storageKey, writeStored } from '../shared/storage.js';
import { tokens } from '../shared/tokens.js';
import { formStyles } from '../shared/form-styles.js';
import { safeUrl } from '../shared/url.js';
import { sharedMessages } from '../shared/messages.js';
import { mediacentreMessages as t } from './messages.js';
import {
  buildCatalog,
  warmSearch,
  EMPTY_FILTERS,
  FACETS,
  filterCatalog,
  fold,
  isFiltered,
  listingRecords,
  restoreFilters,
  type Catalog,
  type Entry,
  type Facet,
  type FilterResult,
  type FilterState,
  type Resource,
} from './model.js';
import { mediacentreStyles } from './styles.js';

const TAG = 'gar-mediacentre';
/** Cards rendered at first and added by each "show more". */
export const PAGE_SIZE = 60;
const ALL = '*';
const ANNOUNCE_DELAY = 400;

export type { GarAffectationOpenDetail, GarFavoriteChangeDetail, GarResourceOpenDetail } from '../shared/events.js';

type Layout = 'grid' | 'list';

type UaiLoad =
  | { status: 'loading' }
  | { status: 'ok'; records: unknown[]; stale?: { savedAt: string; error: unknown } }
  | { status: 'error'; error: unknown };

interface UiState extends FilterState {
  layout: Layout;
  uai?: string;
}

const STALE_KINDS = new Set(['offline', 'network', 'server', 'malformed', 'rate-limited', 'not-found']);

/**
 * The user's médiacentre: the digital resources the GAR assigns them, as cards or list rows,
 * with search, filters, favourites, families of resources and details.
 *
 * @summary The user's GAR resources (médiacentre).
 * @tag gar-mediacentre
 *
 * @event gar-resource-open - Before a resource opens in a new tab; cancelable. `detail: { resource }` is the GAR record. `preventDefault()` keeps the link from opening.
 * @event gar-affectation-open - Before following "Gérer les affectations"; cancelable. `detail: { url }`.
 * @event gar-favorite-change - A favourite was saved by the server. `detail: { idRessource, favorite }`.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart heading - The widget's heading.
 * @csspart toolbar - Search, filters, sort and layout controls.
 * @csspart list - The list of resources.
 * @csspart card - One resource (card or row).
 * @csspart card-title - The title link of a resource.
 * @csspart thumbnail - The thumbnail box of a resource.
 * @csspart gar-badge - The GAR badge.
 * @csspart favorite-button - The favourite toggle.
 * @csspart details-button - The button opening a resource's details.
 * @csspart details - The details dialog.
 * @csspart more-button - "Show more resources".
 * @csspart manage-link - "Gérer les affectations" (responsables d'affectation only).
 * @csspart card-heading - The heading holding a resource's title.
 * @csspart loading - Loading state.
 * @csspart empty - Empty state (nothing assigned, no match, no favourite).
 * @csspart error - Error state.
 * @csspart retry-button - Retry button of the error state.
 * @csspart stale-notice - Notice above the last saved list when the service cannot be reached.
 * @csspart forbidden - Forbidden state.
 * @csspart signed-out - Signed-out state.
 *
 * @cssproperty --ent-mediacentre-thumbnail-ratio - Aspect ratio of thumbnails (default `3 / 2`).
 * @cssproperty --ent-mediacentre-card-min-width - Minimum card width in the grid (default `15rem`).
 */
export class GarMediacentre extends EntElement {
  static override styles = [tokens, stateStyles, formStyles, mediacentreStyles];

  static override properties = {
    uai: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    affectationUrl: { attribute: 'affectation-url' },
    phase: { state: true },
    sessionError: { state: true },
    establishments: { state: true },
    loads: { state: true },
    selected: { state: true },
    favorites: { state: true },
    favoritesFailed: { state: true },
    favoritesLoading: { state: true },
    pinned: { state: true },
    filters: { state: true },
    layout: { state: true },
    filtersOpen: { state: true },
    limit: { state: true },
    expanded: { state: true },
    feedback: { state: true },
    announcement: { state: true },
    details: { state: true },
  };

  /** UAI of the establishment to show; default: the user's current establishment (with a selector when they have several). */
  uai?: string;

  /** Level of the widget's heading (2–6, default 2); card titles are one level below. */
  headingLevel = 2;

  /** URL of the affectation console, linked for *responsables d'affectation*. */
  affectationUrl?: string;

  private phase: 'loading' | 'ready' | 'signed-out' | 'session-error' = 'loading';
  private sessionError?: unknown;
  private establishments: Establishment[] = [];
  private loads = new Map<string, UaiLoad>();
  private selected = '';
  private favorites = new Set<string>();
  private favoritesFailed = false;
  private favoritesLoading = false;
  /** Favourites shown first: a snapshot taken when the list is (re)computed, not on each toggle. */
  private pinned = new Set<string>();
  private filters: FilterState = { ...EMPTY_FILTERS };
  private layout: Layout = 'grid';
  /** Filters shown on a narrow widget (on a wide one they are always shown). */
  private filtersOpen = false;
  private limit = PAGE_SIZE;
  /** Families opened or closed by the user (else open while a search matches one of their members). */
  private expanded = new Map<string, boolean>();
  private feedback?: string;
  /** The resource whose favourite change failed: focus goes back to its star when the message is dismissed. */
  private feedbackFor?: string;
  private announcement = '';
  private details?: Resource;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private run = 0;
  private awaitingSession = false;
  private userId?: string;
  private pending = new Map<string, boolean>();
  private catalogKey?: unknown;
  private catalog?: Catalog;
  private result?: FilterResult;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private detailsTrigger?: HTMLElement;
  /** Listings waiting to be saved for offline use (written when idle, after the list is painted). */
  private unsaved = new Map<string, unknown[]>();
  private saveTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    // After the first update: an enclosing <ent-widgets-provider> has then handed down its
    // client and session (it creates them in its own first update), so no second GET /me.
    const run = this.run;
    void this.updateComplete.then(() => {
      if (this.isConnected && run === this.run) void this.load();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.saveListings();
    clearTimeout(this.announceTimer);
    window.removeEventListener('online', this.onOnline);
  }

  /** Back online after a failure or while showing the saved list: fetch afresh. */
  private onOnline = (): void => {
    const degraded = [...this.loads.values()].some((l) => l.status === 'error' || (l.status === 'ok' && l.stale));
    if (degraded) void this.load();
  };

  /** Reloads the resources and favourites. */
  reload(): Promise<void> {
    return this.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Before the first load (run 0), attributes set at creation are already taken into account.
    if (this.run > 0 && (changed.has('apiBase') || changed.has('uai') || changed.has('headers'))) {
      void this.load();
    } else if (this.run > 0 && !this.awaitingSession) {
      // The provider's session changed: another user, or signed out, or signed in. Never keep
      // showing the previous user's resources.
      const session = this.session;
      const now = session.status === 'signed-in' ? session.me.id : undefined;
      if (session.status !== 'loading' && now !== this.userId) void this.load();
    }
  }

  private get t() {
    const locale = this.locale;
    return (key: Parameters<typeof t>[1], params?: Record<string, string | number>) =>
      (t as (l: Locale, k: string, p?: Record<string, string | number>) => string)(locale, key, params);
  }

  // ---- loading -------------------------------------------------------------------------

  private async load(): Promise<void> {
    const run = ++this.run;
    // A refresh keeps what is shown until the answers arrive (no flash of skeleton).
    if (this.phase !== 'ready') this.phase = 'loading';
    this.awaitingSession = true;
    const session = await this.ensureSession();
    if (run !== this.run) return;
    this.awaitingSession = false;
    if (session.status !== 'signed-in') {
      this.forgetUser();
      if (session.status === 'anonymous') {
        this.phase = 'signed-out';
      } else if (session.status === 'error') {
        logError(TAG, session.error);
        this.sessionError = session.error;
        this.phase = 'session-error';
      }
      return;
    }
    const me = session.me;
    const sameUser = this.userId === me.id;
    if (!sameUser) {
      this.forgetUser();
      this.userId = me.id;
      this.restoreUi();
    }
    const known = new Map<string, Establishment>();
    for (const e of me.establishments) if (e.uai && !known.has(e.uai)) known.set(e.uai, e);
    let list: Establishment[];
    if (this.uai) {
      list = [known.get(this.uai) ?? { uai: this.uai, name: this.uai }];
    } else {
      list = [...known.values()];
      if (list.length === 0 && me.currentUai) list = [{ uai: me.currentUai, name: me.currentUai }];
      // The current establishment first: its record wins for resources present in several.
      list.sort((a, b) => Number(b.uai === me.currentUai) - Number(a.uai === me.currentUai));
    }
    this.establishments = list;
    const uais = list.map((e) => e.uai);
    if (!(this.selected === ALL && uais.length > 1) && !uais.includes(this.selected)) {
      this.selected = this.uai ?? (uais.includes(me.currentUai) ? me.currentUai : (uais[0] ?? ''));
    }
    const previous = this.loads;
    this.loads = new Map(
      uais.map((uai): [string, UaiLoad] => {
        const shown = previous.get(uai);
        return [uai, sameUser && shown?.status === 'ok' ? shown : { status: 'loading' }];
      }),
    );
    this.favoritesLoading = !sameUser;
    this.phase = 'ready';
    await Promise.all([...uais.map((uai) => this.loadEstablishment(run, uai)), this.loadFavorites(run)]);
  }

  private async loadEstablishment(run: number, uai: string): Promise<void> {
    let next: UaiLoad;
    const key = storageKey(TAG, this.userId, `resources:${uai}`);
    try {
      const body: unknown = await this.api.get('/mediacentre/resources', { query: { uai }, signal: this.signal });
      // Some proxies forward a GAR error body with a 200: still an error, not an empty list.
      if (isGarErrorBody(body)) throw errorFromResponse(502, body, this.api.url(`/mediacentre/resources?uai=${uai}`));
      const records = listingRecords(body);
      this.saveListingLater(key, records);
      next = { status: 'ok', records };
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      logError(TAG, error);
      const kind = error instanceof ApiError ? error.kind : 'network';
      this.saveListings();
      const cached = STALE_KINDS.has(kind) ? readStored<unknown[]>(key) : undefined;
      next = cached && Array.isArray(cached.value)
        ? { status: 'ok', records: cached.value, stale: { savedAt: cached.savedAt, error } }
        : { status: 'error', error };
    }
    if (run !== this.run) return;
    this.loads = new Map(this.loads).set(uai, next);
    this.scheduleAnnouncement();
  }

  /**
   * Serialising 1,000 GAR records into localStorage takes longer than rendering them: it waits
   * until the list is painted and the page is idle (or the widget leaves the page).
   */
  private saveListingLater(key: string, records: unknown[]): void {
    this.unsaved.set(key, records);
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => whenIdle(() => this.saveListings()), 500);
  }

  private saveListings(): void {
    clearTimeout(this.saveTimer);
    for (const [key, records] of this.unsaved) writeStored(key, records);
    this.unsaved.clear();
  }

  private async loadFavorites(run: number): Promise<void> {
    const key = storageKey(TAG, this.userId, 'favorites');
    let favorites: string[] | undefined;
    let failed = false;
    try {
      const body = await this.api.get('/mediacentre/favorites', { signal: this.signal });
      favorites = Array.isArray(body?.favorites) ? body.favorites.filter((id): id is string => typeof id === 'string') : [];
      writeStored(key, favorites);
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      logError(TAG, error);
      const cached = readStored<string[]>(key);
      favorites = Array.isArray(cached?.value) ? cached.value : [];
      failed = !cached;
    }
    if (run !== this.run) return;
    this.favoritesLoading = false;
    this.favorites = new Set(favorites);
    this.pinned = new Set(favorites);
    this.favoritesFailed = failed;
  }

  /** Drops everything of the previous user (another one signs in on the same page, or nobody). */
  private forgetUser(): void {
    this.userId = undefined;
    this.loads = new Map();
    this.favorites = new Set();
    this.pinned = new Set();
    this.pending.clear();
    this.expanded = new Map();
    this.feedback = undefined;
    this.favoritesFailed = false;
    if (this.dialog?.open) this.dialog.close();
  }

  // ---- UI state, kept per user ----------------------------------------------------------

  private get uiKey(): string {
    return storageKey(TAG, this.userId, 'ui');
  }

  private restoreUi(): void {
    const stored = readStored<Partial<UiState>>(this.uiKey)?.value;
    this.filters = restoreFilters(stored);
    this.layout = stored?.layout === 'list' ? 'list' : 'grid';
    this.selected = typeof stored?.uai === 'string' ? stored.uai : '';
  }

  private saveUi(): void {
    if (this.userId === undefined) return;
    const ui: UiState = { ...this.filters, layout: this.layout, uai: this.uai ? undefined : this.selected };
    writeStored(this.uiKey, ui);
  }

  private setFilters(changes: Partial<FilterState>): void {
    if (changes.q !== undefined && changes.q !== this.filters.q) this.expanded = new Map();
    this.filters = { ...this.filters, ...changes };
    this.limit = PAGE_SIZE;
    this.pinned = new Set(this.favorites);
    this.saveUi();
    this.scheduleAnnouncement();
  }

  private clearFilters(): void {
    this.setFilters({ ...EMPTY_FILTERS, sort: this.filters.sort });
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.countText();
    }, ANNOUNCE_DELAY);
  }

  // ---- derived data ----------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = `${this.selected}|${this.establishments.length}`;
    if (changed.has('loads') || changed.has('selected') || changed.has('establishments') || this.catalogKey !== key) {
      this.catalogKey = key;
      const uais = this.selected === ALL ? this.establishments.map((e) => e.uai) : [this.selected];
      const listings: Array<{ uai: string; records: unknown[] }> = [];
      for (const uai of uais) {
        const load = this.loads.get(uai);
        if (load?.status === 'ok') listings.push({ uai, records: load.records });
      }
      const catalog = (this.catalog = buildCatalog(listings));
      this.result = undefined;
      // Ready for the first keystroke, without delaying the first paint.
      void this.updateComplete.then(() => whenIdle(() => warmSearch(catalog)));
    }
    if (!this.result || changed.has('filters') || changed.has('pinned') || changed.has('lang') || changed.has('providedLocale')) {
      this.result = this.catalog ? filterCatalog(this.catalog, this.filters, this.pinned, this.locale) : undefined;
    }
  }

  private countText(): string {
    const shown = this.result?.entries.length ?? 0;
    const total = this.catalog?.entries.length ?? 0;
    if (this.catalog === undefined || this.phase !== 'ready') return '';
    return isFiltered(this.filters) ? this.t('resultsOf', { count: shown, total }) : this.t('results', { count: shown });
  }

  // ---- actions ---------------------------------------------------------------------------

  private onOpen(event: MouseEvent, resource: Resource): void {
    if (!this.emit('gar-resource-open', { resource: resource.record }, true)) event.preventDefault();
  }

  private onManage(event: MouseEvent, url: string | undefined): void {
    if (!this.emit('gar-affectation-open', { url }, true) || !url) event.preventDefault();
  }

  private async toggleFavorite(resource: Resource): Promise<void> {
    const id = resource.id;
    const wanted = !this.favorites.has(id);
    this.pending.set(id, wanted);
    this.feedback = undefined;
    this.favorites = withFavorite(this.favorites, id, wanted);
    try {
      const options = { path: { idRessource: id }, signal: this.signal };
      const body = wanted
        ? await this.api.put('/mediacentre/favorites/{idRessource}', options)
        : await this.api.delete('/mediacentre/favorites/{idRessource}', options);
      if (this.pending.get(id) !== wanted) return; // a later click on the same star wins
      this.pending.delete(id);
      let next = new Set(Array.isArray(body?.favorites) ? body.favorites : [...this.favorites]);
      next = withFavorite(next, id, wanted);
      for (const [other, state] of this.pending) next = withFavorite(next, other, state);
      this.favorites = next;
      writeStored(storageKey(TAG, this.userId, 'favorites'), [...next]);
      this.announcement = this.t(wanted ? 'favoriteAdded' : 'favoriteRemoved', { title: resource.title });
      this.emit('gar-favorite-change', { idRessource: id, favorite: wanted });
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      if (this.pending.get(id) !== wanted) return;
      this.pending.delete(id);
      logError(TAG, error);
      this.favorites = withFavorite(this.favorites, id, !wanted);
      this.feedbackFor = id;
      this.feedback = this.t(wanted ? 'favoriteAddFailed' : 'favoriteRemoveFailed', {
        title: resource.title,
        message: errorMessage(this.locale, error),
      });
    }
  }

  private dismissFeedback(): void {
    this.feedback = undefined;
    const star = [...this.renderRoot.querySelectorAll<HTMLElement>('[part="favorite-button"]')].find((b) => b.dataset.id === this.feedbackFor);
    (star ?? this.renderRoot.querySelector<HTMLElement>('#q'))?.focus();
  }

  private toggleFamily(entry: Entry): void {
    this.expanded = new Map(this.expanded).set(entry.resource.id, !this.isFamilyOpen(entry));
  }

  private isFamilyOpen(entry: Entry): boolean {
    const chosen = this.expanded.get(entry.resource.id);
    if (chosen !== undefined) return chosen;
    const words = fold(this.filters.q).split(' ').filter(Boolean);
    if (words.length === 0) return false;
    const own = fold([entry.resource.title, entry.resource.publisher, entry.resource.type?.label ?? '', ...entry.resource.disciplines, ...entry.resource.levels].join('\n'));
    if (words.every((word) => own.includes(word))) return false;
    return entry.members.some((m) => {
      const text = fold([m.title, m.publisher, m.type?.label ?? '', ...m.disciplines, ...m.levels].join('\n'));
      return words.every((word) => text.includes(word));
    });
  }

  private async showMore(): Promise<void> {
    const first = this.limit;
    this.limit += PAGE_SIZE;
    await this.updateComplete;
    // Focus the first new resource, so that keyboard users continue where they were.
    const item = this.renderRoot.querySelectorAll<HTMLElement>('.cards > li')[first];
    item?.querySelector<HTMLElement>('a, button')?.focus();
  }

  private async openDetails(resource: Resource, trigger: HTMLElement): Promise<void> {
    this.detailsTrigger = trigger;
    this.details = resource;
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('.details-title')?.focus();
  }

  private closeDetails(): void {
    this.dialog?.close();
  }

  private onDialogClose(): void {
    this.details = undefined;
    const trigger = this.detailsTrigger;
    this.detailsTrigger = undefined;
    if (trigger?.isConnected) trigger.focus();
  }

  private selectEstablishment(uai: string): void {
    this.selected = uai;
    this.limit = PAGE_SIZE;
    this.pinned = new Set(this.favorites);
    this.saveUi();
    this.scheduleAnnouncement();
  }

  private setLayout(layout: Layout): void {
    this.layout = layout;
    this.saveUi();
  }

  // ---- rendering -------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const busy = this.phase === 'loading' || this.favoritesLoading || [...this.loads.values()].some((l) => l.status === 'loading');
    return html`<div part="base" class="base" aria-busy=${busy ? 'true' : 'false'}>
      <div class="header">
        ${heading(this.headingLevel, this.t('title'), 'title')} ${this.renderManage()}
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.feedback
        ? html`<div class="notice feedback" role="alert">
            <span>${this.feedback}</span>
            <button type="button" class="button small" @click=${this.dismissFeedback}>${this.t('dismiss')}</button>
          </div>`
        : nothing}
      ${this.renderBody()} ${this.renderDialog()}
    </div>`;
  }

  private renderManage(): TemplateResult | typeof nothing {
    if (!this.me?.roles?.includes('responsable-affectation')) return nothing;
    const url = safeUrl(this.affectationUrl);
    if (!url) {
      return html`<button type="button" class="button" part="manage-link" @click=${(e: MouseEvent) => this.onManage(e, undefined)}>
        ${this.t('manage')}
      </button>`;
    }
    return html`<a class="button" part="manage-link" href=${url} @click=${(e: MouseEvent) => this.onManage(e, url)}>${this.t('manage')}</a>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    const locale = this.locale;
    switch (this.phase) {
      case 'loading':
        return loadingView(locale);
      case 'signed-out':
        return signedOutView(locale);
      case 'session-error':
        return errorView({ locale, error: this.sessionError, onRetry: () => void this.load() });
      default:
        break;
    }
    const uais = this.selected === ALL ? this.establishments.map((e) => e.uai) : [this.selected];
    const loads = uais.map((uai) => ({ uai, load: this.loads.get(uai) ?? ({ status: 'loading' } as UaiLoad) }));
    const selector = this.renderSelector();
    if (loads.some(({ load }) => load.status === 'loading')) return html`${selector}${loadingView(locale)}`;
    const failed = loads.filter(({ load }) => load.status === 'error') as Array<{ uai: string; load: { status: 'error'; error: unknown } }>;
    if (failed.length === loads.length) {
      const error = failed[0]?.load.error;
      if (error instanceof ApiError && error.kind === 'unauthorized') return html`${selector}${signedOutView(locale)}`;
      if (error instanceof ApiError && error.kind === 'forbidden') return html`${selector}${forbiddenView(locale)}`;
      return html`${selector}${errorView({ locale, error, onRetry: () => void this.load() })}`;
    }
    const stale = loads.map(({ load }) => (load.status === 'ok' ? load.stale : undefined)).find(Boolean);
    return html`${selector}
      ${failed.map(
        ({ uai, load }) => html`<div class="notice" role="status">
          <span>${this.t('establishmentFailed', { name: this.establishmentName(uai), message: errorMessage(locale, load.error) })}</span>
          <button type="button" class="button small" @click=${() => void this.load()}>${sharedMessages(this.locale, 'retry')}</button>
        </div>`,
      )}
      ${stale ? staleNotice(locale, stale.savedAt, () => void this.load()) : nothing}
      ${this.favoritesFailed ? html`<div class="notice" role="status">${this.t('favoritesUnavailable')}</div>` : nothing}
      ${this.renderResources()}`;
  }

  private establishmentName(uai: string): string {
    return this.establishments.find((e) => e.uai === uai)?.name ?? uai;
  }

  private renderSelector(): TemplateResult | typeof nothing {
    if (this.uai || this.establishments.length < 2) return nothing;
    return html`<div class="field establishment">
      <label for="establishment">${this.t('establishment')}</label>
      <select id="establishment" @change=${(e: Event) => this.selectEstablishment((e.target as HTMLSelectElement).value)}>
        ${this.establishments.map((e) => html`<option value=${e.uai} ?selected=${this.selected === e.uai}>${e.name}</option>`)}
        <option value=${ALL} ?selected=${this.selected === ALL}>${this.t('allEstablishments')}</option>
      </select>
    </div>`;
  }

  private renderResources(): TemplateResult {
    const catalog = this.catalog;
    const result = this.result;
    if (!catalog || !result || catalog.entries.length === 0) {
      return emptyView({ title: this.t('emptyTitle'), detail: this.t('emptyDetail') });
    }
    const entries = result.entries;
    const shown = entries.slice(0, this.limit);
    const total = entries.length;
    return html`${this.renderToolbar(result)}
      <p class="count" aria-hidden="true">${this.countText()}</p>
      ${total === 0
        ? emptyView({
            title: this.noFavorites() ? this.t('noFavoritesTitle') : this.t('noMatchTitle'),
            detail: this.noFavorites() ? this.t('noFavoritesDetail') : this.t('noMatchDetail'),
            action: html`<button type="button" class="button" @click=${this.clearFilters}>${this.t('clear')}</button>`,
          })
        : html`<ul class="cards ${this.layout}" part="list" role="list" aria-label=${this.t('listLabel')}>
            ${shown.map((entry, index) => this.renderCard(entry, index, total))}
          </ul>`}
      ${total > shown.length
        ? html`<div class="more">
            <button type="button" class="button" part="more-button" @click=${this.showMore}>
              ${this.t('more')} ${this.t('moreCount', { shown: shown.length, total })}
            </button>
          </div>`
        : nothing}`;
  }

  private renderToolbar(result: FilterResult): TemplateResult {
    const f = this.filters;
    return html`<form class="toolbar" part="toolbar" role="search" aria-label=${this.t('filters')} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field search">
        <label for="q">${this.t('search')}</label>
        <input
          id="q"
          type="search"
          autocomplete="off"
          aria-describedby="q-hint"
          .value=${f.q}
          @input=${(e: Event) => this.setFilters({ q: (e.target as HTMLInputElement).value })}
        />
        <span id="q-hint" class="hint">${this.t('searchHint')}</span>
      </div>
      <button
        type="button"
        class="button filters-toggle"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >
        ${this.t('filtersToggle', { count: FACETS.filter((facet) => f[facet] !== '').length + (f.favoritesOnly ? 1 : 0) })}
      </button>
      <div id="filters" class="filters" ?data-collapsed=${!this.filtersOpen}>
      ${FACETS.map((facet) => this.renderFacet(facet, result))}
      <div class="field">
        <label for="sort">${this.t('sort')}</label>
        <select id="sort" @change=${(e: Event) => this.setFilters({ sort: (e.target as HTMLSelectElement).value === 'publisher' ? 'publisher' : 'title' })}>
          <option value="title" ?selected=${f.sort === 'title'}>${this.t('sort.title')}</option>
          <option value="publisher" ?selected=${f.sort === 'publisher'}>${this.t('sort.publisher')}</option>
        </select>
      </div>
      <div class="field">
        <label for="show">${this.t('show')}</label>
        <select id="show" @change=${(e: Event) => this.setFilters({ favoritesOnly: (e.target as HTMLSelectElement).value === 'favorites' })}>
          <option value="all" ?selected=${!f.favoritesOnly}>${this.t('allResources')}</option>
          <option value="favorites" ?selected=${f.favoritesOnly}>${this.t('favoritesOnly', { count: this.favoritesInCatalog() })}</option>
        </select>
      </div>
      <div class="field">
        <span class="group-label" id="layout-label">${this.t('display')}</span>
        <div class="segmented" role="group" aria-labelledby="layout-label">
          <button type="button" class="button small" aria-pressed=${this.layout === 'grid' ? 'true' : 'false'} @click=${() => this.setLayout('grid')}>
            ${this.t('grid')}
          </button>
          <button type="button" class="button small" aria-pressed=${this.layout === 'list' ? 'true' : 'false'} @click=${() => this.setLayout('list')}>
            ${this.t('list')}
          </button>
        </div>
      </div>
      </div>
      ${isFiltered(f) ? html`<button type="button" class="button" @click=${this.clearFilters}>${this.t('clear')}</button>` : nothing}
    </form>`;
  }

  /** The favourites view is empty because there are no favourites at all (not because of a search). */
  private noFavorites(): boolean {
    return this.filters.favoritesOnly && this.pinned.size === 0 && !isFiltered({ ...this.filters, favoritesOnly: false });
  }

  private favoritesInCatalog(): number {
    if (!this.catalog) return 0;
    let n = 0;
    for (const id of this.favorites) if (this.catalog.byId.has(id)) n++;
    return n;
  }

  private renderFacet(facet: Facet, result: FilterResult): TemplateResult | typeof nothing {
    const options = result.options[facet];
    const value = this.filters[facet];
    if (options.length === 0 && !value) return nothing;
    return html`<div class="field">
      <label for="f-${facet}">${this.t(`facet.${facet}`)}</label>
      <select id="f-${facet}" @change=${(e: Event) => this.setFilters({ [facet]: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${value === ''}>${this.t(`facetAll.${facet}`)}</option>
        ${options.map(
          (o) => html`<option value=${o.key} ?selected=${value === o.key}>${this.t('optionWithCount', { label: o.label, count: o.count })}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderTitle(resource: Resource, className: string): TemplateResult {
    // The part is the title's, link or not (a record without a safe URL is shown, not linked).
    if (!resource.url) return html`<span class=${className} part="card-title">${resource.title}</span>`;
    return html`<a
      class=${className}
      part="card-title"
      href=${resource.url}
      target="_blank"
      rel="noopener noreferrer"
      @click=${(e: MouseEvent) => this.onOpen(e, resource)}
      >${resource.title}<span class="visually-hidden"> ${this.t('newTab')}</span></a
    >`;
  }

  /** The star and the details button (and, on a family's card, its toggle): one template for all three. */
  private renderActions(resource: Resource, family: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<div class="actions">
      <button
        type="button"
        class="button small favorite"
        part="favorite-button"
        data-id=${resource.id}
        aria-pressed=${this.favorites.has(resource.id) ? 'true' : 'false'}
        @click=${() => void this.toggleFavorite(resource)}
      >
        <svg class="star" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 2.8l2.8 5.8 6.4.9-4.6 4.5 1.1 6.3L12 17.3l-5.7 3 1.1-6.3-4.6-4.5 6.4-.9z" />
        </svg><span class="visually-hidden">${this.t('favorite', { title: resource.title })}</span>
      </button>
      <button
        type="button"
        class="button small"
        part="details-button"
        aria-haspopup="dialog"
        @click=${(e: MouseEvent) => void this.openDetails(resource, e.currentTarget as HTMLElement)}
      >
        ${this.t('details')}<span class="visually-hidden"> : ${resource.title}</span>
      </button>
      ${family}
    </div>`;
  }

  // One template, rows hidden when empty: over 60 cards, a nested template per row and per
  // chip cost more than the rest of the card.
  private renderMeta(r: Resource): TemplateResult {
    return html`<dl class="meta">
      <div ?hidden=${!r.type}><dt class="visually-hidden">${this.t('type')}</dt><dd>${r.type?.label}</dd></div>
      <div ?hidden=${r.levels.length === 0}><dt class="visually-hidden">${this.t('levels')}</dt><dd class="chips" ${chips(r.levels)}></dd></div>
      <div ?hidden=${r.disciplines.length === 0}>
        <dt class="visually-hidden">${this.t('disciplines')}</dt><dd class="chips" ${chips(r.disciplines)}></dd>
      </div>
      ${this.selected === ALL
        ? html`<div>
            <dt class="visually-hidden">${this.t('establishments')}</dt>
            <dd>${r.uais.map((uai) => this.establishmentName(uai)).join(', ')}</dd>
          </div>`
        : nothing}
    </dl>`;
  }

  private renderCard(entry: Entry, index: number, total: number): TemplateResult {
    const r = entry.resource;
    const familyId = `family-${index}`;
    const open = entry.members.length > 0 && this.isFamilyOpen(entry);
    return html`<li class="card" part="card" aria-setsize=${total} aria-posinset=${index + 1}>
      <div class="thumb" part="thumbnail">
        <svg class="placeholder" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M8 6h24l8 8v28H8zM30 8v8h8" />
          <path class="knockout" fill="#fff" d="M14 22h20v2H14zm0 6h20v2H14zm0 6h14v2H14z" />
        </svg>
        ${r.thumbnail
          ? keyed(r.thumbnail, html`<img src=${r.thumbnail} alt="" loading="lazy" decoding="async" @error=${hideBrokenImage} />`)
          : nothing}
      </div>
      ${r.garBadge
        ? html`<span class="gar-badge" part="gar-badge" title=${r.garBadge}
            ><span aria-hidden="true">${this.t('garBadge')}</span><span class="visually-hidden">${r.garBadge}</span></span
          >`
        : nothing}
      <div class="body">
        ${heading(this.headingLevel + 1, this.renderTitle(r, 'title-link'), 'card-title', 'card-heading')}
        <p class="publisher" ?hidden=${!r.publisher}>${r.publisher}</p>
        ${r.url ? nothing : html`<p class="unavailable">${this.t('noLink')}</p>`} ${this.renderMeta(r)}
        ${this.renderActions(
          r,
          entry.members.length > 0
            ? html`<button
                type="button"
                class="button small"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${familyId}
                @click=${() => this.toggleFamily(entry)}
              >
                ${this.t('family', { count: entry.members.length })}
              </button>`
            : nothing,
        )}
        ${entry.members.length > 0
          ? html`<ul class="members" id=${familyId} aria-label=${this.t('familyOf', { title: r.title })} ?hidden=${!open}>
              ${open ? entry.members.map((m) => this.renderMember(m)) : nothing}
            </ul>`
          : nothing}
      </div>
    </li>`;
  }

  private renderMember(m: Resource): TemplateResult {
    return html`<li class="member">
      <div>
        ${this.renderTitle(m, 'member-title')}
        ${m.garBadge ? html`<span class="visually-hidden">${m.garBadge}</span>` : nothing}
        ${m.url ? nothing : html`<p class="unavailable">${this.t('noLink')}</p>`} ${this.renderMeta(m)}
      </div>
      ${this.renderActions(m)}
    </li>`;
  }

  private renderFamilyDetails(r: Resource): TemplateResult | typeof nothing {
    const mother = r.motherId ? this.catalog?.byId.get(r.motherId) : undefined;
    const members = this.catalog?.entries.find((e) => e.resource.id === r.id)?.members ?? [];
    if (!mother && members.length === 0) return nothing;
    return html`<dt>${this.t('familyBadge')}</dt>
      <dd>${mother ? mother.title : members.map((m) => m.title).join(', ')}</dd>`;
  }

  private renderDialog(): TemplateResult {
    const r = this.details;
    const none = this.t('notSpecified');
    const list = (values: string[]) => (values.length ? values.join(', ') : none);
    return html`<dialog part="details" aria-labelledby="details-title" @close=${this.onDialogClose}>
      ${r
        ? html`${heading(this.headingLevel + 1, html`<span id="details-title" tabindex="-1" class="details-title">${r.title}</span>`, 'details-heading', 'details-heading')}
            <dl class="details-list">
              <dt>${this.t('publisher')}</dt>
              <dd>${r.publisher || none}</dd>
              <dt>${this.t('type')}</dt>
              <dd>${r.type?.label ?? none}</dd>
              <dt>${this.t('levels')}</dt>
              <dd>${list(r.levels)}</dd>
              <dt>${this.t('disciplines')}</dt>
              <dd>${list(r.disciplines)}</dd>
              <dt>${this.t('pedagogicalTypes')}</dt>
              <dd>${list(r.pedagogicalTypes)}</dd>
              <dt>${this.t('documentTypes')}</dt>
              <dd>${list(r.documentTypes)}</dd>
              <dt>${this.t('access')}</dt>
              <dd>${r.garBadge ?? none}</dd>
              ${this.renderFamilyDetails(r)}
              <dt>${this.t('ark')}</dt>
              <dd>${r.id}</dd>
              <dt>${this.t('distributor')}</dt>
              <dd>${r.distributor ?? none}</dd>
              <dt>${this.t('validator')}</dt>
              <dd>${r.validator ?? none}</dd>
              ${this.establishments.length > 1
                ? html`<dt>${this.t('establishments')}</dt>
                    <dd>${r.uais.map((uai) => this.establishmentName(uai)).join(', ')}</dd>`
                : nothing}
            </dl>
            <div class="dialog-actions">
              ${r.url
                ? html`<a class="button primary" href=${r.url} target="_blank" rel="noopener noreferrer" @click=${(e: MouseEvent) => this.onOpen(e, r)}
                    >${this.t('open')}<span class="visually-hidden"> ${this.t('newTab')}</span></a
                  >`
                : nothing}
              <button type="button" class="button" @click=${this.closeDetails}>${sharedMessages(this.locale, 'close')}</button>
            </div>`
        : nothing}
    </dialog>`;
  }
}

function isGarErrorBody(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || !('Erreur' in body) || 'listeRessources' in body) return false;
  const error = (body as { Erreur: unknown }).Erreur;
  return typeof error === 'object' && error !== null && typeof (error as { Message?: unknown }).Message === 'string';
}

function withFavorite(set: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** A resource's terms as chips, written straight into the element it is bound to (see renderMeta). */
class ChipsDirective extends Directive {
  private values?: readonly string[];

  render(_values: readonly string[]): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [values]: [readonly string[]]): typeof noChange {
    if (values !== this.values) {
      this.values = values;
      part.element.replaceChildren(
        ...values.flatMap((value) => {
          const chip = document.createElement('span');
          chip.className = 'chip';
          chip.textContent = value;
          return [chip, ' '];
        }),
      );
    }
    return noChange;
  }
}
const chips = directive(ChipsDirective);

function hideBrokenImage(event: Event): void {
  (event.target as HTMLImageElement).hidden = true;
}

/** Runs `task` when the page is idle (soon, where requestIdleCallback is missing). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 0);
}
