// The details dialog's content of <gar-mediacentre>: every field of a GAR record. Its own chunk,
// loaded the first time details are opened (most visits never open one).
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../shared/i18n.js';
import { sharedMessages } from '../shared/messages.js';
import { heading } from '../shared/states.js';
import { detailsMessages } from './details-messages.js';
import type { MediacentreText } from './messages.js';
import type { Catalog, Resource } from './model.js';

/** The dialog's styles, added to the element's when this chunk arrives. */
export const detailsStyles = css`
  dialog {
    width: min(40em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .details-title {
    margin: 0 0 var(--_space);
    font-size: 1.25em;
  }
  .details-title:focus {
    outline: none;
  }
  .details-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .details-list {
    display: grid;
    grid-template-columns: minmax(8em, auto) 1fr;
    gap: 0.25em calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .details-list dt {
    font-weight: 600;
  }
  .details-list dd {
    margin: 0;
  }
  @media (max-width: 30rem) {
    .details-list {
      grid-template-columns: 1fr;
    }
  }
  .technical {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .technical summary {
    cursor: pointer;
    font-weight: 600;
    margin-bottom: var(--_space);
  }
  .technical summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: flex-end;
  }
`;

/** What the dialog needs of its <gar-mediacentre>. */
export interface DetailsView {
  t: MediacentreText;
  locale: Locale;
  /** Heading level of the dialog's title. */
  level: number;
  catalog?: Catalog;
  /** The names of a resource's establishments, when the user has several. */
  establishments?: (resource: Resource) => string;
  /** « Ouvrir la ressource » was followed (the element emits `gar-resource-open`). */
  open(event: MouseEvent, resource: Resource): void;
}

export function renderDetails(v: DetailsView, r: Resource): TemplateResult {
  const t = v.t;
  const d = (key: Parameters<typeof detailsMessages>[1]) => detailsMessages(v.locale, key);
  const none = d('notSpecified');
  const list = (values: string[]) => (values.length ? values.join(', ') : none);
  return html`${heading(v.level, html`<span id="details-title" tabindex="-1" class="details-title">${r.title}</span>`, 'details-heading', 'details-heading')}
    <dl class="details-list">
      <dt>${d('publisher')}</dt>
      <dd>${r.publisher || none}</dd>
      <dt>${t('type')}</dt>
      <dd>${r.type?.label ?? none}</dd>
      <dt>${t('levels')}</dt>
      <dd>${list(r.levels)}</dd>
      <dt>${t('disciplines')}</dt>
      <dd>${list(r.disciplines)}</dd>
      <dt>${d('pedagogicalTypes')}</dt>
      <dd>${list(r.pedagogicalTypes)}</dd>
      <dt>${d('documentTypes')}</dt>
      <dd>${list(r.documentTypes)}</dd>
      <dt>${d('access')}</dt>
      <dd>${r.garBadge ?? none}</dd>
      ${renderFamily(v, r)}
      ${v.establishments
        ? html`<dt>${t('establishments')}</dt>
            <dd>${v.establishments(r)}</dd>`
        : nothing}
    </dl>
    <details class="technical">
      <summary>${d('technical')}</summary>
      <dl class="details-list">
        <dt>${d('ark')}</dt>
        <dd>${r.id}</dd>
        <dt>${d('distributor')}</dt>
        <dd>${r.distributor ?? none}</dd>
        <dt>${d('validator')}</dt>
        <dd>${r.validator ?? none}</dd>
      </dl>
    </details>
    <div class="dialog-actions">
      ${r.url
        ? html`<a class="button primary" href=${r.url} target="_blank" rel="noopener noreferrer" @click=${(e: MouseEvent) => v.open(e, r)}
            >${d('open')}<span class="visually-hidden"> ${t('newTab')}</span></a
          >`
        : nothing}
      <button type="button" class="button" @click=${close}>${sharedMessages(v.locale, 'close')}</button>
    </div>`;
}

function close(event: Event): void {
  (event.target as Element).closest('dialog')?.close();
}

/** The family of a resource: its mother, or its members. */
function renderFamily(v: DetailsView, r: Resource): TemplateResult | typeof nothing {
  const mother = r.motherId ? v.catalog?.byId.get(r.motherId) : undefined;
  const members = v.catalog?.entries.find((e) => e.resource.id === r.id)?.members ?? [];
  if (!mother && members.length === 0) return nothing;
  return html`<dt>${detailsMessages(v.locale, 'familyBadge')}</dt>
    <dd>${mother ? mother.title : members.map((m) => m.title).join(', ')}</dd>`;
}
