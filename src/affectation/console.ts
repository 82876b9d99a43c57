// <gar-affectation-console>: where the establishment's responsable d'affectation assigns the
// licences (exemplaires) of its GAR subscriptions. This file is the shell: session, establishment,
// section switch, toast; each section lives in sections/ with its own state and requests.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ApiClient } from '../shared/api/client.js';
import { ApiError } from '../shared/api/errors.js';
import { withReaders } from '../shared/api/read.js';
import type { Populations, Subscription, SubscriptionCounts } from '../shared/api/types.js';
import { EntElement } from '../shared/base-element.js';
import { formStyles } from '../shared/form-styles.js';
import type { Locale } from '../shared/i18n.js';
import { errorMessage, errorView, forbiddenView, heading, loadingView, logError, signedOutView, stateStyles } from '../shared/states.js';
import { LoadTask, nextTask } from '../shared/task.js';
import { tokens } from '../shared/tokens.js';
import { affectationMessages as t } from './messages.js';
import { affectationReaders } from './read.js';
import { buildRows, mergeCounts, type Row } from './model.js';
import { AssignmentsSection } from './sections/assignments.js';
import { TAG, type ConsoleContext, type ConsoleTab } from './sections/context.js';
import { DashboardSection } from './sections/dashboard.js';
import { FamilySection } from './sections/family.js';
import { PopulationSection } from './sections/population.js';
import { RecoverySection } from './sections/recovery.js';
import { ResourceSection } from './sections/resource.js';
import { OnDemandSection } from './sections/on-demand.js';
import { SubscriptionsSection } from './sections/subscriptions.js';
import { affectationStyles } from './styles.js';

export const ROLE = 'responsable-affectation';
/** How long "Annuler" stays offered after a change. */
export const UNDO_MS = 10_000;

export type { ConsoleTab };
export const TABS: ConsoleTab[] = ['dashboard', 'subscriptions', 'resource', 'population', 'recovery', 'statistics'];

/** What every section reads: the establishment's subscriptions and populations. */
interface EstablishmentData {
  subscriptions: Subscription[];
  populations: Populations;
}

interface Toast {
  message: string;
  undo?: () => Promise<void>;
  timer?: number;
}

