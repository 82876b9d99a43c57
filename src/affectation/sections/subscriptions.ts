// Abonnements: every subscription of the establishment with its licence meters, searchable,
// filtered (remembered per user), sortable, 50 rows at a time.
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Public, Subscription } from '../../shared/api/types.js';
import { formatDate } from '../../shared/format.js';
import type { Locale } from '../../shared/i18n.js';
import { emptyView, isolated } from '../../shared/states.js';
import { readStored, storageKey, writeStored } from '../../shared/storage.js';
import { affectationMessages as t } from '../messages.js';
import { countFor, daysLeft, DEFAULT_FILTERS, filterRows, PUBLICS, type LicenceFilter, type Row, type SortKey, type SubscriptionFilters } from '../model.js';
import { focusAfterUpdate, moreButton, TAG, type ConsoleContext } from './context.js';

/** Rows added per "show more": the DOM stays small at 200 subscriptions. */
const PAGE = 50;
const SHORT_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** What a row's buttons lead to. */
export interface SubscriptionActions {
  assign(subscriptionId: string): void;
  completeFamily(subscriptionId: string): void;
}

export class SubscriptionsSection {
  private filters: SubscriptionFilters = DEFAULT_FILTERS;
  private shown = PAGE;
  private userId?: string;
  private filteredMemo?: { rows: Row[]; filters: SubscriptionFilters; result: Row[] };
  private rowTemplates = new WeakMap<Subscription, { locale: Locale; index: number; template: TemplateResult }>();

  constructor(
    private readonly context: ConsoleContext,
    private readonly actions: SubscriptionActions,
  ) {}

  /** The quick filters this user chose last time (not the search words). */
  restore(userId: string): void {
    this.userId = userId;
    const saved = readStored<Partial<SubscriptionFilters>>(storageKey(TAG, userId, 'filters'))?.value;
    if (!saved || typeof saved !== 'object') return;
    const next = { ...DEFAULT_FILTERS };
    if (saved.licenceType === 'individuelle' || saved.licenceType === 'etablissement') next.licenceType = saved.licenceType;
    if (saved.public && PUBLICS.includes(saved.public)) next.public = saved.public;
    if (typeof saved.attention === 'boolean') next.attention = saved.attention;
    if (saved.sort && ['title', 'publisher', 'validUntil', 'available'].includes(saved.sort)) next.sort = saved.sort;
    if (saved.direction === 'ascending' || saved.direction === 'descending') next.direction = saved.direction;
    this.filters = next;
  }

  /** From the dashboard: only what needs attention. */
  showAttention(): void {
    this.filters = { ...DEFAULT_FILTERS, attention: true };
    this.context.host.requestUpdate();
  }

  render(locale: Locale): TemplateResult {
    const all = this.context.rows();
    if (all.length === 0) return emptyView({ title: t(locale, 'noSubscriptions'), detail: t(locale, 'noSubscriptionsDetail') });
    const rows = this.filtered(all);
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
            ${PUBLICS.map((p) => html`<option value=${p} ?selected=${f.public === p}>${t(locale, `public.${p}`)}</option>`)}
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
                  ${this.sortHeader('title', t(locale, 'col.resource'))} ${this.sortHeader('publisher', t(locale, 'col.publisher'))}
                  ${this.sortHeader('available', t(locale, 'col.counts'))} ${this.sortHeader('validUntil', t(locale, 'col.validity'))}
                  <th scope="col">${t(locale, 'col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                ${repeat(
                  rows.slice(0, this.shown),
                  (row) => row.sub.id,
                  (row, index) =>
                    isolated(
                      TAG,
                      () => this.rowTemplate(locale, row, index),
                      () => html`<tr data-id=${row.sub.id} aria-rowindex=${index + 2} class="unreadable"><th scope="row" colspan="5">${t(locale, 'unreadableRow')}</th></tr>`,
                    ),
                )}
              </tbody>
            </table>
          </div>
          ${moreButton(locale, 'more-subscriptions', Math.min(this.shown, rows.length), rows.length, () => void this.showMore())}`}`;
  }

  /** Works out the table's order ahead of drawing it (a task of its own for thousands of rows). */
  prepare(rows: Row[]): void {
    this.filtered(rows);
  }

  private filtered(rows: Row[]): Row[] {
    const memo = this.filteredMemo;
    if (memo && memo.rows === rows && memo.filters === this.filters) return memo.result;
    const result = filterRows(rows, this.filters);
    this.filteredMemo = { rows, filters: this.filters, result };
    return result;
  }

  private async showMore(): Promise<void> {
    const first = this.shown;
    this.shown += PAGE;
    this.context.host.requestUpdate();
    await focusAfterUpdate(this.context.host, 'tbody th[scope="row"]', first);
  }

  private sortHeader(key: SortKey, label: string): TemplateResult {
    const sort = this.filters.sort === key ? this.filters.direction : 'none';
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
    this.shown = PAGE;
    const { licenceType, attention, sort, direction } = this.filters;
    writeStored(storageKey(TAG, this.userId, 'filters'), { licenceType, public: this.filters.public, attention, sort, direction });
    this.context.host.requestUpdate();
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
      <td>
        ${row.publisher}
        <span class="hint terms">${t(locale, `licence.${sub.licenceType}`)}${sub.distributor ? html`<br />${t(locale, 'distributedBy', { name: sub.distributor })}` : nothing}</span>
      </td>
      <td>
        <ul class="counts">
          ${sub.counts.map((c) => html`<li>${meter(locale, sub, c.public)}</li>`)}
        </ul>
      </td>
      <td>${t(locale, 'validity', { from: unbroken(formatDate(locale, sub.validFrom, SHORT_DATE)), to: unbroken(formatDate(locale, sub.validUntil, SHORT_DATE)) })}</td>
      <td>
        ${daysLeft(sub, this.context.host.now()) < 0
          ? html`<span class="hint">${t(locale, 'expired')}</span>`
          : html`<button type="button" class="button" aria-label=${t(locale, 'assignThisLabel', { title: row.title })} @click=${() => this.actions.assign(sub.id)}>
              ${t(locale, 'assignThis')}
            </button>`}
        ${sub.familyMother && sub.familyComplete === false
          ? html`<button type="button" class="button family-action" aria-label=${t(locale, 'wholePopulationOf', { title: row.title })} @click=${() => this.actions.completeFamily(sub.id)}>
              ${t(locale, 'wholePopulation')}
            </button>`
          : nothing}
      </td>
    </tr>`;
    this.rowTemplates.set(sub, { locale, index, template });
    return template;
  }
}

/** A date that never breaks across lines: « du 1er sept. 2026 / au 31 août 2029 » is two lines, not five. */
const unbroken = (text: string): string => text.replace(/ /g, '\u00a0');

function meter(locale: Locale, sub: Subscription, pub: Public): TemplateResult {
  const count = countFor(sub, pub);
  if (!count) return html``;
  const label = t(locale, `public.${pub}`);
  if (count.total === null || count.available === null) {
    return html`<span class="count">${label} : ${t(locale, 'unlimited', { count: count.assigned })}</span>`;
  }
  const text = t(locale, count.available < 2 ? 'meterOne' : 'meter', { assigned: count.assigned, total: count.total, available: count.available });
  return html`<span class="count">
    <meter min="0" max=${count.total} value=${count.assigned} high=${Math.max(0, count.total * 0.9)} optimum="0" aria-label=${`${label} : ${text}`}></meter>
    ${label} : ${text}
  </span>`;
}
