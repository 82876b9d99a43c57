// The toolbar of <gar-mediacentre>: search, filters with counts, sort, favourites only, grid or
// list. On a narrow widget the filters sit behind a disclosure; the search stays visible.
import { html, nothing, type TemplateResult } from 'lit';
import type { MediacentreText } from './messages.js';
import { FACETS, isFiltered, type Facet, type FilterResult, type FilterState } from './model.js';

export type Layout = 'grid' | 'list';

/** What the toolbar needs of its <gar-mediacentre>. */
export interface ToolbarView {
  t: MediacentreText;
  filters: FilterState;
  result: FilterResult;
  /** How many favourites the list holds. */
  favorites: number;
  /** The filters are shown on a narrow widget (on a wide one they always are). */
  filtersOpen: boolean;
  layout: Layout;
  set(changes: Partial<FilterState>): void;
  toggleFilters(): void;
  setLayout(layout: Layout): void;
  clear(): void;
}

// Nothing moves under the cursor while one types or filters: « Effacer les filtres » is always
// there, invisible (and out of the tab order) while nothing is filtered, and the selects have a
// fixed width whatever the counts in their options.
export function renderToolbar(v: ToolbarView): TemplateResult {
  const { t, filters: f } = v;
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  return html`<form class="toolbar" part="toolbar" role="search" aria-label=${t('filters')} @submit=${(e: Event) => e.preventDefault()}>
    <div class="field search">
      <label for="q">${t('search')}</label>
      <input id="q" type="search" autocomplete="off" aria-describedby="q-hint" .value=${f.q} @input=${(e: Event) => v.set({ q: value(e) })} />
      <span id="q-hint" class="hint">${t('searchHint')}</span>
    </div>
    <button
      type="button"
      class="button filters-toggle"
      aria-expanded=${v.filtersOpen ? 'true' : 'false'}
      aria-controls="filters"
      @click=${v.toggleFilters}
    >
      ${t('filtersToggle', { count: FACETS.filter((facet) => f[facet] !== '').length + (f.favoritesOnly ? 1 : 0) })}
    </button>
    <div id="filters" class="filters" ?data-collapsed=${!v.filtersOpen}>
      ${FACETS.map((facet) => renderFacet(v, facet))}
      <div class="field">
        <label for="sort">${t('sort')}</label>
        <select id="sort" @change=${(e: Event) => v.set({ sort: value(e) === 'publisher' ? 'publisher' : 'title' })}>
          <option value="title" ?selected=${f.sort === 'title'}>${t('sort.title')}</option>
          <option value="publisher" ?selected=${f.sort === 'publisher'}>${t('sort.publisher')}</option>
        </select>
      </div>
      <div class="field">
        <label for="show">${t('show')}</label>
        <select id="show" @change=${(e: Event) => v.set({ favoritesOnly: value(e) === 'favorites' })}>
          <option value="all" ?selected=${!f.favoritesOnly}>${t('allResources')}</option>
          <option value="favorites" ?selected=${f.favoritesOnly}>${t('favoritesOnly', { count: v.favorites })}</option>
        </select>
      </div>
      <div class="field">
        <span class="group-label" id="layout-label">${t('display')}</span>
        <div class="segmented" role="group" aria-labelledby="layout-label">
          <button type="button" class="button small" aria-pressed=${v.layout === 'grid' ? 'true' : 'false'} @click=${() => v.setLayout('grid')}>
            ${t('grid')}
          </button>
          <button type="button" class="button small" aria-pressed=${v.layout === 'list' ? 'true' : 'false'} @click=${() => v.setLayout('list')}>
            ${t('list')}
          </button>
        </div>
      </div>
    </div>
    <button type="button" class="button clear" ?data-idle=${!isFiltered(f)} @click=${v.clear}>${t('clear')}</button>
  </form>`;
}

function renderFacet(v: ToolbarView, facet: Facet): TemplateResult | typeof nothing {
  const options = v.result.options[facet];
  const value = v.filters[facet];
  if (options.length === 0 && !value) return nothing;
  return html`<div class="field">
    <label for="f-${facet}">${v.t(`facet.${facet}`)}</label>
    <select id="f-${facet}" @change=${(e: Event) => v.set({ [facet]: (e.target as HTMLSelectElement).value })}>
      <option value="" ?selected=${value === ''}>${v.t(`facetAll.${facet}`)}</option>
      ${options.map((o) => html`<option value=${o.key} ?selected=${value === o.key}>${v.t('optionWithCount', { label: o.label, count: o.count })}</option>`)}
    </select>
  </div>`;
}
