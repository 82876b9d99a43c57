// The "hidden messages" disclosure of <ent-targeted-announcement>: the announcements the user
// dismissed, each with "show again". In the drawing chunk: it shows only once there is an
// announcement to draw.
import { html, type TemplateResult } from 'lit';
import type { Announcement } from '../shared/api/types.js';
import type { Locale } from '../shared/i18n.js';
import { announcementMessages as t } from './messages.js';

export interface HiddenListOptions {
  locale: Locale;
  open: boolean;
  onToggle: () => void;
  onShowAgain: (a: Announcement) => void;
}

/** A plain list, not keyed: "show again" moves the focus to the announcement itself. */
export function renderHiddenList(hidden: Announcement[], { locale, open, onToggle, onShowAgain }: HiddenListOptions): TemplateResult {
  return html`<div class="hidden-messages">
    <button type="button" class="disclosure" part="hidden-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="hidden-list" @click=${onToggle}>
      <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false"><path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/></svg>
      ${t(locale, 'hiddenToggle', { count: hidden.length })}
    </button>
    <ul id="hidden-list" class="hidden-list" ?hidden=${!open}>
      ${hidden.map(
        (a) => html`<li>
          <span><span class="hidden-kind">${t(locale, 'labelled', { label: t(locale, `kind.${a.kind}`) })}</span> ${a.title}</span>
          <button type="button" class="button" @click=${() => onShowAgain(a)}>
            ${t(locale, 'showAgain')}<span class="visually-hidden"> ${t(locale, 'quoted', { text: a.title })}</span>
          </button>
        </li>`,
      )}
    </ul>
  </div>`;
}
