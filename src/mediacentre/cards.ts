// The cards of <gar-mediacentre> (grid tiles or list rows): one template per resource, a family's
// members in a disclosure. Cards are templates in the element's one shadow root, not elements.
import { html, noChange, nothing, type ElementPart, type TemplateResult } from 'lit';
import { Directive, directive, type DirectiveResult } from 'lit/directive.js';
import { heading, isolated } from '../shared/states.js';
import type { Favorites } from './favorites.js';
import type { MediacentreText } from './messages.js';
import type { Entry, Resource } from './model.js';
import type { Layout } from './toolbar.js';

/** What the cards need of their <gar-mediacentre>. */
export interface CardView {
  t: MediacentreText;
  /** Heading level of the card titles. */
  level: number;
  layout: Layout;
  /** « Afficher plus de ressources » (the next page of cards). */
  more(): void;
  /** The names of a resource's establishments, when several are shown together. */
  establishments?: (resource: Resource) => string;
  favorites: Favorites;
  isOpen(entry: Entry): boolean;
  toggleFamily(entry: Entry): void;
  details(resource: Resource, trigger: HTMLElement): unknown;
  /** A title link was followed (the element emits `gar-resource-open`). */
  open(event: MouseEvent, resource: Resource): void;
}

/** The first `limit` entries, and « Afficher plus » for the others. */
export function renderList(v: CardView, entries: Entry[], limit: number, pinned: number): TemplateResult {
  const shown = entries.slice(0, limit);
  const total = entries.length;
  // Favourites come first (« Trier par » sorts within each group): said above the list.
  const label = pinned > 0 && pinned < total;
  return html`${label ? html`<p class="count" id="pinned">★ ${v.t('favoritesSection')}</p>` : nothing}
    <ul class="cards ${v.layout}" part="list" role="list" aria-label=${v.t('listLabel')} aria-describedby=${label ? 'pinned' : nothing}>
      ${shown.map((entry, index) =>
        isolated(
          'gar-mediacentre',
          () => renderCard(v, entry, index, total, label && index === pinned),
          () => html`<li class="card unavailable">${v.t('unreadable')}</li>`,
        ),
      )}
    </ul>
    ${total > shown.length
      ? html`<div class="more">
          <button type="button" class="button" part="more-button" @click=${v.more}>
            ${v.t('more')} ${v.t('moreCount', { shown: shown.length, total })}
          </button>
        </div>`
      : nothing}`;
}

/** `rowStart`: the first resource after the pinned favourites, which starts a new row. */
function renderCard(v: CardView, entry: Entry, index: number, total: number, rowStart: boolean): TemplateResult {
  const r = entry.resource;
  const familyId = `family-${index}`;
  const open = entry.members.length > 0 && v.isOpen(entry);
  return html`<li class="card" part="card" aria-setsize=${total} aria-posinset=${index + 1} ?data-open=${open} ?data-row-start=${rowStart}>
    <div class="thumb" part="thumbnail" ${write(r.thumbnail, thumbnail)}>
      <svg class="placeholder" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M8 6h24l8 8v28H8zM30 8v8h8" />
        <path class="knockout" fill="#fff" d="M14 22h20v2H14zm0 6h20v2H14zm0 6h14v2H14z" />
      </svg>
    </div>
    <div class="body">
      ${r.garBadge
        ? html`<span class="gar-badge" part="gar-badge" title=${r.garBadge}
            ><span aria-hidden="true">${v.t('garBadge')}</span><span class="visually-hidden">${r.garBadge}</span></span
          >`
        : nothing}
      ${heading(v.level, renderTitle(v, r, 'title-link'), 'card-title', 'card-heading')}
      <p class="publisher" ?hidden=${!r.publisher}>${r.publisher}</p>
      ${r.url ? nothing : html`<p class="unavailable">${v.t('noLink')}</p>`} ${renderMeta(v, r)}
      ${renderActions(
        v,
        r,
        entry.members.length > 0
          ? html`<button
              type="button"
              class="button small"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${familyId}
              @click=${() => v.toggleFamily(entry)}
            >
              ${v.t(open ? 'familyHide' : 'family', { count: entry.members.length })}
            </button>`
          : nothing,
      )}
      ${entry.members.length > 0
        ? html`<ul class="members" id=${familyId} aria-label=${v.t('familyOf', { title: r.title })} ?hidden=${!open}>
            ${open ? entry.members.map((m) => renderMember(v, m)) : nothing}
          </ul>`
        : nothing}
    </div>
  </li>`;
}

