// <gar-mediacentre>: the digital resources the GAR assigns to the signed-in user.
// One shadow root for the whole list: cards are templates, not elements.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
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
import {
  buildCatalog,
  warmSearch,
  EMPTY_FILTERS,
  filterCatalog,
  isFiltered,
  isGarErrorBody,
  listingRecords,
  matchesThroughMember,
  restoreFilters,
  type Catalog,
  type Entry,
  type FilterResult,
  type FilterState,
  type Resource,
} from './model.js';
import { renderList, type CardView } from './cards.js';
import { renderToolbar, type Layout } from './toolbar.js';
import type { DetailsView } from './details.js';
import { Favorites } from './favorites.js';
import { mediacentreMessages as t, type MediacentreText } from './messages.js';
import { OfflineCopy, whenIdle } from './offline.js';
import { mediacentreStyles } from './styles.js';
import { nextTask } from '../shared/task.js';

const TAG = 'gar-mediacentre';
/** Cards rendered at first and added by each "show more". */
export const PAGE_SIZE = 60;
const ALL = '*';
const ANNOUNCE_DELAY = 400;

export type { GarAffectationOpenDetail, GarFavoriteChangeDetail, GarResourceOpenDetail } from '../shared/events.js';

type UaiLoad =
  | { status: 'loading' }
  | { status: 'ok'; records: unknown[]; stale?: { savedAt: string; error: unknown } }
  | { status: 'error'; error: unknown };

interface UiState extends FilterState {
  layout: Layout;
  uai?: string;
}

