// What the tiles rely on in the contract's Tile and Article (see src/shared/api/read.ts).
import type { Article, ArticleList, Tile } from '../shared/api/types.js';
import { fault, isObject, listOf, malformed, MAX_TEXT, oneOf, opt, readList, shaped, text, type Shape } from '../shared/api/read.js';

const illustration = shaped({ url: text, srcset: opt(listOf(isObject)) });

const article: Shape = {
  id: text,
  title: text,
  url: text,
  publishedAt: text,
  rubrique: opt(shaped({ name: opt(text) })),
  visibility: oneOf('public', 'private'),
  illustration: opt(illustration),
};

/** `GET /news/articles`: the articles that can be shown. */
export function readArticles(body: unknown): ArticleList {
  return { ...(body as ArticleList), articles: readList<Article>('GET /news/articles', isObject(body) && body.articles, article) };
}

/**
 * A tile (`GET`/`PUT /home/tiles/{tileId}`): not an object is a malformed answer; an image or a
 * linked article that cannot be shown is left out (a banner with nothing left hides).
 */
export function readTile(body: unknown): Tile {
  if (!isObject(body)) throw malformed('GET /home/tiles/{tileId}', '(answer)');
  const tile = body as Tile;
  return {
    ...tile,
    title: typeof tile.title === 'string' ? tile.title.slice(0, MAX_TEXT) : '',
    disabled: tile.disabled === true,
    rubriques: listOf(text)(tile.rubriques) ? tile.rubriques : [],
    image: illustration(tile.image) ? tile.image : undefined,
    linkedArticle: fault(tile.linkedArticle, article) ? undefined : tile.linkedArticle,
  };
}
