// Templates shared by <ent-tile-news> and the live preview of <ent-tile-settings>.
import { html, nothing, type TemplateResult } from 'lit';
import type { Article, Illustration } from '../shared/api/types.js';
import { formatDate } from '../shared/format.js';
import type { Locale } from '../shared/i18n.js';
import { heading } from '../shared/states.js';
import { isExternalUrl, safeImageUrl, safeUrl } from '../shared/url.js';
import { isUpdated } from './articles.js';
import { tileMessages as t } from './messages.js';

/** `sizes` for the illustration: full width in a narrow tile, about 40 % beside the text when wide. */
export const ILLUSTRATION_SIZES = '(max-width: 36rem) 100vw, 40vw';

/** `srcset` from the illustration's other widths; only safe URLs without spaces. */
export function srcsetOf(illustration: Illustration): string | undefined {
  const candidates: string[] = [];
  const add = (url: string, width: number | undefined) => {
    const safe = safeImageUrl(url);
    if (safe && width && !/\s/.test(safe) && !safe.startsWith('data:')) candidates.push(`${safe} ${width}w`);
  };
  for (const source of illustration.srcset ?? []) add(source.url, source.width);
  if (candidates.length === 0) return undefined;
  add(illustration.url, illustration.width);
  return [...new Set(candidates)].join(', ');
}

const placeholderIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path fill="currentColor" d="M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Zm1 2v8.6l3.6-3.6 3 3 4.4-4.4L19 13.6V7H5Zm4 3a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Z" />
</svg>`;

export interface ArticleRenderOptions {
  locale: Locale;
  /** Level of the article titles (the tile title is one above). */
  level: number;
  /** Whether this illustration failed to load (the placeholder is shown instead). */
  broken: boolean;
  onImageError: (article: Article) => void;
  onLinkClick?: (event: MouseEvent, article: Article) => void;
}

export function renderIllustration(article: Article, options: ArticleRenderOptions): TemplateResult {
  const illustration = article.illustration;
  const src = illustration && !options.broken ? safeImageUrl(illustration.url) : undefined;
  if (!illustration || !src) {
    return html`<div class="media" part="illustration"><div class="placeholder" part="placeholder">${placeholderIcon}</div></div>`;
  }
  const srcset = srcsetOf(illustration);
  return html`<div class="media" part="illustration">
    <img
      src=${src}
      srcset=${srcset ?? nothing}
      sizes=${srcset ? ILLUSTRATION_SIZES : nothing}
      alt=${illustration.alt ?? ''}
      width=${illustration.width ?? 680}
      height=${illustration.height ?? 383}
      loading="lazy"
      decoding="async"
      @error=${() => options.onImageError(article)}
    />
  </div>`;
}

export function renderArticle(article: Article, options: ArticleRenderOptions): TemplateResult {
  const { locale } = options;
  const href = safeUrl(article.url);
  const external = href ? isExternalUrl(href) : false;
  const title = href
    ? html`<a
        href=${href}
        part="article-link"
        rel=${external ? 'noopener noreferrer' : nothing}
        @click=${(event: MouseEvent) => options.onLinkClick?.(event, article)}
        >${article.title}</a
      >`
    : html`<span>${article.title}</span>`;
  const updated = isUpdated(article);
  const when = updated ? article.updatedAt : article.publishedAt;
  const date = formatDate(locale, when);
  return html`<article class="card" part="article" data-id=${article.id}>
    ${renderIllustration(article, options)}
    <div class="body">
      ${heading(options.level, title, 'article-title', 'article-title')}
      ${article.summary ? html`<p class="summary" part="summary">${article.summary}</p>` : nothing}
      <p class="meta">
        ${article.rubrique?.name ? html`<span class="rubrique" part="rubrique">${article.rubrique.name}</span>` : nothing}
        ${date ? html`<time datetime=${when} part="date">${t(locale, updated ? 'updated' : 'published', { date })}</time>` : nothing}
      </p>
    </div>
  </article>`;
}
