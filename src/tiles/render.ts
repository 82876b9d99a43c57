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

export interface ArticleRenderOptions {
  locale: Locale;
  /** Level of the article titles (the tile title is one above). */
  level: number;
  /** Whether this illustration failed to load (the card is then laid out without it). */
  broken: boolean;
  onImageError: (article: Article) => void;
  onLinkClick?: (event: MouseEvent, article: Article) => void;
}

/** The illustration; nothing without one (or when it failed to load): no empty box stands in for it. */
export function renderIllustration(article: Article, options: ArticleRenderOptions): TemplateResult | typeof nothing {
  const illustration = article.illustration;
  const src = illustration && !options.broken ? safeImageUrl(illustration.url) : undefined;
  if (!illustration || !src) return nothing;
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
