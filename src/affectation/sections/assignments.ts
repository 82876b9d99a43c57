// A subscription's current assignments, under the par ressource flow: read a page at a time,
// taken back one by one or several at once (confirmed, with undo), exported as CSV.
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { newIdempotencyKey } from '../../shared/api/client.js';
import type { Assignment, AssignmentRequest, Subscription } from '../../shared/api/types.js';
import { formatDate } from '../../shared/format.js';
import type { Locale } from '../../shared/i18n.js';
import { errorMessage, errorView, loadingView, logError } from '../../shared/states.js';
import { PagedTask } from '../../shared/task.js';
import { affectationMessages as t } from '../messages.js';
import { titleOf, toCsv } from '../model.js';
import { download, focusAfterUpdate, moreButton, TAG, toggled, type ConsoleContext } from './context.js';

/** Rows per server page: 3,000 assignments are never fetched at once. */
const PAGE = 100;

export function targetLabel(locale: Locale, a: Assignment): string {
  if (a.target.type === 'profil') return t(locale, 'everyone', { public: t(locale, `public.${a.public}`).toLocaleLowerCase(locale), count: a.people });
  const label = a.target.label ?? a.target.id;
  if (a.target.type === 'division') return t(locale, 'targetDivision', { name: label });
  if (a.target.type === 'groupe') return t(locale, 'targetGroup', { name: label });
  return label;
}

export class AssignmentsSection {
  private readonly list: PagedTask<Assignment, [string, string]>;
  /** The subscription object (its counts) the list was read for: new counts, new read. */
  private readFor?: Subscription;
  private selection = new Set<string>();
  private confirm?: { ids: string[]; key: string; submitting?: boolean };

  constructor(private readonly context: ConsoleContext) {
    const { host } = context;
    this.list = new PagedTask(
      host,
      TAG,
      (signal, page, uai, subscriptionId) => context.api().get('/affectation/establishments/{uai}/assignments', { path: { uai }, query: { subscriptionId, page, pageSize: PAGE }, signal }),
      undefined,
      (error) => context.announce(errorMessage(host.locale, error)),
    );
  }

  /** Reads the list of this subscription when it is shown, and again when its counts change. */
  show(sub: Subscription | undefined): void {
    const uai = this.context.uai();
    if (!sub || !uai || this.readFor === sub) return;
    if (this.readFor?.id !== sub.id) this.list.reset();
    this.readFor = sub;
    void this.load(uai, sub.id);
  }

  reset(): void {
    this.readFor = undefined;
    this.confirm = undefined;
    this.selection = new Set();
    this.list.reset();
  }

  private async load(uai: string, subscriptionId: string): Promise<void> {
    await this.list.run(uai, subscriptionId);
    const items = this.list.value?.items ?? [];
    this.selection = new Set([...this.selection].filter((id) => items.some((a) => a.id === id)));
  }

  render(locale: Locale, sub: Subscription): TemplateResult {
    const { list } = this;
    const items = list.value?.items ?? [];
    const total = list.value?.total ?? items.length;
    const chosen = items.filter((a) => this.selection.has(a.id));
    return html`<details class="existing" part="assignments" ?open=${items.length > 0 && items.length <= 10}>
      <summary>${t(locale, 'existingTitle', { count: total })}</summary>
      ${list.status === 'error' ? errorView({ locale, error: list.error, onRetry: () => this.retry(sub) }) : nothing}
      ${list.pending ? loadingView(locale, 2) : nothing}
      ${items.length
        ? html`<div class="table-wrap">
              <table class="assignments" aria-rowcount=${total + 1}>
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
                  ${repeat(items, (a) => a.id, (a, index) => this.row(locale, a, index))}
                </tbody>
              </table>
            </div>
            ${moreButton(locale, 'more-assignments', items.length, total, () => void this.more(items.length), list.loadingMore)}
            <div class="actions">
              <button type="button" class="button" id="remove-selected" ?disabled=${chosen.length === 0} @click=${() => this.ask(chosen.map((a) => a.id))}>${t(locale, 'removeSelected', { count: chosen.length })}</button>
              <button type="button" class="button" id="export-assignments" @click=${() => void this.exportCsv(sub)}>${t(locale, 'exportCsv')}</button>
            </div>`
        : list.status === 'ok'
          ? html`<p>${t(locale, 'existingNone')}</p>`
          : nothing}
      ${this.confirm
        ? html`<div class="summary" part="remove-confirm" role="group" aria-labelledby="remove-question">
            <p id="remove-question">${t(locale, 'removeQuestion', { count: this.confirm.ids.length })}</p>
            <div class="actions">
              <button type="button" class="button primary" id="remove-confirm" ?disabled=${this.confirm.submitting} @click=${() => void this.remove()}>${t(locale, 'removeConfirm')}</button>
              <button type="button" class="button" @click=${() => this.update(() => (this.confirm = undefined))}>${t(locale, 'cancel')}</button>
            </div>
          </div>`
        : nothing}
    </details>`;
  }

