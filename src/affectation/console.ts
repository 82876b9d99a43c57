// <gar-affectation-console>: where the establishment's responsable d'affectation assigns the
// licences (exemplaires) of its GAR subscriptions. One shadow root; table rows are templates.
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { newIdempotencyKey, type ApiClient } from '../shared/api/client.js';
import { ApiError } from '../shared/api/errors.js';
import { withReaders } from '../shared/api/read.js';
import type {
  AssignmentPreview,
  Assignment,
  AssignmentRequest,
  DashboardItem,
  Division,
  Group,
  Person,
  Populations,
  PreviewLine,
  Public,
  Subscription,
  Statistics,
  StatisticsRow,
  SubscriptionCounts,
} from '../shared/api/types.js';
import { EntElement } from '../shared/base-element.js';
import { formatDate } from '../shared/format.js';
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
  stateStyles,
} from '../shared/states.js';
import { readStored, storageKey, writeStored } from '../shared/storage.js';
import { tokens } from '../shared/tokens.js';
import { formStyles } from '../shared/form-styles.js';
import { affectationMessages as t } from './messages.js';
import { affectationReaders } from './read.js';
import {
  buildRows,
  daysLeft,
  countFor,
  DEFAULT_FILTERS,
  fold,
  filterRows,
  mergeCounts,
  PUBLICS,
  recentMonths,
  requestSignature,
  toCsv,
  titleOf,
  type LicenceFilter,
  type Row,
  type SortKey,
  type SubscriptionFilters,
} from './model.js';
import { affectationStyles } from './styles.js';

const TAG = 'gar-affectation-console';
export const ROLE = 'responsable-affectation';
/** How long "Annuler" stays offered after a change. */
export const UNDO_MS = 10_000;
const SEARCH_DEBOUNCE = 300;
/** Rows added to a long table per "show more": the DOM stays small at 200 subscriptions or 3,000 assignments. */
const SUBSCRIPTIONS_PAGE = 50;
const ASSIGNMENTS_PAGE = 100;
const DEPARTED_PAGE = 100;
const PEOPLE_PAGE = 20;
/** How far back the statistics range goes: three school years. */
const STATS_MONTHS = 36;
const SHORT_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** A server-side people search and the pages of it loaded so far. */
interface PeopleResults {
  params: { q?: string; profile?: Public; unassigned?: boolean };
  items: Person[];
  total: number;
  page: number;
  loadingMore?: boolean;
}

/** A next server page appended; what a change in between shifted into it is not listed twice. */
function appendPage<T extends { id: string }>(shown: T[], next: T[]): T[] {
  const known = new Set(shown.map((item) => item.id));
  return [...shown, ...next.filter((item) => !known.has(item.id))];
}

/** Departed people holding nothing have nothing to recover (no count sent: assume some). */
const holdsLicences = (p: Person): boolean => p.licenceCount === undefined || p.licenceCount > 0;

export type ConsoleTab = 'dashboard' | 'subscriptions' | 'resource' | 'population' | 'recovery' | 'statistics';
export const TABS: ConsoleTab[] = ['dashboard', 'subscriptions', 'resource', 'population', 'recovery', 'statistics'];

type Load =
  | { status: 'loading' }
  | { status: 'ok'; subscriptions: Subscription[]; populations: Populations }
  | { status: 'error'; error: unknown };

interface ResourceFlow {
  subscriptionId: string;
  public?: Public;
  /** The whole public of the establishment (target `profil`). */
  everyone: boolean;
  divisions: Set<string>;
  groups: Set<string>;
  people: Map<string, Person>;
}

interface FamilyAction {
  subscriptionId: string;
  requests: AssignmentRequest[];
  status: 'loading' | 'ready' | 'submitting' | 'error';
  previews?: AssignmentPreview[];
  keys: string[];
  error?: unknown;
}

type PopulationKind = 'division' | 'groupe' | 'personne';

interface PopulationFlow {
  kind: PopulationKind;
  targetId?: string;
  person?: Person;
  public?: Public;
  subscriptionIds: Set<string>;
}

type PreviewState =
  | { status: 'loading'; signature: string }
  | { status: 'ok'; signature: string; preview: AssignmentPreview }
  | { status: 'error'; signature: string; error: unknown };

interface Conflict {
  shortfalls: Array<{ subscriptionId: string; public: Public; requested: number; available: number }>;
}

interface Toast {
  message: string;
  undo?: () => Promise<void>;
  timer?: number;
}

export interface GarAssignmentChangeDetail {
  uai: string;
  subscriptions: SubscriptionCounts[];
}

/**
 * The licence assignment console of an establishment's *responsables d'affectation*:
 * dashboard, subscriptions with licence meters, assignment par ressource and par population.
 *
 * @summary Assign GAR licences (console d'affectation).
 * @tag gar-affectation-console
 *
 * @event gar-assignment-change - Licences were assigned, taken back or recovered. `detail: { uai, subscriptions }` (fresh counts).
 * @event gar-csv-download - A CSV file is offered for download (from the shadow root). `detail: { csv, filename }`.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart heading - The widget's heading.
 * @csspart tabs - The navigation between sections.
 * @csspart toolbar - Search and filters of the subscriptions table.
 * @csspart table - The subscriptions table.
 * @csspart toast - The confirmation of a change, with "Annuler".
 * @csspart section-heading - The heading of the shown section.
 * @csspart step-heading - The heading of a step of a flow.
 * @csspart dashboard - The list of dashboard items.
 * @csspart advisory - A per-public advisory shown before assigning (e.g. Pix: pupils only).
 * @csspart summary - The summary "cette affectation utilise N licences ; il en restera M".
 * @csspart family - The summary and confirmation of "Affecter à toute la population".
 * @csspart assignments - The current assignments of the chosen subscription.
 * @csspart remove-confirm - The confirmation of a removal.
 * @csspart recover-confirm - The confirmation of a recovery.
 * @csspart loading - Loading state.
 * @csspart empty - Empty state.
 * @csspart error - Error state.
 * @csspart retry-button - Retry button of the error state.
 * @csspart forbidden - Forbidden state (not a responsable d'affectation).
 * @csspart signed-out - Signed-out state.
 */
export class GarAffectationConsole extends EntElement {
  static override styles = [tokens, stateStyles, formStyles, affectationStyles];

  static override properties = {
    uai: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    section: { reflect: true },
    now: { attribute: false },
    chosenUai: { state: true },
    load: { state: true },
    filters: { state: true },
    subscriptionsShown: { state: true },
    flow: { state: true },
    popFlow: { state: true },
    popFilter: { state: true },
    family: { state: true },
    dashboard: { state: true },
    departed: { state: true },
    recoverSelection: { state: true },
    existing: { state: true },
    removeSelection: { state: true },
    stats: { state: true },
    statsSubscription: { state: true },
    statsRange: { state: true },
    removeConfirm: { state: true },
    recoverConfirm: { state: true },
    preview: { state: true },
    submitting: { state: true },
    conflict: { state: true },
    failure: { state: true },
    toast: { state: true },
    announcement: { state: true },
    peopleQuery: { state: true },
    peopleResults: { state: true },
  };

  /** UAI of the establishment; default: the session's current establishment. */
  uai?: string;

  /** Level of the widget's heading (2–6, default 2); sections use the next level. */
  headingLevel = 2;

  /** The section shown: `dashboard` (default), `subscriptions`, `resource`, `population`, `recovery`, `statistics`. */
  section: ConsoleTab = 'dashboard';

  /** The clock (tests): what "expiring soon" and "new" are measured from. */
  now: () => Date = () => new Date();

  private chosenUai?: string;
  private load: Load = { status: 'loading' };
  private filters: SubscriptionFilters = DEFAULT_FILTERS;
  private subscriptionsShown = SUBSCRIPTIONS_PAGE;
  private flow?: ResourceFlow;
  private popFlow: PopulationFlow = { kind: 'division', subscriptionIds: new Set() };
  private popFilter = '';
  private family?: FamilyAction;
  private dashboard?: { status: 'loading' | 'ok' | 'error'; items?: DashboardItem[]; error?: unknown };
  private departed?: { status: 'loading' | 'ok' | 'error'; people?: Person[]; total?: number; more?: boolean; loaded?: number; page?: number; loadingMore?: boolean; error?: unknown };
  private recoverSelection = new Set<string>();
  private existing?: { subscriptionId: string; status: 'loading' | 'ok' | 'error'; items?: Assignment[]; total?: number; page?: number; loadingMore?: boolean; error?: unknown };
  private removeSelection = new Set<string>();
  private stats?: { status: 'loading' | 'ok' | 'error'; data?: Statistics; error?: unknown };
  private statsSubscription?: string;
  /** The months asked for; the server's default (the school year so far) until the user picks. */
  private statsRange?: { from: string; to: string };
  private removeConfirm?: { ids: string[]; key: string; submitting?: boolean };
  private recoverConfirm?: { personIds?: string[]; people: number; licences?: number; key: string; submitting?: boolean };
  private preview?: PreviewState;
  private submitting = false;
  private conflict?: Conflict;
  private failure?: unknown;
  private toast?: Toast;
  private announcement = '';
  private peopleQuery = '';
  private peopleResults?: PeopleResults;

  private loadedUai?: string;
  private loadToken = 0;
  private searchTimer?: number;
  private searchToken = 0;
  private idempotency?: { signature: string; key: string; previous?: Set<string> };
  private rowsMemo?: { subs: Subscription[]; rows: Row[] };
  private filteredMemo?: { rows: Row[]; filters: SubscriptionFilters; result: Row[] };
  private rowTemplates = new WeakMap<Subscription, { locale: Locale; index: number; template: TemplateResult }>();

