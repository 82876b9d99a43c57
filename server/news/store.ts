// News in the database: rubriques, the feed (blog-enabled rubriques, by last activity) and
// the article view the widgets read. Anonymous callers never get anything private.
import type { Article, Illustration, Rubrique } from '../../src/shared/api/types.js';
import { isoParis } from '../../src/mocks/time.js';
import { articleUrl } from '../../src/mocks/data/news.js';
import type { Queryable } from '../db/db.js';

interface ArticleRow {
  id: string;
  title: string;
  summary: string;
  rubrique_id: string;
  rubrique_name: string;
  visibility: 'public' | 'private';
  published_at: Date;
  updated_at: Date;
  illustration: Illustration | null;
}

const ARTICLE_SELECT = `SELECT a.id, a.title, a.summary, a.rubrique_id, r.name AS rubrique_name, r.visibility, a.published_at, a.updated_at, a.illustration
  FROM articles a JOIN rubriques r ON r.id = a.rubrique_id`;

function articleView(row: ArticleRow): Article {
  const view: Article = {
    id: row.id,
    title: row.title,
    summary: row.summary,
    url: articleUrl(row.id),
    rubrique: { id: row.rubrique_id, name: row.rubrique_name },
    publishedAt: isoParis(row.published_at),
    updatedAt: isoParis(row.updated_at),
    visibility: row.visibility,
  };
  if (row.illustration) view.illustration = row.illustration;
  return view;
}

/** Unknown rubrique ids match nothing (a tile left pointing at a deleted rubrique still works). */
export async function feed(db: Queryable, options: { anonymous: boolean; rubriques: string[] | undefined; limit: number }): Promise<Article[]> {
  const rows = await db.query<ArticleRow>(
    `${ARTICLE_SELECT}
     WHERE r.blog_enabled AND NOT ($1 AND r.visibility = 'private') AND ($2::text[] IS NULL OR a.rubrique_id = ANY($2::text[]))
     ORDER BY a.updated_at DESC, a.published_at DESC, a.id COLLATE "C" LIMIT $3`,
    [options.anonymous, options.rubriques?.length ? options.rubriques : null, options.limit],
  );
  return rows.map(articleView);
}

/** One article, unless the caller may not see it. */
export async function visibleArticle(db: Queryable, id: string, anonymous: boolean): Promise<Article | undefined> {
  const [row] = await db.query<ArticleRow>(`${ARTICLE_SELECT} WHERE a.id = $1 AND NOT ($2 AND r.visibility = 'private')`, [id, anonymous]);
  return row ? articleView(row) : undefined;
}

export async function articleExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM articles WHERE id = $1', [id])).length > 0;
}

export async function listRubriques(db: Queryable, anonymous: boolean): Promise<Rubrique[]> {
  const rows = await db.query<{ id: string; name: string; blog_enabled: boolean; visibility: 'public' | 'private' }>(
    `SELECT id, name, blog_enabled, visibility FROM rubriques WHERE NOT ($1 AND visibility = 'private') ORDER BY position, id`,
    [anonymous],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, blogEnabled: r.blog_enabled, visibility: r.visibility }));
}