function renderMember(v: CardView, m: Resource): TemplateResult {
  return html`<li class="member">
    <div>
      ${renderTitle(v, m, 'member-title')}
      ${m.garBadge ? html`<span class="visually-hidden">${m.garBadge}</span>` : nothing}
      ${m.url ? nothing : html`<p class="unavailable">${v.t('noLink')}</p>`} ${renderMeta(v, m)}
    </div>
    ${renderActions(v, m)}
  </li>`;
}

function renderTitle(v: CardView, resource: Resource, className: string): TemplateResult {
  // The part is the title's, link or not (a record without a safe URL is shown, not linked).
  if (!resource.url) return html`<span class=${className} part="card-title">${resource.title}</span>`;
  return html`<a
    class=${className}
    part="card-title"
    href=${resource.url}
    target="_blank"
    rel="noopener noreferrer"
    @click=${(e: MouseEvent) => v.open(e, resource)}
    >${resource.title}<span class="visually-hidden"> ${v.t('newTab')}</span></a
  >`;
}

/** The star and the details button (and, on a family's card, its toggle): one template for all three. */
function renderActions(v: CardView, resource: Resource, family: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div class="actions">
    <button
      type="button"
      class="button small favorite"
      part="favorite-button"
      data-id=${resource.id}
      aria-pressed=${v.favorites.ids.has(resource.id) ? 'true' : 'false'}
      @click=${() => v.favorites.toggle(resource)}
    >
      <svg class="star" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 2.8l2.8 5.8 6.4.9-4.6 4.5 1.1 6.3L12 17.3l-5.7 3 1.1-6.3-4.6-4.5 6.4-.9z" />
      </svg><span class="visually-hidden">${v.t('favorite', { title: resource.title })}</span>
    </button>
    <button
      type="button"
      class="button small"
      part="details-button"
      aria-haspopup="dialog"
      @click=${(e: MouseEvent) => v.details(resource, e.currentTarget as HTMLElement)}
    >
      ${v.t('details')}<span class="visually-hidden"> : ${resource.title}</span>
    </button>
    ${family}
  </div>`;
}

// One template, rows hidden when empty: over 60 cards, a nested template per row and per
// chip cost more than the rest of the card.
function renderMeta(v: CardView, r: Resource): TemplateResult {
  return html`<dl class="meta">
    <div ?hidden=${!r.type}><dt class="visually-hidden">${v.t('type')}</dt><dd>${r.type?.label}</dd></div>
    <div ?hidden=${r.levels.length === 0}><dt class="visually-hidden">${v.t('levels')}</dt><dd class="chips" ${write(r.levels, chips)}></dd></div>
    <div ?hidden=${r.disciplines.length === 0}>
      <dt class="visually-hidden">${v.t('disciplines')}</dt><dd class="chips" ${write(r.disciplines, chips)}></dd>
    </div>
    ${v.establishments
      ? html`<div>
          <dt class="visually-hidden">${v.t('establishments')}</dt>
          <dd>${v.establishments(r)}</dd>
        </div>`
      : nothing}
  </dl>`;
}

/**
 * Writes a part of a card straight into the element it is bound to, again only when `value`
 * changes: over 60 cards, a nested template per chip costs more than the rest of the card, and
 * a thumbnail that failed must not stay hidden when the card shows another resource.
 */
type Fill = (element: Element, value: never) => void;
class WriteDirective extends Directive {
  private value?: unknown;

  render(_value: unknown, _fill: Fill): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [value, fill]: [unknown, (element: Element, value: unknown) => void]): typeof noChange {
    if (value !== this.value) fill(part.element, (this.value = value));
    return noChange;
  }
}
const writeDirective = directive(WriteDirective);
const write = writeDirective as <T>(value: T, fill: (element: Element, value: T) => void) => DirectiveResult;

/** A resource's terms as chips. */
function chips(element: Element, values: readonly string[]): void {
  element.replaceChildren(
    ...values.flatMap((value) => {
      const chip = document.createElement('span');
      chip.className = 'chip';
      chip.textContent = value;
      return [chip, ' '];
    }),
  );
}

/** The thumbnail over the placeholder: a new image for a new URL; one that fails to load is hidden. */
function thumbnail(box: Element, url: string | undefined): void {
  box.querySelector('img')?.remove();
  if (!url) return;
  const img = document.createElement('img');
  img.alt = '';
  img.loading = 'lazy';
  img.decoding = 'async';
  img.addEventListener('error', () => (img.hidden = true));
  img.src = url;
  box.append(img);
}
