// Statistiques: sessions and users per subscription and month, small counts suppressed by the
// server; a chart with the table as its text alternative, a month range, a CSV export.
import { html, svg, type TemplateResult } from 'lit';
import type { Statistics, StatisticsRow, Subscription } from '../../shared/api/types.js';
import { formatDate } from '../../shared/format.js';
import type { Locale } from '../../shared/i18n.js';
import { emptyView, errorView, loadingView } from '../../shared/states.js';
import { LoadTask } from '../../shared/task.js';
import { affectationMessages as t } from '../messages.js';
import { recentMonths, titleOf, toCsv } from '../model.js';
import { download, TAG, type ConsoleContext } from './context.js';
import { ResourcePicker } from './picker.js';

/** How far back the range goes: three school years. */
const STATS_MONTHS = 36;

type Range = { from: string; to: string };

const monthLabel = (locale: Locale, month: string): string => formatDate(locale, `${month}-15T12:00:00Z`, { month: 'long', year: 'numeric' });

export class StatisticsSection {
  private readonly stats: LoadTask<Statistics, [string, Range | undefined]>;
  private subscriptionId?: string;
  /** The months asked for; the server's default (the school year so far) until the user picks. */
  private range?: Range;
  private readonly picker: ResourcePicker;

  constructor(private readonly context: ConsoleContext) {
    this.picker = new ResourcePicker(context.host, 'stats-subscription');
    this.stats = new LoadTask(context.host, TAG, (signal, uai, range) =>
      context.api().get('/affectation/establishments/{uai}/statistics', { path: { uai }, query: range ? { ...range } : {}, signal }),
    );
  }

  /** Reads the figures once per establishment (they change monthly, not with each assignment). */
  show(uai: string): void {
    if (this.stats.status === 'idle') void this.stats.run(uai, this.range);
  }

  reset(): void {
    this.stats.reset();
    this.picker.reset();
    this.subscriptionId = undefined;
  }