  private row(locale: Locale, a: Assignment, index: number): TemplateResult {
    const label = targetLabel(locale, a);
    return html`<tr data-assignment=${a.id} aria-rowindex=${index + 2}>
      <td><input type="checkbox" aria-label=${t(locale, 'selectAssignment', { target: label })} .checked=${this.selection.has(a.id)} @change=${(e: Event) => this.toggle(a.id, e)} /></td>
      <th scope="row" tabindex="-1">${label}</th>
      <td>${t(locale, `public.${a.public}`)}</td>
      <td>${a.people}</td>
      <td>${formatDate(locale, a.createdAt)}</td>
      <td><button type="button" class="button remove-one" aria-label=${t(locale, 'removeOne', { target: label })} @click=${() => this.ask([a.id])}>${t(locale, 'remove')}</button></td>
    </tr>`;
  }

  private retry(sub: Subscription): void {
    const uai = this.context.uai();
    if (uai) void this.load(uai, sub.id);
  }

  private async more(shown: number): Promise<void> {
    if (await this.list.more()) await focusAfterUpdate(this.context.host, 'table.assignments tbody th[scope="row"]', shown);
  }

  private update(change: () => void): void {
    change();
    this.context.host.requestUpdate();
  }

  private toggle(id: string, event: Event): void {
    this.update(() => (this.selection = toggled(this.selection, id, event)));
  }

  private ask(ids: string[]): void {
    this.update(() => (this.confirm = { ids, key: newIdempotencyKey() }));
    void focusAfterUpdate(this.context.host, '#remove-confirm');
  }

  private async remove(): Promise<void> {
    const { confirm, context } = this;
    const uai = context.uai();
    if (!confirm || !uai || confirm.submitting) return;
    const locale = context.host.locale;
    this.update(() => (this.confirm = { ...confirm, submitting: true }));
    try {
      const result = await context.api().post('/affectation/establishments/{uai}/assignments/remove', { path: { uai }, body: { assignmentIds: confirm.ids }, idempotencyKey: confirm.key });
      this.update(() => {
        this.confirm = undefined;
        this.selection = new Set();
      });
      context.changed(uai, result.subscriptions);
      const removed = result.removed;
      context.showToast(t(locale, 'removed', { count: removed.length }), () => this.undo(uai, removed));
    } catch (error) {
      logError(TAG, error);
      this.update(() => (this.confirm = undefined));
      context.showToast(t(locale, 'removeFailed', { message: errorMessage(locale, error) }));
    }
  }

  /** Undo of a removal: the same targets assigned again, all publics in one all-or-nothing batch. */
  private async undo(uai: string, removed: Assignment[]): Promise<void> {
    const groups = new Map<string, AssignmentRequest>();
    for (const a of removed) {
      const key = `${a.subscriptionId}|${a.public}`;
      const request = groups.get(key) ?? { subscriptionIds: [a.subscriptionId], public: a.public, targets: [] };
      request.targets.push({ type: a.target.type, id: a.target.id });
      groups.set(key, request);
    }
    const requests = [...groups.values()];
    const body = requests.length === 1 ? requests[0]! : { requests };
    const result = await this.context.api().post('/affectation/establishments/{uai}/assignments', { path: { uai }, body, idempotencyKey: newIdempotencyKey() });
    this.context.changed(uai, result.subscriptions);
  }

  /** Every assignment of the subscription (all pages) as a CSV download. */
  private async exportCsv(sub: Subscription): Promise<void> {
    const { context } = this;
    const uai = context.uai();
    if (!uai) return;
    const locale = context.host.locale;
    try {
      const items: Assignment[] = [];
      for (let page = 1; ; page += 1) {
        const body = await context.api().get('/affectation/establishments/{uai}/assignments', { path: { uai }, query: { subscriptionId: sub.id, page, pageSize: 200 } });
        items.push(...body.items);
        if (items.length >= body.total || body.items.length === 0) break;
      }
      const csv = toCsv([
        [t(locale, 'col.resource'), t(locale, 'col.target'), t(locale, 'public'), t(locale, 'col.people'), t(locale, 'col.created'), 'id'],
        ...items.map((a) => [titleOf(sub), targetLabel(locale, a), t(locale, `public.${a.public}`), a.people, a.createdAt, a.id]),
      ]);
      download(context.host.renderRoot as ShadowRoot, csv, `affectations-${uai}-${sub.id}.csv`);
    } catch (error) {
      logError(TAG, error);
      context.showToast(errorMessage(locale, error));
    }
  }
}
