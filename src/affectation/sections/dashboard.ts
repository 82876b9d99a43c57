// Tableau de bord: what needs the responsable's attention now, each with the action that deals
// with it (assign a new subscription, complete a family, recover licences…).
import { html, type TemplateResult } from 'lit';
import type { DashboardItem, Subscription } from '../../shared/api/types.js';
import { formatDate } from '../../shared/format.js';
import type { Locale } from '../../shared/i18n.js';
import { emptyView, errorView, loadingView } from '../../shared/states.js';
import { LoadTask } from '../../shared/task.js';
import { affectationMessages as t } from '../messages.js';
import { titleOf } from '../model.js';
import { TAG, type ConsoleContext } from './context.js';

/** What the dashboard's buttons lead to: other sections of the console. */
export interface DashboardActions {
  assign(subscriptionId: string): void;
  completeFamily(subscriptionId: string): void;
  assignPerson(): void;
  showAttention(): void;
  recover(): void;
}

export class DashboardSection {
  private readonly items: LoadTask<DashboardItem[], [string]>;

  constructor(
    private readonly context: ConsoleContext,
    private readonly actions: DashboardActions,
  ) {
    this.items = new LoadTask(context.host, TAG, async (signal, uai) => {
      const body = await context.api().get('/affectation/establishments/{uai}/dashboard', { path: { uai }, signal });
      return body.items;
    });
  }

  /** Reads the items (again: counts change what needs attention). */
  load(uai: string): void {
    void this.items.run(uai);
  }

  reset(): void {
    this.items.reset();
  }

  render(locale: Locale): TemplateResult {
    const { items } = this;
    if (items.pending) return loadingView(locale, 3);
    if (items.status === 'error') return errorView({ locale, error: items.error, onRetry: () => this.retry() });
    const list = items.value ?? [];
    if (list.length === 0) return emptyView({ title: t(locale, 'dashboardEmpty') });
    return html`<ul class="dashboard" part="dashboard">
      ${list.map((item) => html`<li class="dashboard-item" data-kind=${item.kind}>
        <p>${sentence(locale, item)}</p>
        <div class="actions">${this.itemActions(locale, item)}</div>
      </li>`)}
    </ul>`;
  }

  private retry(): void {
    const uai = this.context.uai();
    if (uai) this.load(uai);
  }

  private itemActions(locale: Locale, item: DashboardItem): TemplateResult | TemplateResult[] {
    const { actions } = this;
    const subs = (item.subscriptionIds ?? []).slice(0, 5).map((id) => this.context.subscriptionById(id)).filter((s): s is Subscription => Boolean(s));
    const more = (item.subscriptionIds?.length ?? 0) > subs.length;
    const seeAll = html`<button type="button" class="button" @click=${() => actions.showAttention()}>${t(locale, 'seeSubscriptions')}</button>`;
    switch (item.kind) {
      case 'unassigned-subscriptions':
      case 'new-licences':
        return [
          ...subs.map((sub) => html`<button type="button" class="button" @click=${() => actions.assign(sub.id)}>${t(locale, 'assignThisLabel', { title: titleOf(sub) })}</button>`),
          ...(more ? [seeAll] : []),
        ];
      case 'families-to-validate':
        return [
          ...subs.map((sub) => html`<button type="button" class="button" @click=${() => actions.completeFamily(sub.id)}>${t(locale, 'wholePopulationOf', { title: titleOf(sub) })}</button>`),
          ...(more ? [seeAll] : []),
        ];
      case 'people-without-assignment':
        return html`<button type="button" class="button" @click=${() => actions.assignPerson()}>${t(locale, 'assignPerson')}</button>`;
      case 'recoverable-licences':
        return html`<button type="button" class="button" @click=${() => actions.recover()}>${t(locale, 'goRecover')}</button>`;
      default:
        return seeAll;
    }
  }
}

function sentence(locale: Locale, item: DashboardItem): string {
  switch (item.kind) {
    case 'expiring-subscriptions':
      return t(locale, 'dash.expiring-subscriptions', { count: item.count, date: item.before ? formatDate(locale, item.before) : '—' });
    default:
      return t(locale, `dash.${item.kind}`, { count: item.count });
  }
}
