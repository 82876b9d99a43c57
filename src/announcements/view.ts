// One announcement as users see it. Shared by <ent-targeted-announcement> and the admin's
// preview, so that the preview is exactly what users will get.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Announcement, Attachment } from '../shared/api/types.js';
import { formatDateTime, formatFileSize } from '../shared/format.js';
import type { Locale } from '../shared/i18n.js';
import { safeHtml } from '../shared/sanitize.js';
import { heading, isolated } from '../shared/states.js';
import { isExternalUrl, safeImageUrl, safeUrl } from '../shared/url.js';
import { externalIcon, kindIcon } from './icons.js';
import { announcementMessages as t } from './messages.js';

/** What the view needs of an announcement (the admin preview builds one from the composer). */
export type AnnouncementLike = Pick<Announcement, 'id' | 'kind' | 'title' | 'body' | 'link' | 'illustration' | 'attachments' | 'startsAt' | 'endsAt' | 'dismissible'>;

export interface AnnouncementViewOptions {
  locale: Locale;
  /** Level of the title heading (2–6). */
  headingLevel: number;
  /** Unique among the announcements shown, safe in an id. */
  idPrefix: string;
  /** An `alerte` that arrived while the page was open: its content is announced (role="alert"). */
  arrivedAlert?: boolean;
  /** Shows the close button when given and the announcement is dismissible. */
  onDismiss?: () => void;
  /** Called on a click on the announcement's link; may call `event.preventDefault()`. */
  onLink?: (event: MouseEvent, url: string, external: boolean) => void;
  /** The form, rendered by the caller (it owns its state). */
  form?: TemplateResult;
  /** The establishment it comes from, named when the user's announcements come from several. */
  from?: string;
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'text/plain': 'TXT',
  'audio/mpeg': 'MP3',
  'video/mp4': 'MP4',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
};

/** A short, human name for a file's type: from its MIME type, else its extension. */
export function fileTypeName(attachment: Pick<Attachment, 'mimeType' | 'name'>): string {
  const known = TYPE_NAMES[attachment.mimeType?.toLowerCase() ?? ''];
  if (known) return known;
  const extension = /\.([a-z0-9]{1,8})$/i.exec(attachment.name ?? '')?.[1];
  if (extension) return extension.toUpperCase();
  const subtype = attachment.mimeType?.split('/')[1];
  return subtype ? subtype.toUpperCase() : '?';
}

/** Whether the link opens another site: the data says so, or its URL leaves the page's origin. */
export function linkIsExternal(link: { url: string; external: boolean }): boolean {
  return link.external || isExternalUrl(link.url);
}

export function renderAnnouncement(a: AnnouncementLike, options: AnnouncementViewOptions): TemplateResult {
  const { locale, idPrefix } = options;
  const titleId = `${idPrefix}-title`;
  const kindWord = t(locale, `kind.${a.kind}`);
  const linkUrl = a.link ? safeUrl(a.link.url) : undefined;
  const external = a.link && linkUrl ? linkIsExternal({ url: linkUrl, external: a.link.external }) : false;
  const image = a.illustration ? safeImageUrl(a.illustration.url) : undefined;
  const attachments = (a.attachments ?? []).filter((file) => safeUrl(file.url) !== undefined);
  const start = formatDateTime(locale, a.startsAt);
  const end = a.endsAt ? formatDateTime(locale, a.endsAt) : '';

  const content = html`
    <p class="kind" part="kind">${kindIcon(a.kind)}<span class="kind-word">${kindWord}</span></p>
    ${heading(options.headingLevel, html`<span id=${titleId}>${a.title}</span>`, 'title', 'title')}
    <div class="body" part="body">${safeHtml(a.body)}</div>
  `;

  return html`<article class="announcement kind-${a.kind}" part="announcement ${a.kind}" aria-labelledby=${titleId} tabindex="-1" data-id=${a.id}>
    <div class="layout">
      ${image
        ? html`<img class="illustration" part="illustration" src=${image} alt=${a.illustration?.alt ?? ''} width=${ifDefined(a.illustration?.width)} height=${ifDefined(a.illustration?.height)} loading="lazy" />`
        : nothing}
      <div class="main">
        ${options.arrivedAlert ? html`<div class="content" role="alert">${content}</div>` : html`<div class="content">${content}</div>`}
        ${a.link && linkUrl
          ? html`<p class="link" part="link">
              <span class="link-kind">${t(locale, external ? 'linkExternal' : 'linkEnt')}</span>
              <a
                href=${linkUrl}
                target=${ifDefined(external ? '_blank' : undefined)}
                rel=${ifDefined(external ? 'noopener noreferrer' : undefined)}
                @click=${(event: MouseEvent) => options.onLink?.(event, linkUrl, external)}
                >${a.link.label}${external ? html` ${externalIcon}<span class="visually-hidden"> ${t(locale, 'newWindow')}</span>` : nothing}</a
              >
            </p>`
          : nothing}
        ${attachments.length > 0
          ? html`<div class="attachments" part="attachments">
              <p class="attachments-title">${t(locale, 'attachments')}</p>
              <ul>
                ${attachments.map(
                  (file) => html`<li>
                    <a href=${safeUrl(file.url)!} download=${file.name}>${file.name}</a>
                    <span class="file-meta">(${t(locale, 'attachmentType', { type: fileTypeName(file) })}, ${formatFileSize(locale, file.size)})</span>
                  </li>`,
                )}
              </ul>
            </div>`
          : nothing}
        ${options.form ?? nothing}
        <p class="dates" part="dates">
          ${options.from ? `${options.from} · ` : ''}${end
            ? t(locale, 'publishedUntil', { start, end })
            : t(locale, 'published', { start })}
        </p>
      </div>
      ${options.onDismiss && a.dismissible
        ? html`<button type="button" class="dismiss" part="dismiss-button" @click=${options.onDismiss}>
            <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/></svg>
            <span>${t(locale, 'dismiss')}</span><span class="visually-hidden"> ${t(locale, 'quoted', { text: a.title })}</span>
          </button>`
        : nothing}
    </div>
  </article>`;
}

/**
 * The announcements shown, one list item each, keyed by id: an item keeps its DOM (and the focus
 * in it) when another one is dismissed or arrives above it.
 */
export function renderAnnouncementList(
  items: Announcement[],
  renderOne: (a: Announcement, index: number) => TemplateResult,
  { locale, limit = LIST_PAGE, onMore }: { locale: Locale; limit?: number; onMore: (limit: number, first: Announcement) => void },
): TemplateResult {
  const left = items.length - limit;
  const count = Math.min(left, LIST_PAGE);
  return html`<ul class="list" role="list">
      ${repeat(
        items.slice(0, limit),
        (a) => a.id,
        (a, i) => html`<li>${isolated(TAG, () => renderOne(a, i), () => html`<p class="unreadable">${t(locale, 'unreadable')}</p>`)}</li>`,
      )}
    </ul>
    ${left > 0 ? html`<button type="button" class="button more" @click=${() => onMore(limit + LIST_PAGE, items[limit])}>${t(locale, 'showMore', { count, left })}</button>` : nothing}`;
}

/** Announcements drawn at first, and added by each "show more". */
export const LIST_PAGE = 20;

const TAG = 'ent-targeted-announcement';