export type { GarAssignmentChangeDetail } from '../shared/events.js';

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
    toast: { state: true },
    announcement: { state: true },
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
  private toast?: Toast;
  /** Said by the polite live region. */
  private announcement = '';
  private loadedUai?: string;
  private started = false;
  private loadedUser?: string;
  /** Section and establishment whose data was last read: shown again, read again (counts may have moved). */
  private sectionLoadedFor?: string;
  private rowsMemo?: { subs: Subscription[]; rows: Row[] };

  /** What the sections are given (see sections/context.ts). */
  private readonly context: ConsoleContext = {
    host: this,
    api: () => this.api,
    uai: () => this.currentUai,
    rows: () => this.rows,
    populations: () => this.data.value?.populations,
    subscriptionById: (id) => this.subscriptionById(id),
    changed: (uai, fresh) => {
      this.applyCounts(fresh);
      this.emit('gar-assignment-change', { uai, subscriptions: fresh });
    },
    applyCounts: (fresh) => this.applyCounts(fresh),
    showToast: (message, undo) => this.showToast(message, undo),
    announce: (message) => (this.announcement = message),
  };

  /** The establishment's subscriptions and populations, read together. */
  private readonly data = new LoadTask<EstablishmentData, [string]>(this, TAG, async (signal, uai) => {
    const [list, populations] = await Promise.all([
      this.api.get('/affectation/establishments/{uai}/subscriptions', { path: { uai }, signal }),
      this.api.get('/affectation/establishments/{uai}/populations', { path: { uai }, signal }),
    ]);
    const subscriptions = list.subscriptions;
    // Thousands of subscriptions (issue #20): their rows, then the table's order, are worked out
    // each in a task of its own, not in the one that parsed the answer nor in the one that draws.
    await nextTask();
    if (signal.aborted) return { subscriptions, populations };
    const rows = this.rowsOf(subscriptions);
    if (this.section === 'subscriptions') {
      await nextTask();
      this.subscriptionsSection.prepare(rows);
    }
    return { subscriptions, populations };
  });

  private readonly family = new FamilySection(this.context);
  private readonly subscriptionsSection = new SubscriptionsSection(this.context, {
    assign: (id) => this.resource.open(id),
    completeFamily: (id) => void this.family.start(id),
  });
  private readonly assignments = new AssignmentsSection(this.context);
  private readonly resource = new ResourceSection(this.context, this.assignments);
  private readonly population = new PopulationSection(this.context);
  private readonly dashboard = new DashboardSection(this.context, {
    assign: (id) => this.resource.open(id),
    completeFamily: (id) => void this.family.start(id),
    assignPerson: () => this.population.openForPerson(),
    showAttention: () => {
      this.subscriptionsSection.showAttention();
      this.section = 'subscriptions';
    },
    recover: () => (this.section = 'recovery'),
  });
  private readonly recovery = new RecoverySection(this.context);
  private readonly statistics = new OnDemandSection(this.context, async (context) => new (await import('./sections/statistics.js')).StatisticsSection(context));

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
    if (this.toast?.timer) window.clearTimeout(this.toast.timer);
  }

  /** Opens the par ressource flow on a subscription (from the table or the dashboard). */
  openResourceFlow(subscriptionId: string): void {
    this.resource.open(subscriptionId);
  }

  /** "Affecter à toute la population" for a family mother, previewed before confirming. */
  startFamily(subscriptionId: string): Promise<void> {
    return this.family.start(subscriptionId);
  }

  /** The establishment shown. */
  get currentUai(): string | undefined {
    const me = this.me;
    return this.chosenUai ?? this.uai ?? me?.currentUai ?? me?.establishments[0]?.uai;
  }

  private get allowed(): boolean {
    return Boolean(this.me?.roles.includes(ROLE));
  }

  private async start(): Promise<void> {
    const session = await this.ensureSession();
    this.started = true;
    this.loadedUser = session.status === 'signed-in' ? session.me.id : undefined;
    if (this.loadedUser) this.subscriptionsSection.restore(this.loadedUser);
    if (session.status !== 'signed-in' || !this.allowed) {
      this.requestUpdate();
      return;
    }
    const uai = this.currentUai;
    if (!uai || uai === this.loadedUai) return;
    await this.fetchAll(uai);
  }

  /** Another establishment (or user): the sections forget what they held. */
  private forgetSections(): void {
    this.resource.reset();
    this.population.reset();
    this.family.reset();
    this.assignments.reset();
    this.dashboard.reset();
    this.recovery.reset();
    this.statistics.reset();
  }

  private async fetchAll(uai: string): Promise<void> {
    this.loadedUai = uai;
    this.sectionLoadedFor = undefined;
    this.forgetSections();
    // Another establishment's data is never shown while this one's comes.
    this.data.reset();
    await this.data.run(uai);
  }

  private retry = (): void => {
    const uai = this.currentUai;
    if (uai) void this.fetchAll(uai);
  };

  private get subscriptions(): Subscription[] {
    return this.data.value?.subscriptions ?? [];
  }

  private get rows(): Row[] {
    return this.rowsOf(this.subscriptions);
  }

  private rowsOf(subs: Subscription[]): Row[] {
    if (this.rowsMemo?.subs !== subs) this.rowsMemo = { subs, rows: buildRows(subs, this.now()) };
    return this.rowsMemo.rows;
  }

  private subscriptionById(id: string | undefined): Subscription | undefined {
    return id ? this.subscriptions.find((s) => s.id === id) : undefined;
  }

  private applyCounts(fresh: SubscriptionCounts[] | undefined): void {
    const data = this.data.value;
    if (!data || !fresh) return;
    // The dashboard and the departed list are read again when next shown.
    this.sectionLoadedFor = undefined;
    this.data.value = { ...data, subscriptions: mergeCounts(data.subscriptions, fresh) };
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('uai') && this.hasUpdated) {
      this.chosenUai = undefined;
      void this.start();
    }
    // Reads start before this render, so that it already shows them loading (no second render).
    if (this.data.status !== 'ok' || !this.loadedUai) return;
    const uai = this.loadedUai;
    if (this.sectionLoadedFor !== `${this.section}|${uai}`) {
      this.sectionLoadedFor = `${this.section}|${uai}`;
      if (this.section === 'dashboard') this.dashboard.load(uai);
      if (this.section === 'recovery') void this.recovery.load(uai);
      if (this.section === 'statistics') this.statistics.when((section) => section.show(uai));
    }
    if (this.section === 'resource') this.assignments.show(this.subscriptionById(this.resource.subscriptionId));
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
      this.data.reset();
      this.forgetSections();
      this.clearToast();
      void this.start();
    }
  }

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
    this.clearToast();
    void this.fetchAll(uai);
  }

  private renderConsole(locale: Locale): TemplateResult {
    if (this.data.status === 'error') {
      const error = this.data.error;
      if (error instanceof ApiError && error.kind === 'forbidden') return forbiddenView(locale, t(locale, 'forbidden'));
      if (error instanceof ApiError && error.kind === 'unauthorized') return signedOutView(locale);
      return errorView({ locale, error, onRetry: this.retry });
    }
    return html`<nav class="tabs" part="tabs" aria-label=${t(locale, 'tabsLabel')}>
        <ul>
          ${TABS.map(
            (tab) => html`<li>
              <button type="button" class="tab" data-tab=${tab} aria-current=${tab === this.section ? 'page' : 'false'} @click=${() => (this.section = tab)}>
                ${t(locale, `tab.${tab}`)}
              </button>
            </li>`,
          )}
        </ul>
      </nav>
      ${this.renderToast(locale)} ${this.family.render(locale)}
      <div class="panel" aria-busy=${this.data.pending ? 'true' : 'false'}>
        ${this.data.pending ? loadingView(locale) : this.renderSection(locale)}
      </div>`;
  }

  private renderSection(locale: Locale): TemplateResult {
    const title = heading(this.headingLevel + 1, t(locale, `tab.${this.section}`), 'section-title', 'section-heading');
    const sections: Record<ConsoleTab, { render(locale: Locale): TemplateResult }> = {
      dashboard: this.dashboard,
      subscriptions: this.subscriptionsSection,
      resource: this.resource,
      population: this.population,
      recovery: this.recovery,
      statistics: this.statistics,
    };
    // An unknown `section` attribute shows the dashboard (the default) rather than nothing.
    return html`${title}${(sections[this.section] ?? this.dashboard).render(locale)}`;
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