  /** The API client, every answer read through the console's readers (./read.ts). */
  protected override get api(): ApiClient {
    return withReaders(super.api, affectationReaders);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // After the first update: an enclosing <ent-widgets-provider> has then handed down its
    // client and session, so no second GET /me.
    void this.updateComplete.then(() => {
      if (this.isConnected) void this.start();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearTimeout(this.searchTimer);
    if (this.toast?.timer) window.clearTimeout(this.toast.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('uai') && this.hasUpdated) {
      this.chosenUai = undefined;
      void this.start();
    }
  }

  /** The establishment shown. */
  get currentUai(): string | undefined {
    const me = this.me;
    return this.chosenUai ?? this.uai ?? me?.currentUai ?? me?.establishments[0]?.uai;
  }

  private get allowed(): boolean {
    return Boolean(this.me?.roles.includes(ROLE));
  }

  private started = false;
  private loadedUser?: string;

  private async start(): Promise<void> {
    const session = await this.ensureSession();
    this.started = true;
    this.loadedUser = session.status === 'signed-in' ? session.me.id : undefined;
    if (this.loadedUser) this.restoreFilters();
    if (session.status !== 'signed-in' || !this.allowed) {
      this.requestUpdate();
      return;
    }
    const uai = this.currentUai;
    if (!uai || uai === this.loadedUai) return;
    await this.fetchAll(uai);
  }

  private async fetchAll(uai: string): Promise<void> {
    this.loadedUai = uai;
    this.sectionLoadedFor = undefined;
    this.dashboard = undefined;
    this.departed = undefined;
    this.stats = undefined;
    this.statsSubscription = undefined;
    const token = ++this.loadToken;
    this.load = { status: 'loading' };
    try {
      const [list, populations] = await Promise.all([
        this.api.get('/affectation/establishments/{uai}/subscriptions', { path: { uai }, signal: this.signal }),
        this.api.get('/affectation/establishments/{uai}/populations', { path: { uai }, signal: this.signal }),
      ]);
      if (token !== this.loadToken) return;
      this.load = { status: 'ok', subscriptions: list.subscriptions, populations };
    } catch (error) {
      if (token !== this.loadToken) return;
      if (error instanceof ApiError && error.kind === 'aborted') return;
      logError(TAG, error);
      this.load = { status: 'error', error };
    }
  }

  private retry = (): void => {
    const uai = this.currentUai;
    if (uai) void this.fetchAll(uai);
  };

  // ---------------------------------------------------------------- derived lists (memoised)

  private get subscriptions(): Subscription[] {
    return this.load.status === 'ok' ? this.load.subscriptions : [];
  }

  private get rows(): Row[] {
    const subs = this.subscriptions;
    if (this.rowsMemo?.subs !== subs) this.rowsMemo = { subs, rows: buildRows(subs, this.now()) };
    return this.rowsMemo.rows;
  }

  private get filteredRows(): Row[] {
    const rows = this.rows;
    const memo = this.filteredMemo;
    if (memo && memo.rows === rows && memo.filters === this.filters) return memo.result;
    const result = filterRows(rows, this.filters);
    this.filteredMemo = { rows, filters: this.filters, result };
    return result;
  }

  private subscriptionById(id: string | undefined): Subscription | undefined {
    return id ? this.subscriptions.find((s) => s.id === id) : undefined;
  }

  private applyCounts(fresh: SubscriptionCounts[] | undefined): void {
    if (this.load.status !== 'ok' || !fresh) return;
    // The dashboard and the departed list are read again when next shown.
    this.sectionLoadedFor = undefined;
    this.load = { ...this.load, subscriptions: mergeCounts(this.load.subscriptions, fresh) };
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const locale = this.locale;
    const session = this.session;
    let body: TemplateResult;
    if (session.status === 'loading') body = loadingView(locale);
    else if (session.status === 'anonymous') body = signedOutView(locale);
    else if (session.status === 'error') body = errorView({ locale, error: session.error, onRetry: () => void this.start() });
    else if (!this.allowed) body = forbiddenView(locale, t(locale, 'forbidden'));
    else body = this.renderConsole(locale);
    return html`<section class="base" part="base" aria-labelledby="title" lang=${locale}>
      <div class="header">${heading(this.headingLevel, html`<span id="title">${t(locale, 'title')}</span>`, 'title')} ${this.renderSwitch(locale)}</div>
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  private renderSwitch(locale: Locale): TemplateResult | typeof nothing {
    const me = this.me;
    if (!me || !this.allowed || me.establishments.length < 2) return nothing;
    return html`<div class="field">
      <label for="establishment">${t(locale, 'establishment')}</label>
      <select id="establishment" @change=${this.onEstablishment}>
        ${me.establishments.map((e) => html`<option value=${e.uai} ?selected=${e.uai === this.currentUai}>${e.name}</option>`)}
      </select>
    </div>`;
  }

  private onEstablishment(event: Event): void {
    const uai = (event.target as HTMLSelectElement).value;
    this.chosenUai = uai;
    this.resetFlow();
    this.clearToast();
    void this.fetchAll(uai);
  }

  private renderConsole(locale: Locale): TemplateResult {
    if (this.load.status === 'error') {
      const error = this.load.error;
      if (error instanceof ApiError && error.kind === 'forbidden') return forbiddenView(locale, t(locale, 'forbidden'));
      if (error instanceof ApiError && error.kind === 'unauthorized') return signedOutView(locale);
      return errorView({ locale, error, onRetry: this.retry });
    }
    return html`<nav class="tabs" part="tabs" aria-label=${t(locale, 'tabsLabel')}>
        <ul>
          ${TABS.map(
            (tab) => html`<li>
              <button type="button" class="tab" data-tab=${tab} aria-current=${tab === this.section ? 'page' : 'false'} @click=${() => this.goTo(tab)}>
                ${t(locale, `tab.${tab}`)}
              </button>
            </li>`,
          )}
        </ul>
      </nav>
      ${this.renderToast(locale)} ${this.renderFamily(locale)}
      <div class="panel" aria-busy=${this.load.status === 'loading' ? 'true' : 'false'}>
        ${this.load.status === 'loading' ? loadingView(locale) : this.renderTab(locale)}
      </div>`;
  }

  private goTo(tab: ConsoleTab): void {
    this.section = tab;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The provider's session changed (another user, signed out): never keep the previous user's data.
    const session = this.session;
    const user = session.status === 'signed-in' ? session.me.id : undefined;
    if (this.started && session.status !== 'loading' && user !== this.loadedUser) {
      this.loadedUser = user;
      this.loadedUai = undefined;
      this.chosenUai = undefined;
      this.load = { status: 'loading' };
      this.resetFlow();
      this.clearToast();
      void this.start();
      return;
    }
    if (this.load.status !== 'ok') return;
    if ((changed.has('section') || (changed as Map<PropertyKey, unknown>).has('load')) && this.sectionLoadedFor !== `${this.section}|${this.loadedUai}`) {
      this.sectionLoadedFor = `${this.section}|${this.loadedUai}`;
      if (this.section === 'dashboard') void this.fetchDashboard();
      if (this.section === 'recovery') void this.fetchDeparted();
      if (this.section === 'statistics' && !this.stats) void this.fetchStats();
    }
    const subId = this.section === 'resource' ? this.flow?.subscriptionId : undefined;
    const sub = this.subscriptionById(subId);
    if (sub && this.existingFor !== sub) {
      this.existingFor = sub;
      void this.fetchExisting(sub.id);
    }
  }
  private sectionLoadedFor?: string;
  /** The subscription object (its counts) the assignment list was read for: new counts, new read. */
  private existingFor?: Subscription;

  private renderTab(locale: Locale): TemplateResult {
    const sub = this.headingLevel + 1;
    const title = heading(sub, t(locale, `tab.${this.section}`), 'section-title', 'section-heading');
    switch (this.section) {
      case 'subscriptions':
        return html`${title}${this.renderSubscriptions(locale)}`;
      case 'resource':
        return html`${title}${this.renderResourceFlow(locale)}`;
      case 'population':
        return html`${title}${this.renderPopulationFlow(locale)}`;
      case 'dashboard':
        return html`${title}${this.renderDashboard(locale)}`;
      case 'recovery':
        return html`${title}${this.renderRecovery(locale)}`;
      case 'statistics':
        return html`${title}${this.renderStatistics(locale)}`;
      default:
        return html`${title}<p>${t(locale, 'notYet')}</p>`;
    }
  }

  // ---------------------------------------------------------------- subscriptions table

  private renderSubscriptions(locale: Locale): TemplateResult {
    const all = this.rows;
    if (all.length === 0) return emptyView({ title: t(locale, 'noSubscriptions'), detail: t(locale, 'noSubscriptionsDetail') });
    const rows = this.filteredRows;
    const f = this.filters;
    const filtered = rows.length !== all.length;
    return html`<div class="toolbar" part="toolbar">
        <div class="field">
          <label for="search">${t(locale, 'search')}</label>
          <input id="search" type="search" aria-describedby="search-hint" .value=${f.query} @input=${(e: Event) => this.setFilters({ query: (e.target as HTMLInputElement).value })} />
          <span id="search-hint" class="hint">${t(locale, 'searchHint')}</span>
        </div>
        <div class="field">
          <label for="licence-type">${t(locale, 'licenceType')}</label>
          <select id="licence-type" @change=${(e: Event) => this.setFilters({ licenceType: (e.target as HTMLSelectElement).value as LicenceFilter })}>
            <option value="" ?selected=${f.licenceType === ''}>${t(locale, 'allLicenceTypes')}</option>
            <option value="individuelle" ?selected=${f.licenceType === 'individuelle'}>${t(locale, 'licence.individuelle')}</option>
            <option value="etablissement" ?selected=${f.licenceType === 'etablissement'}>${t(locale, 'licence.etablissement')}</option>
          </select>
        </div>
        <div class="field">
          <label for="public-filter">${t(locale, 'public')}</label>
          <select id="public-filter" @change=${(e: Event) => this.setFilters({ public: (e.target as HTMLSelectElement).value as Public | '' })}>
            <option value="" ?selected=${f.public === ''}>${t(locale, 'allPublics')}</option>
            ${(['eleve', 'enseignant', 'documentaliste', 'personnel'] as Public[]).map(
              (p) => html`<option value=${p} ?selected=${f.public === p}>${t(locale, `public.${p}`)}</option>`,
            )}
          </select>
        </div>
        <label class="check"><input id="attention" type="checkbox" .checked=${f.attention} @change=${(e: Event) => this.setFilters({ attention: (e.target as HTMLInputElement).checked })} />${t(locale, 'attentionOnly')}</label>
        ${filtered ? html`<button type="button" class="button" @click=${() => this.setFilters({ query: '', licenceType: '', public: '', attention: false })}>${t(locale, 'clearFilters')}</button>` : nothing}
      </div>
      <p class="results" role="status">${filtered ? t(locale, 'resultsOf', { count: rows.length, total: all.length }) : t(locale, 'results', { count: rows.length })}</p>
      ${rows.length === 0
        ? emptyView({ title: t(locale, 'noMatch') })
        : html`<div class="table-wrap" part="table">
            <table aria-rowcount=${rows.length + 1}>
              <caption class="visually-hidden">${t(locale, 'tableCaption')}</caption>
              <thead>
                <tr>
                  ${this.sortHeader(locale, 'title', t(locale, 'col.resource'))} ${this.sortHeader(locale, 'publisher', t(locale, 'col.publisher'))}
                  <th scope="col">${t(locale, 'col.licence')}</th>
                  ${this.sortHeader(locale, 'available', t(locale, 'col.counts'))} ${this.sortHeader(locale, 'validUntil', t(locale, 'col.validity'))}
                  <th scope="col">${t(locale, 'col.distributor')}</th>
                  <th scope="col">${t(locale, 'col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                ${repeat(rows.slice(0, this.subscriptionsShown), (row) => row.sub.id, (row, index) => this.rowTemplate(locale, row, index))}
              </tbody>
            </table>
          </div>
          ${this.moreButton(locale, 'more-subscriptions', Math.min(this.subscriptionsShown, rows.length), rows.length, () => void this.showMoreSubscriptions())}`}`;
  }

  /** "Show more" under a long list: says how many are shown of how many. */
  private moreButton(locale: Locale, id: string, shown: number, total: number, onClick: () => void, busy = false): TemplateResult | typeof nothing {
    if (total <= shown) return nothing;
    return html`<div class="more">
      <button type="button" class="button" id=${id} ?disabled=${busy} @click=${onClick}>${t(locale, 'showMore')} ${t(locale, 'shownOf', { shown, total })}</button>
    </div>`;
  }

  /** Focuses the first item of what "show more" just added, so keyboard users go on from there. */
  private async focusRow(selector: string, index: number): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>(selector)[index]?.focus();
  }

  private async showMoreSubscriptions(): Promise<void> {
    const first = this.subscriptionsShown;
    this.subscriptionsShown += SUBSCRIPTIONS_PAGE;
    await this.focusRow('tbody th[scope="row"]', first);
  }

  private sortHeader(_locale: Locale, key: SortKey, label: string): TemplateResult {
    const active = this.filters.sort === key;
    const sort = active ? this.filters.direction : 'none';
    return html`<th scope="col" aria-sort=${sort}>
      <button type="button" class="sort" data-sort=${key} @click=${() => this.toggleSort(key)}>${label}</button>
    </th>`;
  }

  private toggleSort(key: SortKey): void {
    const same = this.filters.sort === key;
    this.setFilters({ sort: key, direction: same && this.filters.direction === 'ascending' ? 'descending' : 'ascending' });
  }

  private setFilters(patch: Partial<SubscriptionFilters>): void {
    this.filters = { ...this.filters, ...patch };
    this.subscriptionsShown = SUBSCRIPTIONS_PAGE;
    // Quick filters are remembered per user (not the search words).
    const { licenceType, attention, sort, direction } = this.filters;
    writeStored(storageKey(TAG, this.loadedUser, 'filters'), { licenceType, public: this.filters.public, attention, sort, direction });
  }

  private restoreFilters(): void {
    const saved = readStored<Partial<SubscriptionFilters>>(storageKey(TAG, this.loadedUser, 'filters'))?.value;
    if (!saved || typeof saved !== 'object') return;
    const next = { ...DEFAULT_FILTERS };
    if (saved.licenceType === 'individuelle' || saved.licenceType === 'etablissement') next.licenceType = saved.licenceType;
    if (saved.public && PUBLICS.includes(saved.public)) next.public = saved.public;
    if (typeof saved.attention === 'boolean') next.attention = saved.attention;
    if (saved.sort && ['title', 'publisher', 'validUntil', 'available'].includes(saved.sort)) next.sort = saved.sort;
    if (saved.direction === 'ascending' || saved.direction === 'descending') next.direction = saved.direction;
    this.filters = next;
  }

  /** One row's template, rebuilt only when its subscription object (its counts) changes. */
  private rowTemplate(locale: Locale, row: Row, index: number): TemplateResult {
    const cached = this.rowTemplates.get(row.sub);
    if (cached && cached.locale === locale && cached.index === index) return cached.template;
    const sub = row.sub;
    const template = html`<tr data-id=${sub.id} aria-rowindex=${index + 2} class=${row.familyTitle ? 'member' : ''}>
      <th scope="row" tabindex="-1">
        <span class="resource-title">${row.title}</span>
        ${row.familyTitle ? html`<span class="hint family-of">${t(locale, 'familyOf', { title: row.familyTitle })}</span>` : nothing}
        ${row.reasons.length ? html`<div>${row.reasons.map((r) => html`<span class="badge">${t(locale, `reason.${r}`)}</span>`)}</div>` : nothing}
      </th>
      <td>${row.publisher}</td>
      <td>${t(locale, `licence.${sub.licenceType}`)}</td>
      <td>
        <ul class="counts">
          ${sub.counts.map((c) => html`<li>${this.meter(locale, sub, c.public)}</li>`)}
        </ul>
      </td>
      <td>${t(locale, 'validity', { from: formatDate(locale, sub.validFrom, SHORT_DATE), to: formatDate(locale, sub.validUntil, SHORT_DATE) })}</td>
      <td>${sub.distributor ?? ''}</td>
      <td>
        ${daysLeft(sub, this.now()) < 0
          ? html`<span class="hint">${t(locale, 'expired')}</span>`
          : html`<button type="button" class="button" aria-label=${t(locale, 'assignThisLabel', { title: row.title })} @click=${() => this.openResourceFlow(sub.id)}>
              ${t(locale, 'assignThis')}
            </button>`}
        ${sub.familyMother && sub.familyComplete === false
          ? html`<button type="button" class="button family-action" aria-label=${t(locale, 'wholePopulationOf', { title: row.title })} @click=${() => void this.startFamily(sub.id)}>
              ${t(locale, 'wholePopulation')}
            </button>`
          : nothing}
      </td>
    </tr>`;
    this.rowTemplates.set(sub, { locale, index, template });
    return template;
  }

  private meter(locale: Locale, sub: Subscription, pub: Public): TemplateResult {
    const count = countFor(sub, pub);
    if (!count) return html``;
    const label = t(locale, `public.${pub}`);
    if (count.total === null || count.available === null) {
      return html`<span class="count">${label} : ${t(locale, 'unlimited', { assigned: count.assigned })}</span>`;
    }
    const text = t(locale, count.available < 2 ? 'meterOne' : 'meter', { assigned: count.assigned, total: count.total, available: count.available });
    return html`<span class="count">
      <meter min="0" max=${count.total} value=${count.assigned} high=${Math.max(0, count.total * 0.9)} optimum="0" aria-label=${`${label} : ${text}`}></meter>
      ${label} : ${text}
    </span>`;
  }

  // ---------------------------------------------------------------- par ressource

  /** Opens the par ressource flow on a subscription (from the table or the dashboard). */
  openResourceFlow(subscriptionId: string): void {
    const sub = this.subscriptionById(subscriptionId);
    this.resetFlow();
    this.flow = {
      subscriptionId,
      public: sub && sub.publics.length === 1 ? sub.publics[0] : undefined,
      everyone: false,
      divisions: new Set(),
      groups: new Set(),
      people: new Map(),
    };
    this.section = 'resource';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#flow-subscription')?.focus());
  }

  private resetFlow(): void {
    this.flow = undefined;
    this.preview = undefined;
    this.conflict = undefined;
    this.failure = undefined;
    this.peopleQuery = '';
    this.peopleResults = undefined;
  }

  private updateFlow(patch: Partial<ResourceFlow>): void {
    if (!this.flow) return;
    this.flow = { ...this.flow, ...patch };
    this.conflict = undefined;
    this.failure = undefined;
  }

  private request(): AssignmentRequest | undefined {
    if (this.section === 'population') return this.populationRequest();
    const flow = this.flow;
    if (!flow || !flow.public) return undefined;
    const targets: AssignmentRequest['targets'] = [
      ...(flow.everyone ? [{ type: 'profil' as const, id: flow.public }] : []),
      ...[...flow.divisions].map((id) => ({ type: 'division' as const, id })),
      ...[...flow.groups].map((id) => ({ type: 'groupe' as const, id })),
      ...[...flow.people.keys()].map((id) => ({ type: 'personne' as const, id })),
    ];
    if (targets.length === 0) return undefined;
    return { subscriptionIds: [flow.subscriptionId], public: flow.public, targets };
  }

  private renderResourceFlow(locale: Locale): TemplateResult {
    const flow = this.flow;
    const sub = this.subscriptionById(flow?.subscriptionId);
    const h = this.headingLevel + 2;
    const now = this.now();
    const choices = this.rows.filter((row) => daysLeft(row.sub, now) >= 0).sort((a, b) => a.title.localeCompare(b.title, 'fr'));
    return html`<div class="flow">
      ${heading(h, t(locale, 'step1'), 'step-title', 'step-heading')}
      <div class="field">
        <label for="flow-subscription">${t(locale, 'chooseSubscription')}</label>
        <select id="flow-subscription" @change=${this.onFlowSubscription}>
          <option value="" ?selected=${!sub}>${t(locale, 'chooseSubscriptionPlaceholder')}</option>
          ${choices.map((row) => html`<option value=${row.sub.id} ?selected=${row.sub.id === sub?.id}>${row.title}</option>`)}
        </select>
      </div>
      ${sub ? this.renderExisting(locale, sub, h) : nothing}
      ${sub && flow ? this.renderPublicStep(locale, sub, flow, h) : nothing}
      ${sub && flow?.public ? this.renderTargetsStep(locale, flow, flow.public, h) : nothing}
      ${sub && flow?.public ? this.renderSummaryStep(locale, h) : nothing}
    </div>`;
  }

  private onFlowSubscription(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    if (!id) {
      this.resetFlow();
      return;
    }
    this.openResourceFlow(id);
  }

  private renderPublicStep(locale: Locale, sub: Subscription, flow: ResourceFlow, h: number): TemplateResult {
    const advisory = flow.public ? sub.advisories?.find((a) => a.public === flow.public) : undefined;
    return html`${heading(h, t(locale, 'step2'), 'step-title', 'step-heading')}
      <fieldset>
        <legend>${t(locale, 'choosePublic')}</legend>
        ${sub.publics.map(
          (pub) => html`<label class="check">
            <input type="radio" name="flow-public" value=${pub} .checked=${flow.public === pub} @change=${() => this.onPublic(pub)} />
            ${t(locale, `public.${pub}`)} — ${this.meterText(locale, sub, pub)}
          </label>`,
        )}
      </fieldset>
      ${advisory ? html`<div class="advisory" part="advisory" role="note"><strong>${t(locale, 'advisory')} :</strong> ${advisory.message}</div>` : nothing}`;
  }

  private meterText(locale: Locale, sub: Subscription, pub: Public): string {
    const c = countFor(sub, pub);
    if (!c) return '';
    if (c.total === null || c.available === null) return t(locale, 'unlimited', { assigned: c.assigned });
    return t(locale, c.available < 2 ? 'meterOne' : 'meter', { assigned: c.assigned, total: c.total, available: c.available });
  }

  private onPublic(pub: Public): void {
    this.updateFlow({ public: pub, everyone: false, divisions: new Set(), groups: new Set(), people: new Map() });
    this.peopleResults = undefined;
    this.peopleQuery = '';
  }

  private renderTargetsStep(locale: Locale, flow: ResourceFlow, pub: Public, h: number): TemplateResult {
    if (this.load.status !== 'ok') return html``;
    const { divisions, groups } = this.load.populations;
    const sized = <T extends Division | Group>(items: T[]) => items.filter((item) => (item.size[pub] ?? 0) > 0);
    const everyone = this.load.populations.profiles[pub] ?? 0;
    return html`${heading(h, t(locale, 'step3'), 'step-title', 'step-heading')}
      <label class="check everyone"><input id="everyone" type="checkbox" .checked=${flow.everyone} @change=${(e: Event) => this.updateFlow({ everyone: (e.target as HTMLInputElement).checked })} />
        ${t(locale, 'everyone', { public: t(locale, `public.${pub}`).toLocaleLowerCase(locale), count: everyone })}</label>
      <fieldset class="divisions">
        <legend>${t(locale, 'divisions')}</legend>
        <ul class="options">
          ${sized(divisions).map(
            (d) => html`<li>
              <label class="check"><input type="checkbox" value=${d.id} .checked=${flow.divisions.has(d.id)} @change=${(e: Event) => this.toggleIn('divisions', d.id, e)} />
                ${t(locale, 'sizeOf', { name: d.name, count: d.size[pub] ?? 0 })}</label>
            </li>`,
          )}
        </ul>
      </fieldset>
      ${sized(groups).length
        ? html`<fieldset class="groups">
            <legend>${t(locale, 'groups')}</legend>
            <ul class="options">
              ${sized(groups).map(
                (g) => html`<li>
                  <label class="check"><input type="checkbox" value=${g.id} .checked=${flow.groups.has(g.id)} @change=${(e: Event) => this.toggleIn('groups', g.id, e)} />
                    ${t(locale, 'sizeOf', { name: g.name, count: g.size[pub] ?? 0 })}</label>
                </li>`,
              )}
            </ul>
          </fieldset>`
        : nothing}
      <fieldset class="people">
        <legend>${t(locale, 'people')}</legend>
        <div class="field">
          <label for="people-search">${t(locale, 'searchPeople')}</label>
          <input id="people-search" type="search" autocomplete="off" aria-describedby="people-hint" .value=${this.peopleQuery} @input=${this.onPeopleInput} />
          <span id="people-hint" class="hint">${t(locale, 'searchPeopleHint')}</span>
        </div>
        ${this.renderPeopleResults(locale, flow)}
        ${flow.people.size
          ? html`<p class="hint" id="chosen-label">${t(locale, 'selectedPeople')}</p>
              <ul class="chips" aria-labelledby="chosen-label">
                ${[...flow.people.values()].map(
                  (p) => html`<li>
                    <button type="button" class="button" aria-label=${t(locale, 'removePerson', { name: personName(p) })} @click=${() => this.togglePerson(p, false)}>
                      ${personName(p)} ×
                    </button>
                  </li>`,
                )}
              </ul>`
          : nothing}
      </fieldset>`;
  }

  private renderPeopleResults(locale: Locale, flow: ResourceFlow): TemplateResult | typeof nothing {
    const results = this.peopleResults;
    if (!results) return nothing;
    return html`<p class="hint" role="status">${this.peopleStatus(locale, results)}</p>
      ${results.items.length
        ? html`<ul class="options people-results" aria-label=${t(locale, 'peopleResults')}>
            ${results.items.map(
              (p) => html`<li>
                <label class="check"><input type="checkbox" value=${p.id} .checked=${flow.people.has(p.id)} @change=${(e: Event) => this.togglePerson(p, (e.target as HTMLInputElement).checked)} />
                  ${personName(p)}${this.personDivisions(p)}</label>
              </li>`,
            )}
          </ul>
          ${this.moreButton(locale, 'more-people', results.items.length, results.total, () => void this.morePeople(), results.loadingMore)}`
        : nothing}`;
  }

  private peopleStatus(locale: Locale, results: PeopleResults): string {
    return results.params.unassigned ? t(locale, 'peopleUnassigned', { count: results.total }) : t(locale, 'peopleFound', { count: results.total });
  }

  private personDivisions(p: Person): string {
    if (this.load.status !== 'ok' || p.divisionIds.length === 0) return '';
    const names = p.divisionIds.map((id) => (this.load as { populations: Populations }).populations.divisions.find((d) => d.id === id)?.name ?? id);
    return ` (${names.join(', ')})`;
  }

  private toggleIn(kind: 'divisions' | 'groups', id: string, event: Event): void {
    if (!this.flow) return;
    const next = new Set(this.flow[kind]);
    if ((event.target as HTMLInputElement).checked) next.add(id);
    else next.delete(id);
    this.updateFlow({ [kind]: next });
  }

  private togglePerson(person: Person, on: boolean): void {
    if (!this.flow) return;
    const next = new Map(this.flow.people);
    if (on) next.set(person.id, person);
    else next.delete(person.id);
    this.updateFlow({ people: next });
  }

  private onPeopleInput(event: Event): void {
    this.peopleQuery = (event.target as HTMLInputElement).value;
    window.clearTimeout(this.searchTimer);
    this.searchTimer = window.setTimeout(() => void this.searchPeople(), SEARCH_DEBOUNCE);
  }

  private async searchPeople(): Promise<void> {
    const q = this.peopleQuery.trim();
    const uai = this.currentUai;
    const pub = this.section === 'population' ? undefined : this.flow?.public;
    const token = ++this.searchToken;
    if (q.length < 2 || !uai || (this.section !== 'population' && !pub)) {
      this.peopleResults = undefined;
      return;
    }
    await this.findPeople(token, pub ? { q, profile: pub } : { q });
  }

  /** First page of a people search; a newer search (token) wins over a late answer. */
  private async findPeople(token: number, params: PeopleResults['params']): Promise<void> {
    const uai = this.currentUai;
    if (!uai) return;
    try {
      const page = await this.api.get('/affectation/establishments/{uai}/people', { path: { uai }, query: { ...params, pageSize: PEOPLE_PAGE }, signal: this.signal });
      if (token !== this.searchToken) return;
      this.peopleResults = { params, items: page.items, total: page.total, page: 1 };
    } catch (error) {
      if (token !== this.searchToken) return;
      logError(TAG, error);
      this.peopleResults = { params, items: [], total: 0, page: 1 };
      this.announcement = errorMessage(this.locale, error);
    }
  }

  private async morePeople(): Promise<void> {
    const uai = this.currentUai;
    const current = this.peopleResults;
    if (!uai || !current || current.loadingMore) return;
    const token = this.searchToken;
    this.peopleResults = { ...current, loadingMore: true };
    try {
      const page = await this.api.get('/affectation/establishments/{uai}/people', { path: { uai }, query: { ...current.params, page: current.page + 1, pageSize: PEOPLE_PAGE }, signal: this.signal });
      if (token !== this.searchToken) return;
      this.peopleResults = { ...current, items: appendPage(current.items, page.items), total: page.total, page: current.page + 1 };
      await this.focusRow('.people-results input', current.items.length);
    } catch (error) {
      if (token !== this.searchToken) return;
      this.peopleResults = { ...current, loadingMore: false };
      logError(TAG, error);
      this.announcement = errorMessage(this.locale, error);
    }
  }

  private renderSummaryStep(locale: Locale, h: number): TemplateResult {
    const request = this.request();
    const signature = request ? requestSignature(request) : '';
    const preview = this.preview && this.preview.signature === signature ? this.preview : undefined;
    const lines = preview?.status === 'ok' ? preview.preview.lines : [];
    const fits = preview?.status === 'ok' && preview.preview.fits;
    return html`${heading(h, t(locale, 'step4'), 'step-title', 'step-heading')}
      ${this.renderConflict(locale)}
      ${this.failure ? html`<div class="conflict" role="alert">${t(locale, 'failed', { message: errorMessage(locale, this.failure) })}</div>` : nothing}
      ${!request ? html`<p class="hint">${t(locale, 'noTarget')}</p>` : nothing}
      <div class="actions">
        <button
          type="button"
          class="button"
          id="preview"
          ?disabled=${!request}
          aria-disabled=${preview?.status === 'loading' ? 'true' : 'false'}
          @click=${() => preview?.status !== 'loading' && void this.runPreview()}
        >
          ${t(locale, 'preview')}
        </button>
      </div>
      <div class="summary-region" aria-live="polite">
        ${preview?.status === 'loading' ? html`<p>${t(locale, 'previewing')}</p>` : nothing}
        ${preview?.status === 'error' ? html`<p class="conflict">${errorMessage(locale, preview.error)}</p>` : nothing}
        ${preview?.status === 'ok'
          ? html`<div class="summary" part="summary">
              <ul>
                ${lines.map((line) => html`<li class=${line.shortfall > 0 ? 'shortfall' : 'fits'}>${this.lineText(locale, line)}</li>`)}
              </ul>
              ${fits ? nothing : html`<p class="shortfall">${t(locale, 'doesNotFit')}</p>`}
            </div>`
          : nothing}
      </div>
      ${preview?.status === 'ok'
        ? html`<div class="actions">
            <button type="button" class="button primary" id="confirm" ?disabled=${!fits || this.submitting} @click=${() => void this.confirm()}>
              ${this.submitting ? t(locale, 'confirming') : t(locale, 'confirm')}
            </button>
          </div>`
        : nothing}`;
  }

  private lineText(locale: Locale, line: PreviewLine): string {
    const title = titleOf(this.subscriptionById(line.subscriptionId) ?? ({ id: line.subscriptionId, resource: {} } as Subscription));
    const pub = t(locale, `public.${line.public}`);
    if (line.available === null) return t(locale, 'summaryUnlimited', { count: line.needed, title, public: pub });
    if (line.shortfall > 0) return t(locale, 'shortfall', { count: line.shortfall, title, public: pub, needed: line.needed, available: line.available });
    return t(locale, 'summaryLine', { count: line.needed, title, public: pub, left: line.available - line.needed });
  }

  private renderConflict(locale: Locale): TemplateResult | typeof nothing {
    const conflict = this.conflict;
    if (!conflict) return nothing;
    return html`<div class="conflict" role="alert">
      <p>${t(locale, 'conflictTitle')}</p>
      <ul>
        ${conflict.shortfalls.map(
          (s) => html`<li>
            ${t(locale, 'conflictLine', {
              title: titleOf(this.subscriptionById(s.subscriptionId) ?? ({ id: s.subscriptionId, resource: {} } as Subscription)),
              public: t(locale, `public.${s.public}`),
              requested: s.requested,
              available: s.available,
            })}
          </li>`,
        )}
      </ul>
      <p>${t(locale, 'conflictHint')}</p>
    </div>`;
  }

  /** The summary button stays focusable (aria-disabled) while this runs: a focused button that turns disabled drops focus to the page. */
  private async runPreview(): Promise<void> {
    const request = this.request();
    const uai = this.currentUai;
    if (!request || !uai) return;
    const signature = requestSignature(request);
    this.preview = { status: 'loading', signature };
    this.conflict = undefined;
    try {
      const preview = await this.api.post('/affectation/establishments/{uai}/assignments/preview', { path: { uai }, body: request, signal: this.signal });
      if (this.preview?.signature !== signature) return;
      this.preview = { status: 'ok', signature, preview };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(preview.fits ? '#confirm' : '.summary')?.focus();
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      logError(TAG, error);
      if (this.preview?.signature === signature) this.preview = { status: 'error', signature, error };
    }
  }

  /** The Idempotency-Key of this request: kept while the user retries the same action. */
  private keyFor(signature: string): string {
    if (this.idempotency?.signature !== signature) this.idempotency = { signature, key: newIdempotencyKey() };
    return this.idempotency.key;
  }

  private async confirm(): Promise<void> {
    const request = this.request();
    const uai = this.currentUai;
    if (!request || !uai || this.submitting) return;
    const signature = requestSignature(request);
    this.submitting = true;
    this.failure = undefined;
    try {
      const key = this.keyFor(signature);
      // Read once per action: a retry of a request the server did apply must not count its own result as "existing".
      const previous = this.idempotency!.previous ?? (this.idempotency!.previous = await this.existingIds(uai, request));
      const result = await this.api.post('/affectation/establishments/{uai}/assignments', {
        path: { uai },
        body: request,
        idempotencyKey: key,
        signal: this.signal,
      });
      this.idempotency = undefined;
      this.applyCounts(result.subscriptions);
      const ids = result.assignments.map((a) => a.id).filter((id) => !previous.has(id));
      const extended = result.assignments.length - ids.length;
      this.emit<GarAssignmentChangeDetail>('gar-assignment-change', { uai, subscriptions: result.subscriptions });
      // Keep the resource and public (or the population): the next choice is one tick away.
      if (this.section === 'population') this.popFlow = { ...this.popFlow, subscriptionIds: new Set() };
      else if (this.flow) this.flow = { ...this.flow, everyone: false, divisions: new Set(), groups: new Set(), people: new Map() };
      this.preview = undefined;
      this.peopleResults = undefined;
      this.peopleQuery = '';
      const message = this.assignedMessage(result.subscriptions, request.public) + (extended ? ` ${t(this.locale, 'extended', { count: extended })}` : '');
      this.showToast(message, ids.length && !extended ? () => this.undoAssign(uai, ids) : undefined);
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      if (error instanceof ApiError && error.code === 'licences-insufficient') {
        const problem = error.details.problem as { shortfalls?: Conflict['shortfalls']; subscriptions?: SubscriptionCounts[] } | undefined;
        this.applyCounts(problem?.subscriptions);
        this.conflict = { shortfalls: problem?.shortfalls ?? [] };
        this.preview = undefined;
        this.idempotency = undefined;
      } else {
        logError(TAG, error);
        this.failure = error;
      }
    } finally {
      this.submitting = false;
    }
  }

  /** "Affectation enregistrée" with what is left, from the server's fresh counts (exact even when others write at once). */
  private assignedMessage(fresh: SubscriptionCounts[], pub: Public): string {
    const locale = this.locale;
    const parts = fresh.map((c) => {
      const title = titleOf(this.subscriptionById(c.id) ?? ({ id: c.id, resource: {} } as Subscription));
      const count = c.counts.find((x) => x.public === pub);
      const publicLabel = t(locale, `public.${pub}`);
      if (!count || count.available === null) return t(locale, 'leftUnlimited', { title, public: publicLabel, assigned: count?.assigned ?? 0 });
      return t(locale, 'leftAfter', { title, public: publicLabel, count: count.available, assigned: count.assigned, total: count.total ?? 0 });
    });
    return `${t(locale, 'assignedDone')} ${parts.join(' ')}`;
  }

  /**
   * Assignments that already exist for the request's subscriptions and targets. Re-posting a
   * target extends its assignment: undo must never remove what existed before the action.
   */
  private async existingIds(uai: string, request: AssignmentRequest): Promise<Set<string>> {
    const subs = new Set(request.subscriptionIds);
    const pages = await Promise.all(
      request.targets.map((target) =>
        this.api.get('/affectation/establishments/{uai}/assignments', {
          path: { uai },
          query: request.subscriptionIds.length === 1 ? { subscriptionId: request.subscriptionIds[0], targetType: target.type, targetId: target.id, pageSize: 200 } : { targetType: target.type, targetId: target.id, pageSize: 200 },
          signal: this.signal,
        }),
      ),
    );
    return new Set(pages.flatMap((page) => page.items).filter((a) => subs.has(a.subscriptionId) && a.public === request.public).map((a) => a.id));
  }

  private async undoAssign(uai: string, assignmentIds: string[]): Promise<void> {
    const result = await this.api.post('/affectation/establishments/{uai}/assignments/remove', {
      path: { uai },
      body: { assignmentIds },
      idempotencyKey: newIdempotencyKey(),
      signal: this.signal,
    });
    this.applyCounts(result.subscriptions);
    this.emit<GarAssignmentChangeDetail>('gar-assignment-change', { uai, subscriptions: result.subscriptions });
  }

  // ---------------------------------------------------------------- par population

  private populationRequest(): AssignmentRequest | undefined {
    const f = this.popFlow;
    if (!f.targetId || !f.public || f.subscriptionIds.size === 0) return undefined;
    return { subscriptionIds: [...f.subscriptionIds], public: f.public, targets: [{ type: f.kind, id: f.targetId }] };
  }

  private updatePop(patch: Partial<PopulationFlow>): void {
    this.popFlow = { ...this.popFlow, ...patch };
    this.conflict = undefined;
    this.failure = undefined;
  }

  /** Sizes per public of the chosen division or group (a person: their own profile). */
  private popPublics(): Array<{ public: Public; size: number }> {
    const f = this.popFlow;
    if (this.load.status !== 'ok' || !f.targetId) return [];
    if (f.kind === 'personne') return f.person ? [{ public: f.person.profile, size: 1 }] : [];
    const { divisions, groups } = this.load.populations;
    const target = f.kind === 'division' ? divisions.find((d) => d.id === f.targetId) : groups.find((g) => g.id === f.targetId);
    if (!target) return [];
    return (['eleve', 'enseignant', 'documentaliste', 'personnel'] as Public[])
      .map((pub) => ({ public: pub, size: target.size[pub] ?? 0 }))
      .filter((entry) => entry.size > 0);
  }

  private renderPopulationFlow(locale: Locale): TemplateResult {
    if (this.load.status !== 'ok') return html``;
    const f = this.popFlow;
    const h = this.headingLevel + 2;
    const { divisions, groups } = this.load.populations;
    const publics = this.popPublics();
    return html`<div class="flow population">
      ${heading(h, t(locale, 'popStep1'), 'step-title', 'step-heading')}
      <fieldset>
        <legend>${t(locale, 'targetKind')}</legend>
        ${(['division', 'groupe', 'personne'] as PopulationKind[]).map(
          (kind) => html`<label class="check"><input type="radio" name="pop-kind" value=${kind} .checked=${f.kind === kind} @change=${() => this.onPopKind(kind)} />${t(locale, `kind.${kind}`)}</label>`,
        )}
      </fieldset>
      ${f.kind === 'division'
        ? html`<div class="field">
            <label for="pop-target">${t(locale, 'kind.division')}</label>
            <select id="pop-target" @change=${this.onPopTarget}>
              <option value="" ?selected=${!f.targetId}>${t(locale, 'choosePlaceholder')}</option>
              ${divisions.map((d) => html`<option value=${d.id} ?selected=${d.id === f.targetId}>${d.name}</option>`)}
            </select>
          </div>`
        : nothing}
      ${f.kind === 'groupe'
        ? html`<div class="field">
            <label for="pop-target">${t(locale, 'kind.groupe')}</label>
            <select id="pop-target" @change=${this.onPopTarget}>
              <option value="" ?selected=${!f.targetId}>${t(locale, 'choosePlaceholder')}</option>
              ${groups.map((g) => html`<option value=${g.id} ?selected=${g.id === f.targetId}>${g.name}</option>`)}
            </select>
          </div>`
        : nothing}
      ${f.kind === 'personne' ? this.renderPersonPicker(locale) : nothing}
      ${publics.length ? this.renderPopPublic(locale, publics, h) : nothing}
      ${f.targetId && f.public ? this.renderPopResources(locale, f.public, h) : nothing}
      ${f.targetId && f.public ? this.renderSummaryStep(locale, h) : nothing}
    </div>`;
  }

  private onPopKind(kind: PopulationKind): void {
    this.updatePop({ kind, targetId: undefined, person: undefined, public: undefined, subscriptionIds: new Set() });
    this.peopleQuery = '';
    this.peopleResults = undefined;
  }

  private onPopTarget(event: Event): void {
    const targetId = (event.target as HTMLSelectElement).value || undefined;
    this.updatePop({ targetId, public: undefined, subscriptionIds: new Set() });
    const publics = this.popPublics();
    if (publics.length === 1) this.updatePop({ public: publics[0]!.public });
  }

  private renderPersonPicker(locale: Locale): TemplateResult {
    const f = this.popFlow;
    const results = this.peopleResults;
    return html`<div class="field">
        <label for="people-search">${t(locale, 'searchPeople')}</label>
        <input id="people-search" type="search" autocomplete="off" aria-describedby="people-hint" .value=${this.peopleQuery} @input=${this.onPeopleInput} />
        <span id="people-hint" class="hint">${t(locale, 'searchPeopleHint')}</span>
      </div>
      ${results ? html`<p class="hint" role="status">${this.peopleStatus(locale, results)}</p>` : nothing}
      ${results?.items.length
        ? html`<fieldset class="people-results">
            <legend>${t(locale, 'peopleResults')}</legend>
            ${results.items.map(
              (p) => html`<label class="check"><input type="radio" name="pop-person" value=${p.id} .checked=${f.targetId === p.id} @change=${() => this.choosePerson(p)} />
                ${personName(p)} — ${t(locale, `public.${p.profile}`)}${this.personDivisions(p)}</label>`,
            )}
            ${this.moreButton(locale, 'more-people', results.items.length, results.total, () => void this.morePeople(), results.loadingMore)}
          </fieldset>`
        : nothing}`;
  }

  private choosePerson(person: Person): void {
    this.updatePop({ targetId: person.id, person, public: person.profile, subscriptionIds: new Set() });
  }

  private renderPopPublic(locale: Locale, publics: Array<{ public: Public; size: number }>, h: number): TemplateResult {
    const f = this.popFlow;
    return html`${heading(h, t(locale, 'popStep2'), 'step-title', 'step-heading')}
      <fieldset>
        <legend>${t(locale, 'choosePublic')}</legend>
        ${publics.map(
          (entry) => html`<label class="check"><input type="radio" name="pop-public" value=${entry.public} .checked=${f.public === entry.public} ?disabled=${f.kind === 'personne'}
              @change=${() => this.updatePop({ public: entry.public, subscriptionIds: new Set() })} />
            ${t(locale, 'sizeOf', { name: t(locale, `public.${entry.public}`), count: entry.size })}</label>`,
        )}
      </fieldset>`;
  }

  private renderPopResources(locale: Locale, pub: Public, h: number): TemplateResult {
    const f = this.popFlow;
    const words = fold(this.popFilter.trim());
    const eligible = this.rows
      .filter((row) => row.sub.publics.includes(pub) && daysLeft(row.sub, this.now()) >= 0)
      .filter((row) => !words || row.haystack.includes(words))
      .sort((a, b) => a.title.localeCompare(b.title, 'fr'));
    const advisories = [...f.subscriptionIds]
      .map((id) => this.subscriptionById(id))
      .flatMap((sub) => (sub?.advisories ?? []).filter((a) => a.public === pub).map((a) => ({ sub, message: a.message })));
    return html`${heading(h, t(locale, 'popStep3'), 'step-title', 'step-heading')}
      <div class="field">
        <label for="pop-filter">${t(locale, 'filterResources')}</label>
        <input id="pop-filter" type="search" .value=${this.popFilter} @input=${(e: Event) => (this.popFilter = (e.target as HTMLInputElement).value)} />
      </div>
      <fieldset class="resources">
        <legend>${t(locale, 'resourcesFor', { public: t(locale, `public.${pub}`).toLocaleLowerCase(locale), count: f.subscriptionIds.size })}</legend>
        <ul class="options wide">
          ${repeat(
            eligible,
            (row) => row.sub.id,
            (row) => html`<li>
              <label class="check"><input type="checkbox" value=${row.sub.id} .checked=${f.subscriptionIds.has(row.sub.id)} @change=${(e: Event) => this.togglePopSub(row.sub.id, e)} />
                ${row.title} — ${this.meterText(locale, row.sub, pub)}</label>
            </li>`,
          )}
        </ul>
      </fieldset>
      ${advisories.map((a) => html`<div class="advisory" part="advisory" role="note"><strong>${t(locale, 'advisory')} (${a.sub ? titleOf(a.sub) : ''}) :</strong> ${a.message}</div>`)}`;
  }

  private togglePopSub(id: string, event: Event): void {
    const next = new Set(this.popFlow.subscriptionIds);
    if ((event.target as HTMLInputElement).checked) next.add(id);
    else next.delete(id);
    this.updatePop({ subscriptionIds: next });
  }

  // ---------------------------------------------------------------- family mothers: one action

  /** Every eligible public not yet complete, whole population (`profil`), previewed before confirming. */
  async startFamily(subscriptionId: string): Promise<void> {
    const sub = this.subscriptionById(subscriptionId);
    const uai = this.currentUai;
    if (!sub || !uai || this.load.status !== 'ok') return;
    const profiles = this.load.populations.profiles;
    const publics = sub.publics.filter((pub) => (countFor(sub, pub)?.assigned ?? 0) < (profiles[pub] ?? 0));
    const requests: AssignmentRequest[] = publics.map((pub) => ({ subscriptionIds: [sub.id], public: pub, targets: [{ type: 'profil', id: pub }] }));
    const family: FamilyAction = { subscriptionId, requests, status: 'loading', keys: requests.map(() => newIdempotencyKey()) };
    this.family = family;
    try {
      const previews = await Promise.all(
        requests.map((body) => this.api.post('/affectation/establishments/{uai}/assignments/preview', { path: { uai }, body, signal: this.signal })),
      );
      if (this.family !== family) return;
      this.family = { ...family, status: 'ready', previews };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="family"]')?.focus();
    } catch (error) {
      logError(TAG, error);
      if (this.family === family) this.family = { ...family, status: 'error', error };
    }
  }

  private renderFamily(locale: Locale): TemplateResult | typeof nothing {
    const family = this.family;
    if (!family) return nothing;
    const sub = this.subscriptionById(family.subscriptionId);
    const title = sub ? titleOf(sub) : family.subscriptionId;
    const lines = (family.previews ?? []).flatMap((p) => p.lines);
    const fits = (family.previews ?? []).every((p) => p.fits);
    return html`<div class="summary family" part="family" tabindex="-1" role="group" aria-label=${t(locale, 'wholePopulationOf', { title })}>
      <p><strong>${t(locale, 'wholePopulationOf', { title })}</strong></p>
      ${family.status === 'loading' ? html`<p>${t(locale, 'previewing')}</p>` : nothing}
      ${family.status === 'error' ? html`<p class="conflict" role="alert">${t(locale, 'failed', { message: errorMessage(locale, family.error) })}</p>` : nothing}
      ${lines.length ? html`<ul>${lines.map((line) => html`<li class=${line.shortfall > 0 ? 'shortfall' : 'fits'}>${this.lineText(locale, line)}</li>`)}</ul>` : nothing}
      ${family.status !== 'loading' && family.requests.length === 0 ? html`<p>${t(locale, 'familyNothing')}</p>` : nothing}
      <div class="actions">
        ${family.requests.length && family.previews
          ? html`<button type="button" class="button primary" id="family-confirm" ?disabled=${!fits || family.status === 'submitting'} @click=${() => void this.confirmFamily()}>${t(locale, 'confirm')}</button>`
          : nothing}
        <button type="button" class="button" @click=${() => (this.family = undefined)}>${t(locale, 'cancel')}</button>
      </div>
    </div>`;
  }

  private async confirmFamily(): Promise<void> {
    const family = this.family;
    const uai = this.currentUai;
    if (!family || !uai || family.status === 'submitting') return;
    this.family = { ...family, status: 'submitting' };
    const ids: string[] = [];
    const messages: string[] = [];
    try {
      // One request per public (the contract takes one public per request), each idempotent.
      for (const [i, body] of family.requests.entries()) {
        const previous = await this.existingIds(uai, body);
        const result = await this.api.post('/affectation/establishments/{uai}/assignments', { path: { uai }, body, idempotencyKey: family.keys[i], signal: this.signal });
        ids.push(...result.assignments.map((a) => a.id).filter((id) => !previous.has(id)));
        messages.push(this.assignedMessage(result.subscriptions, body.public));
        this.applyCounts(result.subscriptions);
        this.emit<GarAssignmentChangeDetail>('gar-assignment-change', { uai, subscriptions: result.subscriptions });
      }
      this.family = undefined;
      this.showToast(messages.join(' '), ids.length ? () => this.undoAssign(uai, ids) : undefined);
    } catch (error) {
      logError(TAG, error);
      if (error instanceof ApiError) {
        const problem = error.details.problem as { subscriptions?: SubscriptionCounts[] } | undefined;
        this.applyCounts(problem?.subscriptions);
      }
      this.family = { ...family, status: 'error', error };
      if (ids.length) this.showToast(messages.join(' '), () => this.undoAssign(uai, ids));
    }
  }

  // ---------------------------------------------------------------- dashboard

  private async fetchDashboard(): Promise<void> {
    const uai = this.currentUai;
    if (!uai) return;
    this.dashboard = { status: 'loading', items: this.dashboard?.items };
    try {
      const body = await this.api.get('/affectation/establishments/{uai}/dashboard', { path: { uai }, signal: this.signal });
      if (uai === this.currentUai) this.dashboard = { status: 'ok', items: body.items };
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      logError(TAG, error);
      this.dashboard = { status: 'error', error };
    }
  }

  private renderDashboard(locale: Locale): TemplateResult {
    const dash = this.dashboard;
    if (!dash || (dash.status === 'loading' && !dash.items)) return loadingView(locale, 3);
    if (dash.status === 'error') return errorView({ locale, error: dash.error, onRetry: () => void this.fetchDashboard() });
    const items = dash.items ?? [];
    if (items.length === 0) return emptyView({ title: t(locale, 'dashboardEmpty') });
    return html`<ul class="dashboard" part="dashboard">
      ${items.map((item) => html`<li class="dashboard-item" data-kind=${item.kind}>
        <p>${this.dashboardSentence(locale, item)}</p>
        <div class="actions">${this.dashboardActions(locale, item)}</div>
      </li>`)}
    </ul>`;
  }

  private dashboardSentence(locale: Locale, item: DashboardItem): string {
    switch (item.kind) {
      case 'expiring-subscriptions':
        return t(locale, 'dash.expiring-subscriptions', { count: item.count, date: item.before ? formatDate(locale, item.before) : '—' });
      default:
        return t(locale, `dash.${item.kind}`, { count: item.count });
    }
  }

  private dashboardActions(locale: Locale, item: DashboardItem): TemplateResult | TemplateResult[] {
    const subs = (item.subscriptionIds ?? []).slice(0, 5).map((id) => this.subscriptionById(id)).filter((s): s is Subscription => Boolean(s));
    const more = (item.subscriptionIds?.length ?? 0) > subs.length;
    const seeAll = html`<button type="button" class="button" @click=${() => this.showAttention()}>${t(locale, 'seeSubscriptions')}</button>`;
    switch (item.kind) {
      case 'unassigned-subscriptions':
      case 'new-licences':
        return [
          ...subs.map((sub) => html`<button type="button" class="button" @click=${() => this.openResourceFlow(sub.id)}>${t(locale, 'assignThisLabel', { title: titleOf(sub) })}</button>`),
          ...(more ? [seeAll] : []),
        ];
      case 'families-to-validate':
        return [
          ...subs.map((sub) => html`<button type="button" class="button" @click=${() => void this.startFamily(sub.id)}>${t(locale, 'wholePopulationOf', { title: titleOf(sub) })}</button>`),
          ...(more ? [seeAll] : []),
        ];
      case 'people-without-assignment':
        return html`<button type="button" class="button" @click=${() => this.openPopulationForPerson()}>${t(locale, 'assignPerson')}</button>`;
      case 'recoverable-licences':
        return html`<button type="button" class="button" @click=${() => this.goTo('recovery')}>${t(locale, 'goRecover')}</button>`;
      default:
        return seeAll;
    }
  }

  private showAttention(): void {
    this.filters = { ...DEFAULT_FILTERS, attention: true };
    this.section = 'subscriptions';
  }

  /** From the dashboard: the people holding nothing, listed to pick from (a search narrows it). */
  private openPopulationForPerson(): void {
    this.popFlow = { kind: 'personne', subscriptionIds: new Set() };
    this.peopleQuery = '';
    this.peopleResults = undefined;
    this.section = 'population';
    void this.findPeople(++this.searchToken, { unassigned: true });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#people-search')?.focus());
  }

  // ---------------------------------------------------------------- recovery

  private async fetchDeparted(): Promise<void> {
    const uai = this.currentUai;
    if (!uai) return;
    this.departed = { status: 'loading', people: this.departed?.people };
    try {
      const page = await this.api.get('/affectation/establishments/{uai}/people', { path: { uai }, query: { status: 'departed', pageSize: DEPARTED_PAGE }, signal: this.signal });
      if (uai !== this.currentUai) return;
      const people = page.items.filter(holdsLicences);
      this.departed = { status: 'ok', people, total: page.total, more: page.total > page.items.length, loaded: page.items.length, page: 1 };
      this.recoverSelection = new Set([...this.recoverSelection].filter((id) => people.some((p) => p.id === id)));
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      logError(TAG, error);
      this.departed = { status: 'error', error };
    }
  }

  private async moreDeparted(): Promise<void> {
    const uai = this.currentUai;
    const current = this.departed;
    if (!uai || current?.status !== 'ok' || !current.people || current.loadingMore) return;
    this.departed = { ...current, loadingMore: true };
    const nextPage = (current.page ?? 1) + 1;
    try {
      const page = await this.api.get('/affectation/establishments/{uai}/people', { path: { uai }, query: { status: 'departed', page: nextPage, pageSize: DEPARTED_PAGE }, signal: this.signal });
      if (uai !== this.currentUai || this.departed?.people !== current.people) return;
      const people = appendPage(current.people, page.items.filter(holdsLicences));
      const loaded = (current.loaded ?? 0) + page.items.length;
      this.departed = { status: 'ok', people, total: page.total, more: page.total > loaded, loaded, page: nextPage };
      await this.focusRow('.departed input[type="checkbox"]', current.people.length);
    } catch (error) {
      if (this.departed?.people === current.people) this.departed = { ...current, loadingMore: false };
      if (error instanceof ApiError && error.kind === 'aborted') return;
      logError(TAG, error);
      this.announcement = errorMessage(this.locale, error);
    }
  }

  private renderRecovery(locale: Locale): TemplateResult {
    const dep = this.departed;
    if (!dep || (dep.status === 'loading' && !dep.people)) return loadingView(locale, 3);
    if (dep.status === 'error') return errorView({ locale, error: dep.error, onRetry: () => void this.fetchDeparted() });
    const people = dep.people ?? [];
    if (people.length === 0) return emptyView({ title: t(locale, 'recoverEmpty') });
    const chosen = people.filter((p) => this.recoverSelection.has(p.id));
    const licences = (list: Person[]) => list.reduce((sum, p) => sum + (p.licenceCount ?? 0), 0);
    const confirm = this.recoverConfirm;
    return html`<p>${t(locale, 'recoverIntro', { count: people.length })}${dep.more ? ` ${t(locale, 'firstPeople', { shown: dep.loaded ?? people.length })}` : ''}</p>
      <fieldset class="departed">
        <legend>${t(locale, 'departedPeople')}</legend>
        <ul class="options wide">
          ${people.map(
            (p) => html`<li>
              <label class="check"><input type="checkbox" value=${p.id} .checked=${this.recoverSelection.has(p.id)} @change=${(e: Event) => this.toggleRecover(p.id, e)} />
                ${personName(p)} — ${t(locale, `public.${p.profile}`)} — ${t(locale, 'departedOn', { date: p.departureDate ? formatDate(locale, p.departureDate) : '—' })}
                — ${t(locale, 'licencesHeld', { count: p.licenceCount ?? 0 })}</label>
            </li>`,
          )}
        </ul>
        ${this.moreButton(locale, 'more-departed', dep.loaded ?? people.length, dep.total ?? people.length, () => void this.moreDeparted(), dep.loadingMore)}
      </fieldset>
      ${confirm
        ? html`<div class="summary" part="recover-confirm" role="group" aria-labelledby="recover-question" tabindex="-1">
            <p id="recover-question">
              ${confirm.licences === undefined ? t(locale, 'recoverAllQuestion', { count: confirm.people }) : t(locale, 'recoverQuestion', { count: confirm.licences, people: confirm.people })}
            </p>
            <div class="actions">
              <button type="button" class="button primary" id="recover-confirm" ?disabled=${confirm.submitting} @click=${() => void this.recover()}>${t(locale, 'recoverConfirm')}</button>
              <button type="button" class="button" @click=${() => (this.recoverConfirm = undefined)}>${t(locale, 'cancel')}</button>
            </div>
          </div>`
        : html`<div class="actions">
            <button type="button" class="button" id="recover-selected" ?disabled=${chosen.length === 0} @click=${() => this.askRecover(chosen.map((p) => p.id), chosen.length, licences(chosen))}>
              ${t(locale, 'recoverSelected', { count: chosen.length })}
            </button>
            <button type="button" class="button" id="recover-all" @click=${() => (dep.more ? this.askRecover(undefined, dep.total ?? people.length) : this.askRecover(undefined, people.length, licences(people)))}>${t(locale, 'recoverAll')}</button>
          </div>`}
      ${this.failure && this.section === 'recovery' ? html`<div class="conflict" role="alert">${errorMessage(locale, this.failure)}</div>` : nothing}`;
  }

  private toggleRecover(id: string, event: Event): void {
    const next = new Set(this.recoverSelection);
    if ((event.target as HTMLInputElement).checked) next.add(id);
    else next.delete(id);
    this.recoverSelection = next;
  }

  private askRecover(personIds: string[] | undefined, people: number, licences?: number): void {
    this.recoverConfirm = { personIds, people, licences, key: newIdempotencyKey() };
    this.failure = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#recover-confirm')?.focus());
  }

  private async recover(): Promise<void> {
    const confirm = this.recoverConfirm;
    const uai = this.currentUai;
    if (!confirm || !uai || confirm.submitting) return;
    this.recoverConfirm = { ...confirm, submitting: true };
    try {
      const result = await this.api.post('/affectation/establishments/{uai}/licences/recover', {
        path: { uai },
        body: confirm.personIds ? { personIds: confirm.personIds } : {},
        idempotencyKey: confirm.key,
        signal: this.signal,
      });
      this.recoverConfirm = undefined;
      this.recoverSelection = new Set();
      this.applyCounts(result.subscriptions);
      this.emit<GarAssignmentChangeDetail>('gar-assignment-change', { uai, subscriptions: result.subscriptions });
      // The departed list is read again (see `updated`): the counts changed.
      this.showToast(t(this.locale, 'recovered', { count: result.recovered, people: result.people }));
    } catch (error) {
      logError(TAG, error);
      this.recoverConfirm = { ...confirm, submitting: false };
      this.failure = error;
    }
  }

  // ---------------------------------------------------------------- existing assignments: remove, export

  private async fetchExisting(subscriptionId: string): Promise<void> {
    const uai = this.currentUai;
    if (!uai) return;
    const keep = this.existing?.subscriptionId === subscriptionId ? this.existing.items : undefined;
    this.existing = { subscriptionId, status: 'loading', items: keep };
    try {
      const page = await this.api.get('/affectation/establishments/{uai}/assignments', { path: { uai }, query: { subscriptionId, pageSize: ASSIGNMENTS_PAGE }, signal: this.signal });
      if (this.existing?.subscriptionId !== subscriptionId) return;
      this.existing = { subscriptionId, status: 'ok', items: page.items, total: page.total, page: 1 };
      this.removeSelection = new Set([...this.removeSelection].filter((id) => page.items.some((a) => a.id === id)));
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      logError(TAG, error);
      if (this.existing?.subscriptionId === subscriptionId) this.existing = { subscriptionId, status: 'error', error };
    }
  }

  /** Next server page of a subscription's assignments, appended (3,000 of them are never fetched at once). */
  private async moreExisting(): Promise<void> {
    const uai = this.currentUai;
    const current = this.existing;
    if (!uai || current?.status !== 'ok' || !current.items || current.loadingMore) return;
    const { subscriptionId, items } = current;
    this.existing = { ...current, loadingMore: true };
    try {
      const page = await this.api.get('/affectation/establishments/{uai}/assignments', {
        path: { uai },
        query: { subscriptionId, page: (current.page ?? 1) + 1, pageSize: ASSIGNMENTS_PAGE },
        signal: this.signal,
      });
      if (this.existing?.subscriptionId !== subscriptionId) return;
      this.existing = { subscriptionId, status: 'ok', items: appendPage(items, page.items), total: page.total, page: (current.page ?? 1) + 1 };
      await this.focusRow('table.assignments tbody th[scope="row"]', items.length);
    } catch (error) {
      if (this.existing?.subscriptionId === subscriptionId) this.existing = { ...current, loadingMore: false };
      if (error instanceof ApiError && error.kind === 'aborted') return;
      logError(TAG, error);
      this.announcement = errorMessage(this.locale, error);
    }
  }

  private targetLabel(locale: Locale, a: Assignment): string {
    if (a.target.type === 'profil') return t(locale, 'everyone', { public: t(locale, `public.${a.public}`).toLocaleLowerCase(locale), count: a.people });
    const label = a.target.label ?? a.target.id;
    if (a.target.type === 'division') return t(locale, 'targetDivision', { name: label });
    if (a.target.type === 'groupe') return t(locale, 'targetGroup', { name: label });
    return label;
  }

  private renderExisting(locale: Locale, sub: Subscription, _h: number): TemplateResult {
    const existing = this.existing?.subscriptionId === sub.id ? this.existing : undefined;
    const items = existing?.items ?? [];
    const chosen = items.filter((a) => this.removeSelection.has(a.id));
    const confirm = this.removeConfirm;
    return html`<details class="existing" part="assignments" ?open=${items.length > 0 && items.length <= 10}>
      <summary>${t(locale, 'existingTitle', { count: existing?.total ?? items.length })}</summary>
      ${existing?.status === 'error' ? errorView({ locale, error: existing.error, onRetry: () => void this.fetchExisting(sub.id) }) : nothing}
      ${existing?.status === 'loading' && !existing.items ? loadingView(locale, 2) : nothing}
      ${items.length
        ? html`<div class="table-wrap">
              <table class="assignments" aria-rowcount=${(existing?.total ?? items.length) + 1}>
                <caption class="visually-hidden">${t(locale, 'existingCaption', { title: titleOf(sub) })}</caption>
                <thead>
                  <tr>
                    <th scope="col"><span class="visually-hidden">${t(locale, 'select')}</span></th>
                    <th scope="col">${t(locale, 'col.target')}</th>
                    <th scope="col">${t(locale, 'public')}</th>
                    <th scope="col">${t(locale, 'col.people')}</th>
                    <th scope="col">${t(locale, 'col.created')}</th>
                    <th scope="col">${t(locale, 'col.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${repeat(
                    items,
                    (a) => a.id,
                    (a, index) => {
                      const label = this.targetLabel(locale, a);
                      return html`<tr data-assignment=${a.id} aria-rowindex=${index + 2}>
                        <td><input type="checkbox" aria-label=${t(locale, 'selectAssignment', { target: label })} .checked=${this.removeSelection.has(a.id)} @change=${(e: Event) => this.toggleRemove(a.id, e)} /></td>
                        <th scope="row" tabindex="-1">${label}</th>
                        <td>${t(locale, `public.${a.public}`)}</td>
                        <td>${a.people}</td>
                        <td>${formatDate(locale, a.createdAt)}</td>
                        <td><button type="button" class="button remove-one" aria-label=${t(locale, 'removeOne', { target: label })} @click=${() => this.askRemove([a.id])}>${t(locale, 'remove')}</button></td>
                      </tr>`;
                    },
                  )}
                </tbody>
              </table>
            </div>
            ${this.moreButton(locale, 'more-assignments', items.length, existing?.total ?? 0, () => void this.moreExisting(), existing?.loadingMore)}
            <div class="actions">
              <button type="button" class="button" id="remove-selected" ?disabled=${chosen.length === 0} @click=${() => this.askRemove(chosen.map((a) => a.id))}>${t(locale, 'removeSelected', { count: chosen.length })}</button>
              <button type="button" class="button" id="export-assignments" @click=${() => void this.exportAssignments(sub)}>${t(locale, 'exportCsv')}</button>
            </div>`
        : existing?.status === 'ok'
          ? html`<p>${t(locale, 'existingNone')}</p>`
          : nothing}
      ${confirm
        ? html`<div class="summary" part="remove-confirm" role="group" aria-labelledby="remove-question">
            <p id="remove-question">${t(locale, 'removeQuestion', { count: confirm.ids.length })}</p>
            <div class="actions">
              <button type="button" class="button primary" id="remove-confirm" ?disabled=${confirm.submitting} @click=${() => void this.removeAssignments()}>${t(locale, 'removeConfirm')}</button>
              <button type="button" class="button" @click=${() => (this.removeConfirm = undefined)}>${t(locale, 'cancel')}</button>
            </div>
          </div>`
        : nothing}
    </details>`;
  }

  private toggleRemove(id: string, event: Event): void {
    const next = new Set(this.removeSelection);
    if ((event.target as HTMLInputElement).checked) next.add(id);
    else next.delete(id);
    this.removeSelection = next;
  }

  private askRemove(ids: string[]): void {
    this.removeConfirm = { ids, key: newIdempotencyKey() };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#remove-confirm')?.focus());
  }

  private async removeAssignments(): Promise<void> {
    const confirm = this.removeConfirm;
    const uai = this.currentUai;
    if (!confirm || !uai || confirm.submitting) return;
    this.removeConfirm = { ...confirm, submitting: true };
    try {
      const result = await this.api.post('/affectation/establishments/{uai}/assignments/remove', {
        path: { uai },
        body: { assignmentIds: confirm.ids },
        idempotencyKey: confirm.key,
        signal: this.signal,
      });
      this.removeConfirm = undefined;
      this.removeSelection = new Set();
      this.applyCounts(result.subscriptions);
      this.emit<GarAssignmentChangeDetail>('gar-assignment-change', { uai, subscriptions: result.subscriptions });
      const removed = result.removed;
      this.showToast(t(this.locale, 'removed', { count: removed.length }), () => this.undoRemove(uai, removed));
    } catch (error) {
      logError(TAG, error);
      this.removeConfirm = undefined;
      this.showToast(t(this.locale, 'removeFailed', { message: errorMessage(this.locale, error) }));
    }
  }

  /** Undo of a removal: the same targets assigned again (one request per subscription and public). */
  private async undoRemove(uai: string, removed: Assignment[]): Promise<void> {
    const groups = new Map<string, AssignmentRequest>();
    for (const a of removed) {
      const key = `${a.subscriptionId}|${a.public}`;
      const request = groups.get(key) ?? { subscriptionIds: [a.subscriptionId], public: a.public, targets: [] };
      request.targets.push({ type: a.target.type, id: a.target.id });
      groups.set(key, request);
    }
    for (const body of groups.values()) {
      const result = await this.api.post('/affectation/establishments/{uai}/assignments', { path: { uai }, body, idempotencyKey: newIdempotencyKey(), signal: this.signal });
      this.applyCounts(result.subscriptions);
      this.emit<GarAssignmentChangeDetail>('gar-assignment-change', { uai, subscriptions: result.subscriptions });
    }
  }

  /** Every assignment of the subscription (all pages) as a CSV download. */
  private async exportAssignments(sub: Subscription): Promise<void> {
    const uai = this.currentUai;
    if (!uai) return;
    const locale = this.locale;
    try {
      const items: Assignment[] = [];
      for (let page = 1; ; page += 1) {
        const body = await this.api.get('/affectation/establishments/{uai}/assignments', { path: { uai }, query: { subscriptionId: sub.id, page, pageSize: 200 }, signal: this.signal });
        items.push(...body.items);
        if (items.length >= body.total || body.items.length === 0) break;
      }
      const csv = toCsv([
        [t(locale, 'col.resource'), t(locale, 'col.target'), t(locale, 'public'), t(locale, 'col.people'), t(locale, 'col.created'), 'id'],
        ...items.map((a) => [titleOf(sub), this.targetLabel(locale, a), t(locale, `public.${a.public}`), a.people, a.createdAt, a.id]),
      ]);
      download(this.renderRoot as ShadowRoot, csv, `affectations-${uai}-${sub.id}.csv`);
    } catch (error) {
      logError(TAG, error);
      this.showToast(errorMessage(locale, error));
    }
  }

  // ---------------------------------------------------------------- statistics

  private async fetchStats(): Promise<void> {
    const uai = this.currentUai;
    if (!uai) return;
    const range = this.statsRange;
    // The last figures stay on screen (and the range pickers keep focus) while the next arrive.
    this.stats = { status: 'loading', data: this.stats?.data };
    try {
      const data = await this.api.get('/affectation/establishments/{uai}/statistics', { path: { uai }, query: range ? { ...range } : {}, signal: this.signal });
      if (uai === this.currentUai && range === this.statsRange) this.stats = { status: 'ok', data };
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      logError(TAG, error);
      this.stats = { status: 'error', error };
    }
  }

  /** "Du mois … au mois …": selects rather than <input type="month">, which Firefox shows as plain text. */
  private renderMonthRange(locale: Locale, range: { from: string; to: string }, busy: boolean): TemplateResult {
    const months = recentMonths(this.now(), STATS_MONTHS);
    const options = (selected: string) => months.map((m) => html`<option value=${m} ?selected=${m === selected}>${this.monthLabel(locale, m)}</option>`);
    const pick = (end: 'from' | 'to') => (e: Event) => {
      const value = (e.target as HTMLSelectElement).value;
      const next = { ...range, [end]: value };
      // A range stays in order: moving one end past the other brings the other along.
      if (next.from > next.to) next[end === 'from' ? 'to' : 'from'] = value;
      this.statsRange = next;
      void this.fetchStats();
    };
    return html`<div class="field">
        <label for="stats-from">${t(locale, 'statsFrom')}</label>
        <select id="stats-from" @change=${pick('from')}>${options(range.from)}</select>
      </div>
      <div class="field">
        <label for="stats-to">${t(locale, 'statsTo')}</label>
        <select id="stats-to" @change=${pick('to')}>${options(range.to)}</select>
      </div>
      <span class="hint" role="status">${busy ? t(locale, 'statsLoading') : ''}</span>`;
  }

  private monthLabel(locale: Locale, month: string): string {
    return formatDate(locale, `${month}-15T12:00:00Z`, { month: 'long', year: 'numeric' });
  }

  private renderStatistics(locale: Locale): TemplateResult {
    const stats = this.stats;
    if (!stats || (stats.status === 'loading' && !stats.data)) return loadingView(locale, 3);
    if (stats.status === 'error' || !stats.data) return errorView({ locale, error: stats.error, onRetry: () => void this.fetchStats() });
    const data = stats.data;
    const ids = [...new Set(data.rows.map((r) => r.subscriptionId))];
    const subs = ids
      .map((id) => ({ id, title: titleOf(this.subscriptionById(id) ?? ({ id, resource: {} } as Subscription)) }))
      .sort((a, b) => a.title.localeCompare(b.title, 'fr'));
    const range = this.statsRange ?? { from: data.months[0] ?? '', to: data.months[data.months.length - 1] ?? '' };
    const pickers = this.renderMonthRange(locale, range, stats.status === 'loading');
    if (subs.length === 0) return html`<div class="toolbar">${pickers}</div>${emptyView({ title: t(locale, 'statsEmpty') })}`;
    const chosen = subs.find((s) => s.id === this.statsSubscription) ?? subs[0]!;
    const rows = data.months.map((month) => data.rows.find((r) => r.subscriptionId === chosen.id && r.month === month)).filter((r): r is StatisticsRow => Boolean(r));
    const shown = (v: StatisticsRow['sessions']) => (v.suppressed || v.value === null ? `< ${data.threshold}` : String(v.value));
    return html`<div class="toolbar">
        <div class="field">
          <label for="stats-subscription">${t(locale, 'col.resource')}</label>
          <select id="stats-subscription" @change=${(e: Event) => (this.statsSubscription = (e.target as HTMLSelectElement).value)}>
            ${subs.map((s) => html`<option value=${s.id} ?selected=${s.id === chosen.id}>${s.title}</option>`)}
          </select>
        </div>
        ${pickers}
        <button type="button" class="button" id="export-stats" @click=${() => this.exportStats(data)}>${t(locale, 'exportCsv')}</button>
      </div>
      <p class="hint">${t(locale, 'statsSecrecy', { threshold: data.threshold })}</p>
      ${this.renderChart(locale, chosen.title, rows, data.threshold)}
      <div class="table-wrap">
        <table class="statistics">
          <caption>${t(locale, 'statsCaption', { title: chosen.title })}</caption>
          <thead>
            <tr>
              <th scope="col">${t(locale, 'month')}</th>
              <th scope="col">${t(locale, 'sessions')}</th>
              <th scope="col">${t(locale, 'users')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr>
                <th scope="row">${this.monthLabel(locale, r.month)}</th>
                <td>${shown(r.sessions)}</td>
                <td>${shown(r.users)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  /** Sessions per month as bars; the table below is the full text alternative. */
  private renderChart(locale: Locale, title: string, rows: StatisticsRow[], threshold: number): TemplateResult {
    const values = rows.map((r) => (r.sessions.suppressed || r.sessions.value === null ? null : r.sessions.value));
    const max = Math.max(threshold, ...values.map((v) => v ?? 0));
    const width = 60;
    const height = 160;
    const summary = rows.map((r, i) => `${this.monthLabel(locale, r.month)} : ${values[i] ?? `< ${threshold}`}`).join(', ');
    return html`<figure class="chart">
      <svg role="img" aria-label=${t(locale, 'chartLabel', { title, summary })} viewBox=${`0 0 ${Math.max(1, rows.length) * width} ${height + 40}`} width=${Math.max(1, rows.length) * 80}>
        ${rows.map((r, i) => {
          const v = values[i];
          const h = v === null ? ((threshold / 2) / max) * height : (v / max) * height;
          return svgBar(i * width + 10, height - h, width - 20, h, v === null, v === null ? `< ${threshold}` : String(v), formatDate(locale, `${r.month}-15T12:00:00Z`, { month: 'short' }), height);
        })}
      </svg>
      <figcaption class="hint">${t(locale, 'chartCaption')}</figcaption>
    </figure>`;
  }

  private exportStats(data: Statistics): void {
    const locale = this.locale;
    const shown = (v: StatisticsRow['sessions']) => (v.suppressed || v.value === null ? `< ${data.threshold}` : v.value);
    const csv = toCsv([
      [t(locale, 'col.resource'), 'id', t(locale, 'month'), t(locale, 'sessions'), t(locale, 'users')],
      ...data.rows.map((r) => [titleOf(this.subscriptionById(r.subscriptionId) ?? ({ id: r.subscriptionId, resource: {} } as Subscription)), r.subscriptionId, r.month, shown(r.sessions), shown(r.users)]),
    ]);
    download(this.renderRoot as ShadowRoot, csv, `statistiques-${this.currentUai}.csv`);
  }

  // ---------------------------------------------------------------- toast with undo

  private showToast(message: string, undo?: () => Promise<void>): void {
    this.clearToast();
    const toast: Toast = { message, undo };
    if (undo) toast.timer = window.setTimeout(() => {
      if (this.toast === toast) this.toast = { message };
    }, UNDO_MS);
    this.toast = toast;
    this.announcement = message;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.toast')?.focus());
  }

  private clearToast(): void {
    if (this.toast?.timer) window.clearTimeout(this.toast.timer);
    this.toast = undefined;
  }

  private renderToast(locale: Locale): TemplateResult | typeof nothing {
    const toast = this.toast;
    if (!toast) return nothing;
    return html`<div class="toast" part="toast" tabindex="-1">
      <span>${toast.message}</span>
      ${toast.undo ? html`<button type="button" class="button" id="undo" @click=${() => void this.runUndo(toast)}>${t(locale, 'undo')}</button>` : nothing}
      <button type="button" class="button" @click=${() => this.clearToast()}>${t(locale, 'dismiss')}</button>
    </div>`;
  }

  private async runUndo(toast: Toast): Promise<void> {
    if (!toast.undo) return;
    const undo = toast.undo;
    this.toast = { message: toast.message };
    try {
      await undo();
      this.showToast(t(this.locale, 'undone'));
    } catch (error) {
      logError(TAG, error);
      this.showToast(t(this.locale, 'undoFailed', { message: errorMessage(this.locale, error) }));
    }
  }
}

function svgBar(x: number, y: number, w: number, h: number, suppressed: boolean, value: string, month: string, base: number): TemplateResult {
  return svg`<g>
    <rect x=${x} y=${y} width=${w} height=${Math.max(1, h)} class=${suppressed ? 'bar suppressed' : 'bar'}></rect>
    <text x=${x + w / 2} y=${y - 4} text-anchor="middle" class="bar-value">${value}</text>
    <text x=${x + w / 2} y=${base + 18} text-anchor="middle" class="bar-month">${month}</text>
  </g>`;
}

/** Offers a CSV file for download (UTF-8 with BOM so spreadsheet software reads the accents). */
export function download(root: ShadowRoot | Document, csv: string, filename: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  (root instanceof ShadowRoot ? root : root.body).append(link);
  link.dispatchEvent(new CustomEvent('gar-csv-download', { bubbles: true, composed: true, detail: { csv, filename } }));
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function personName(p: Person): string {
  return `${p.lastName.toUpperCase()} ${p.firstName}`;
}

