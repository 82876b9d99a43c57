// The live preview of <ent-tile-settings>: the draft drawn by the tile itself (<ent-tile-news>
// or <ent-tile-banner>), with warnings about the feed's illustrations (missing or too small).
import { html, nothing, type TemplateResult } from 'lit';
import type { HeadersHook } from '../shared/api/client.js';
import type { Article, Tile } from '../shared/api/types.js';
import type { Locale } from '../shared/i18n.js';
import { heading } from '../shared/states.js';
import { illustrationProblem } from './articles.js';
import type { Draft } from './settings.js';
import { settingsMessages as t } from './settings-messages.js';

export interface PreviewOf {
  locale: Locale;
  tile: Tile;
  draft: Draft;
  /** The articles the draft's news tile would show (for the warnings). */
  feed: Article[];
  /** The articles a banner may link to. */
  articles: Article[];
  apiBase: string | undefined;
  headers: HeadersHook | undefined;
  /** Level of the preview's heading; the tile's is one below. */
  level: number;
}

export function renderPreview({ locale, tile, draft, feed, articles, apiBase, headers, level }: PreviewOf): TemplateResult {
  let content: TemplateResult;
  if (tile.type === 'news') {
    content = html`${renderWarnings(locale, feed)}
      <ent-tile-news
        api-base=${apiBase ?? nothing}
        .headers=${headers}
        rubriques=${draft.rubriques.join(',')}
        limit=${draft.limit}
        tile-title=${draft.title}
        heading-level=${Math.min(6, level + 1)}
        refresh-interval="0"
      ></ent-tile-news>`;
  } else {
    const article = articles.find((choice) => choice.id === draft.articleId);
    const url = draft.imageUrl.trim();
    const image = url ? { url, alt: draft.alt, width: draft.width, height: draft.height } : undefined;
    content = html`<ent-tile-banner api-base=${apiBase ?? nothing} .headers=${headers} heading-level=${Math.min(6, level + 1)} .view=${{ title: draft.title, image, article }}></ent-tile-banner>`;
  }
  return html`<section class="preview" part="preview" aria-labelledby="preview-title">
    ${heading(level, html`<span id="preview-title">${t(locale, 'preview')}</span>`, '', 'preview-heading')}
    ${draft.disabled ? html`<p class="hint">${t(locale, 'previewDisabled')}</p>` : nothing} ${content}
  </section>`;
}

function renderWarnings(locale: Locale, feed: Article[]): TemplateResult | typeof nothing {
  const warnings = feed.map((article) => ({ article, problem: illustrationProblem(article.illustration) })).filter((warning) => warning.problem !== undefined);
  if (warnings.length === 0) return nothing;
  return html`<div class="warnings" part="warnings">
    <p class="label">${t(locale, 'warningsTitle')}</p>
    <ul>
      ${warnings.map(
        ({ article, problem }) =>
          html`<li>
            ${problem === 'missing'
              ? t(locale, 'warningMissing', { title: article.title })
              : t(locale, 'warningSmall', { title: article.title, width: article.illustration?.width ?? 0, height: article.illustration?.height ?? 0 })}
          </li>`,
      )}
    </ul>
  </div>`;
}
