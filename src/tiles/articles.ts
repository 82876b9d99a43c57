// Pure rules of the news feed, kept out of the elements so they are tested on their own:
// ordering by last activity, what a public page may show, and illustration checks.
import type { Article, Illustration } from '../shared/api/types.js';

/** The advised illustration size (seed 003): 680×383 px. */
export const ILLUSTRATION_WIDTH = 680;
export const ILLUSTRATION_HEIGHT = 383;

function time(value: string | undefined): number {
  const t = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(t) ? 0 : t;
}

/** Last activity: the later of publication and last update (epoch ms; 0 when unreadable). */
export function lastActivity(article: Pick<Article, 'publishedAt' | 'updatedAt'>): number {
  return Math.max(time(article.publishedAt), time(article.updatedAt));
}

/** True when the article was changed after it was published. */
export function isUpdated(article: Pick<Article, 'publishedAt' | 'updatedAt'>): boolean {
  return time(article.updatedAt) > time(article.publishedAt);
}

/** Newest activity first (an updated article comes back to the top); stable on ties. */
export function sortByActivity<T extends Pick<Article, 'publishedAt' | 'updatedAt'>>(articles: readonly T[]): T[] {
  return articles
    .map((article, index) => ({ article, index, at: lastActivity(article) }))
    .sort((a, b) => b.at - a.at || a.index - b.index)
    .map(({ article }) => article);
}

export interface FeedOptions {
  /** Public page (or nobody signed in): private articles are never shown. */
  publicOnly: boolean;
  limit?: number;
}

/**
 * What the tile shows: private articles dropped on a public page (even when the server
 * wrongly sends them), ordered by last activity, cut to `limit`.
 */
export function feedArticles(articles: readonly Article[], { publicOnly, limit }: FeedOptions): Article[] {
  const visible = publicOnly ? articles.filter((a) => a.visibility === 'public') : articles;
  const sorted = sortByActivity(visible);
  return limit !== undefined && limit > 0 ? sorted.slice(0, limit) : sorted;
}

/** A key that changes whenever what the feed shows changes (ids, order, updates). */
export function feedSignature(articles: readonly Article[]): string {
  return articles.map((a) => `${a.id}@${a.updatedAt}`).join('|');
}

export type IllustrationProblem = 'missing' | 'small';

/** Why an illustration does not meet the advice: none, or below 680×383 (when its size is known). */
export function illustrationProblem(illustration: Illustration | undefined): IllustrationProblem | undefined {
  if (!illustration || !illustration.url) return 'missing';
  const { width, height } = illustration;
  if ((width !== undefined && width < ILLUSTRATION_WIDTH) || (height !== undefined && height < ILLUSTRATION_HEIGHT)) {
    return 'small';
  }
  return undefined;
}

/** Comma-separated ids → trimmed, de-duplicated, non-empty ids. */
export function parseIdList(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((id) => id.trim()).filter(Boolean))];
}

/** True when the URL names a GIF (the only animated format the ENT advertises). */
export function isGifUrl(url: string): boolean {
  if (/^data:image\/gif[;,]/i.test(url)) return true;
  try {
    return /\.gif$/i.test(new URL(url, 'https://x.invalid/').pathname);
  } catch {
    return false;
  }
}