  render(locale: Locale): TemplateResult {
    const { stats } = this;
    if (stats.pending) return loadingView(locale, 3);
    // The last figures stay on screen (and the range pickers keep focus) while the next arrive.
    if (stats.status === 'error' || !stats.value) return errorView({ locale, error: stats.error, onRetry: () => this.reload() });
    const data = stats.value;
    const ids = [...new Set(data.rows.map((r) => r.subscriptionId))];
    const subs = ids.map((id) => ({ id, title: this.titleOf(id) })).sort((a, b) => a.title.localeCompare(b.title, 'fr'));
    const range = this.range ?? { from: data.months[0] ?? '', to: data.months[data.months.length - 1] ?? '' };
    const pickers = this.renderRange(locale, range, stats.status === 'loading');
    if (subs.length === 0) return html`<div class="toolbar">${pickers}</div>${emptyView({ title: t(locale, 'statsEmpty') })}`;
    const chosen = subs.find((s) => s.id === this.subscriptionId) ?? subs[0]!;
    const rows = data.months.map((month) => data.rows.find((r) => r.subscriptionId === chosen.id && r.month === month)).filter((r): r is StatisticsRow => Boolean(r));
    const shown = (v: StatisticsRow['sessions']) => (v.suppressed || v.value === null ? `< ${data.threshold}` : String(v.value));
    return html`${this.picker.render(locale, t(locale, 'col.resource'), subs, chosen.id, (id) => this.choose(id))}
      <div class="toolbar">
        ${pickers}
        <button type="button" class="button" id="export-stats" @click=${() => this.exportCsv(data)}>${t(locale, 'exportStatsCsv')}</button>
      </div>
      <p class="hint">${t(locale, 'statsSecrecy', { threshold: data.threshold })}</p>
      ${renderChart(locale, chosen.title, rows, data.threshold)}
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
                <th scope="row">${monthLabel(locale, r.month)}</th>
                <td>${shown(r.sessions)}</td>
                <td>${shown(r.users)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  private titleOf(id: string): string {
    return titleOf(this.context.subscriptionById(id) ?? ({ id, resource: {} } as Subscription));
  }

  private choose(subscriptionId: string): void {
    this.subscriptionId = subscriptionId;
    this.context.host.requestUpdate();
  }

  private reload(): void {
    const uai = this.context.uai();
    if (uai) void this.stats.run(uai, this.range);
  }

  /** "Du mois … au mois …": selects rather than <input type="month">, which Firefox shows as plain text. */
  private renderRange(locale: Locale, range: Range, busy: boolean): TemplateResult {
    const months = recentMonths(this.context.host.now(), STATS_MONTHS);
    const options = (selected: string) => months.map((m) => html`<option value=${m} ?selected=${m === selected}>${monthLabel(locale, m)}</option>`);
    const pick = (end: 'from' | 'to') => (e: Event) => {
      const value = (e.target as HTMLSelectElement).value;
      const next = { ...range, [end]: value };
      // A range stays in order: moving one end past the other brings the other along.
      if (next.from > next.to) next[end === 'from' ? 'to' : 'from'] = value;
      this.range = next;
      this.reload();
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

  private exportCsv(data: Statistics): void {
    const locale = this.context.host.locale;
    const shown = (v: StatisticsRow['sessions']) => (v.suppressed || v.value === null ? `< ${data.threshold}` : v.value);
    const csv = toCsv([
      [t(locale, 'col.resource'), 'id', t(locale, 'month'), t(locale, 'sessions'), t(locale, 'users')],
      ...data.rows.map((r) => [this.titleOf(r.subscriptionId), r.subscriptionId, r.month, shown(r.sessions), shown(r.users)]),
    ]);
    // Every resource over the months shown: the file says which period it covers.
    const period = data.months.length ? `-${data.months[0]}_${data.months[data.months.length - 1]}` : '';
    download(this.context.host.renderRoot as ShadowRoot, csv, `statistiques-${this.context.uai()}${period}.csv`);
  }
}

/** Sessions per month as bars; the table below is the full text alternative. */
function renderChart(locale: Locale, title: string, rows: StatisticsRow[], threshold: number): TemplateResult {
  const values = rows.map((r) => (r.sessions.suppressed || r.sessions.value === null ? null : r.sessions.value));
  const max = Math.max(threshold, ...values.map((v) => v ?? 0));
  const width = 60;
  const height = 160;
  // Room above the tallest bar for its value (it was cut off, and with one month, shown nowhere).
  const top = 20;
  const summary = rows.map((r, i) => `${monthLabel(locale, r.month)} : ${values[i] ?? `< ${threshold}`}`).join(', ');
  // Natural width 80 px a month, shrunk by the stylesheet (max-width: 100%) on narrow pages.
  return html`<figure class="chart">
    <svg role="img" aria-label=${t(locale, 'chartLabel', { title, summary })} viewBox=${`0 0 ${Math.max(1, rows.length) * width} ${top + height + 40}`} width=${Math.max(1, rows.length) * 80}>
      ${rows.map((r, i) => {
        const v = values[i];
        const h = v === null ? (threshold / 2 / max) * height : (v / max) * height;
        return bar(i * width + 10, top + height - h, width - 20, h, v === null, v === null ? `< ${threshold}` : String(v), formatDate(locale, `${r.month}-15T12:00:00Z`, { month: 'short' }), top + height);
      })}
    </svg>
    <figcaption class="hint">${t(locale, 'chartCaption')}</figcaption>
  </figure>`;
}

function bar(x: number, y: number, w: number, h: number, suppressed: boolean, value: string, month: string, base: number): TemplateResult {
  return svg`<g>
    <rect x=${x} y=${y} width=${w} height=${Math.max(1, h)} class=${suppressed ? 'bar suppressed' : 'bar'}></rect>
    <text x=${x + w / 2} y=${y - 4} text-anchor="middle" class="bar-value">${value}</text>
    <text x=${x + w / 2} y=${base + 18} text-anchor="middle" class="bar-month">${month}</text>
  </g>`;
}