/**
 * The user's médiacentre: the digital resources the GAR assigns them, as cards or list rows,
 * with search, filters, favourites, families of resources and details.
 *
 * @summary The user's GAR resources (médiacentre).
 * @tag gar-mediacentre
 *
 * @event gar-resource-open - Before a resource opens in a new tab; cancelable. `detail: { resource }` is the GAR record. `preventDefault()` keeps the link from opening.
 * @event gar-affectation-open - Before following "Gérer les affectations"; cancelable. `detail: { url, uai }`: `uai` is the establishment shown (also appended to the URL as `uai=`), when one is.
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
    filters: { state: true },
    layout: { state: true },
    filtersOpen: { state: true },
    limit: { state: true },
    expanded: { state: true },
    liveMessage: { state: true },
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
  private filters: FilterState = { ...EMPTY_FILTERS };
  private layout: Layout = 'grid';
  /** Filters shown on a narrow widget (on a wide one they are always shown). */
  private filtersOpen = false;
  private limit = PAGE_SIZE;
  /** Families opened or closed by the user (else open while a search matches one of their members). */
  private expanded = new Map<string, boolean>();
  /** What the polite live region says: the count after a search, a favourite saved. */
  private liveMessage = '';
  private details?: Resource;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private run = 0;
  private awaitingSession = false;
  private userId?: string;
  private catalogKey?: unknown;
  private catalog?: Catalog;
  /** The favourites' snapshot the result was computed with. */
  private pinned?: ReadonlySet<string>;
  private result?: FilterResult;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private detailsTrigger?: HTMLElement;
  /** The details dialog's template (its own chunk), loaded the first time details are opened. */
  private renderDetails?: typeof import('./details.js').renderDetails;

  private favorites = new Favorites(this, {
    io: () => ({ api: this.api, signal: this.signal }),
    key: () => storageKey(TAG, this.userId, 'favorites'),
    t: (key, params) => this.t(key, params),
    saved: (resource, favorite, message) => {
      this.liveMessage = message;
      this.emit('gar-favorite-change', { idRessource: resource.id, favorite });
    },
  });

  /** Back online after a failure or while showing the saved list: fetch afresh. */
  private offline = new OfflineCopy(this, () => {
    const degraded = [...this.loads.values()].some((l) => l.status === 'error' || (l.status === 'ok' && l.stale));
    if (degraded) void this.load();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // After the first update: an enclosing <ent-widgets-provider> has then handed down its
    // client and session (it creates them in its own first update), so no second GET /me.
    const run = this.run;
    void this.updateComplete.then(() => {
      if (this.isConnected && run === this.run) void this.load();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

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

  private get t(): MediacentreText {
    const locale = this.locale;
    return (key, params) => (t as (l: Locale, k: string, p?: Record<string, string | number>) => string)(locale, key, params);
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
    this.phase = 'ready';
    await Promise.all([...uais.map((uai) => this.loadEstablishment(run, uai)), this.favorites.load(!sameUser)]);
  }

  private async loadEstablishment(run: number, uai: string): Promise<void> {
    let next: UaiLoad;
    const key = storageKey(TAG, this.userId, `resources:${uai}`);
    try {
      const body: unknown = await this.api.get('/mediacentre/resources', { query: { uai }, signal: this.signal });
      // Some proxies forward a GAR error body with a 200: still an error, not an empty list.
      if (isGarErrorBody(body)) throw errorFromResponse(502, body, this.api.url(`/mediacentre/resources?uai=${uai}`));
      const records = listingRecords(body);
      this.offline.save(key, records);
      next = { status: 'ok', records };
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      logError(TAG, error);
      const saved = this.offline.read(key, error);
      next = saved ? { status: 'ok', records: saved.records, stale: { savedAt: saved.savedAt, error } } : { status: 'error', error };
    }
    // Drawn in a task of its own, not in the one that read (and saved) thousands of records.
    await nextTask();
    if (run !== this.run) return;
    this.loads = new Map(this.loads).set(uai, next);
    this.scheduleAnnouncement();
  }

  /** Drops everything of the previous user (another one signs in on the same page, or nobody). */
  private forgetUser(): void {
    this.userId = undefined;
    this.loads = new Map();
    this.favorites.forget();
    this.expanded = new Map();
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

  private setFilters = (changes: Partial<FilterState>): void => {
    if (changes.q !== undefined && changes.q !== this.filters.q) this.expanded = new Map();
    this.filters = { ...this.filters, ...changes };
    this.limit = PAGE_SIZE;
    this.favorites.pin();
    this.saveUi();
    this.scheduleAnnouncement();
  };

  private clearFilters = (): void => {
    this.setFilters({ ...EMPTY_FILTERS, sort: this.filters.sort });
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  };

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.liveMessage = this.countText();
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
    if (!this.result || changed.has('filters') || this.pinned !== this.favorites.pinned || changed.has('lang') || changed.has('providedLocale')) {
      this.pinned = this.favorites.pinned;
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

  private onOpen = (event: MouseEvent, resource: Resource): void => {
    if (!this.emit('gar-resource-open', { resource: resource.record }, true)) event.preventDefault();
  };

  private onManage(event: MouseEvent, url: string | undefined, uai: string | undefined): void {
    if (!this.emit('gar-affectation-open', { url, uai }, true) || !url) event.preventDefault();
  }

  private toggleFamily = (entry: Entry): void => {
    this.expanded = new Map(this.expanded).set(entry.resource.id, !this.isFamilyOpen(entry));
  };

  private isFamilyOpen = (entry: Entry): boolean => {
    return this.expanded.get(entry.resource.id) ?? matchesThroughMember(entry, this.filters.q);
  };

  private showMore = async (): Promise<void> => {
    const first = this.limit;
    this.limit += PAGE_SIZE;
    await this.updateComplete;
    // Focus the first new resource, so that keyboard users continue where they were.
    const item = this.renderRoot.querySelectorAll<HTMLElement>('.cards > li')[first];
    item?.querySelector<HTMLElement>('a, button')?.focus();
  };

  private openDetails = async (resource: Resource, trigger: HTMLElement): Promise<void> => {
    this.detailsTrigger = trigger;
    try {
      if (!this.renderDetails) {
        const { renderDetails, detailsStyles } = await import('./details.js');
        const root = this.renderRoot as ShadowRoot;
        if (detailsStyles.styleSheet && !this.renderDetails) root.adoptedStyleSheets = [...root.adoptedStyleSheets, detailsStyles.styleSheet];
        this.renderDetails = renderDetails;
      }
    } catch (error) {
      // Offline, or the site was updated under the page: the next click tries again.
      logError(TAG, error);
      return;
    }
    this.details = resource;
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('.details-title')?.focus();
  };

  private onDialogClose(): void {
    this.details = undefined;
    const trigger = this.detailsTrigger;
    this.detailsTrigger = undefined;
    if (trigger?.isConnected) trigger.focus();
  }

  private selectEstablishment(uai: string): void {
    this.selected = uai;
    this.limit = PAGE_SIZE;
    this.favorites.pin();
    this.saveUi();
    this.scheduleAnnouncement();
  }

  private setLayout = (layout: Layout): void => {
    this.layout = layout;
    this.saveUi();
  };

  // ---- rendering -------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const busy = this.phase === 'loading' || this.favorites.loading || [...this.loads.values()].some((l) => l.status === 'loading');
    return html`<div part="base" class="base" aria-busy=${busy ? 'true' : 'false'}>
      <div class="header">
        ${heading(this.headingLevel, this.t('title'), 'title')} ${this.renderManage()}
      </div>
      <div class="visually-hidden" role="status">${this.liveMessage}</div>
      ${this.favorites.renderFeedback()}
      ${this.renderBody()} ${this.renderDialog()}
    </div>`;
  }

  private renderManage(): TemplateResult | typeof nothing {
    if (!this.me?.roles?.includes('responsable-affectation')) return nothing;
    // The console opens on the establishment shown here (uai=), when one is.
    const uai = this.selected === ALL ? undefined : this.selected || undefined;
    let url = safeUrl(this.affectationUrl);
    if (url && uai) url += `${url.includes('?') ? '&' : '?'}uai=${encodeURIComponent(uai)}`;
    if (!url) {
      return html`<button type="button" class="button" part="manage-link" @click=${(e: MouseEvent) => this.onManage(e, undefined, uai)}>
        ${this.t('manage')}
      </button>`;
    }
    return html`<a class="button" part="manage-link" href=${url} @click=${(e: MouseEvent) => this.onManage(e, url, uai)}>${this.t('manage')}</a>`;
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
      ${this.favorites.failed ? html`<div class="notice" role="status">${this.t('favoritesUnavailable')}</div>` : nothing}
      ${this.renderResources()}`;
  }

  private establishmentName(uai: string): string {
    return this.establishments.find((e) => e.uai === uai)?.name ?? uai;
  }

  private establishmentNames = (resource: Resource): string => resource.uais.map((uai) => this.establishmentName(uai)).join(', ');

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
    const view: CardView = {
      t: this.t,
      layout: this.layout,
      more: this.showMore,
      level: this.headingLevel + 1,
      establishments: this.selected === ALL ? this.establishmentNames : undefined,
      favorites: this.favorites,
      isOpen: this.isFamilyOpen,
      toggleFamily: this.toggleFamily,
      details: this.openDetails,
      open: this.onOpen,
    };
    return html`${renderToolbar({
        t: this.t,
        filters: this.filters,
        result,
        favorites: this.favoritesInCatalog(),
        filtersOpen: this.filtersOpen,
        layout: this.layout,
        set: this.setFilters,
        toggleFilters: () => (this.filtersOpen = !this.filtersOpen),
        setLayout: this.setLayout,
        clear: this.clearFilters,
      })}
      <p class="count" aria-hidden="true">${this.countText()}</p>
      ${entries.length === 0
        ? emptyView({
            title: this.noFavorites() ? this.t('noFavoritesTitle') : this.t('noMatchTitle'),
            detail: this.noFavorites() ? this.t('noFavoritesDetail') : this.t('noMatchDetail'),
            action: html`<button type="button" class="button" @click=${this.clearFilters}>${this.t('clear')}</button>`,
          })
        : renderList(view, entries, this.limit, result.pinned)}`;
  }

  /** The favourites view is empty because there are no favourites at all (not because of a search). */
  private noFavorites(): boolean {
    return this.filters.favoritesOnly && this.favorites.pinned.size === 0 && !isFiltered({ ...this.filters, favoritesOnly: false });
  }

  private favoritesInCatalog(): number {
    if (!this.catalog) return 0;
    let n = 0;
    for (const id of this.favorites.ids) if (this.catalog.byId.has(id)) n++;
    return n;
  }

  private renderDialog(): TemplateResult {
    const r = this.details;
    const view: DetailsView = {
      t: this.t,
      locale: this.locale,
      level: this.headingLevel + 1,
      catalog: this.catalog,
      establishments: this.establishments.length > 1 ? this.establishmentNames : undefined,
      open: this.onOpen,
    };
    return html`<dialog part="details" aria-labelledby="details-title" @close=${this.onDialogClose}>
      ${r && this.renderDetails ? this.renderDetails(view, r) : nothing}
    </dialog>`;
  }
}
