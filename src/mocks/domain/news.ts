// News feed and tiles, computed from the state.
import type { Article, FieldError, Rubrique, Tile, TileSettings } from '../api.js';
import { articleUrl, RUBRIQUES, type ArticleRec, type TileRec } from '../data/news.js';
import { isoParis } from '../time.js';
import { isSafeUrl } from './validation.js';

export const rubriqueById = new Map(RUBRIQUES.map((r) => [r.id, r]));

export function articleView(article: ArticleRec): Article {
  const rubrique = rubriqueById.get(article.rubriqueId)!;
  const view: Article = {
    id: article.id,
    title: article.title,
    summary: article.summary,
    url: articleUrl(article.id),
    rubrique: { id: rubrique.id, name: rubrique.name },
    publishedAt: isoParis(article.publishedAt),
    updatedAt: isoParis(article.updatedAt),
    visibility: rubrique.visibility ?? 'public',
  };
  if (article.illustration) view.illustration = article.illustration;
  return view;
}

/**
 * The feed: articles of blog-enabled rubriques (all of them unless `rubriques` is given), by
 * last activity. Anonymous callers never get an article of a private rubrique.
 */
export function feed(all: ArticleRec[], options: { anonymous: boolean; rubriques?: string[]; limit: number }): Article[] {
  return all
    .filter((a) => {
      const rubrique = rubriqueById.get(a.rubriqueId)!;
      if (!rubrique.blogEnabled) return false;
      if (options.anonymous && rubrique.visibility === 'private') return false;
      return !options.rubriques || options.rubriques.includes(a.rubriqueId);
    })
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || b.publishedAt.getTime() - a.publishedAt.getTime() || a.id.localeCompare(b.id))
    .slice(0, options.limit)
    .map(articleView);
}

export function tileView(tile: TileRec, all: ArticleRec[], anonymous: boolean): Tile {
  const view: Tile = { ...structuredClone(tile.settings), id: tile.id, updatedAt: isoParis(tile.updatedAt) };
  if (tile.settings.type === 'banner' && tile.settings.articleId) {
    const article = all.find((a) => a.id === tile.settings.articleId);
    const rubrique = article ? rubriqueById.get(article.rubriqueId) : undefined;
    if (article && !(anonymous && rubrique?.visibility === 'private')) view.linkedArticle = articleView(article);
  }
  return view;
}

/**
 * A tile's settings as an admin sends them. The tile's type cannot change; news tiles take
 * blog-enabled rubriques (at least one) and a limit of 1–20; banner tiles take an image whose
 * `alt` may be empty (decorative) only when the banner links an article, whose title and
 * description then carry the meaning, and an existing article. Fields read from `GET` (`id`,
 * `updatedAt`, `linkedArticle`) are accepted and ignored so a client can send the tile back.
 */
export function validateTile(body: unknown, tile: TileRec, articles: ArticleRec[]): { errors: FieldError[]; settings?: TileSettings } {
  const errors: FieldError[] = [];
  const add = (field: string, code: string, message: string): void => {
    errors.push({ field, code, message });
  };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { errors: [{ field: '', code: 'type', message: 'Un objet JSON est attendu.' }] };
  const input = body as Record<string, unknown>;
  const known = new Set(['type', 'title', 'disabled', 'rubriques', 'limit', 'image', 'articleId', 'id', 'updatedAt', 'linkedArticle']);
  for (const key of Object.keys(input)) if (!known.has(key)) add(key, 'unknown-field', `Champ inconnu : ${key}.`);
  const type = tile.settings.type;
  if (input.type !== type) add('type', 'immutable', `Cette tuile est de type « ${type} » et le reste.`);
  if (typeof input.title !== 'string' || input.title.trim() === '') add('title', 'required', 'Le titre est obligatoire.');
  else if (input.title.length > 80) add('title', 'too-long', 'Le titre dépasse 80 caractères.');
  if (typeof input.disabled !== 'boolean') add('disabled', 'type', '« disabled » doit être vrai ou faux.');
  const settings: TileSettings = { type, title: String(input.title ?? '').trim(), disabled: input.disabled === true };
  if (type === 'news') {
    if (input.image !== undefined) add('image', 'not-allowed', 'Une tuile d’actualités n’a pas d’image.');
    if (input.articleId !== undefined) add('articleId', 'not-allowed', 'Une tuile d’actualités ne lie pas d’article.');
    if (!Array.isArray(input.rubriques) || input.rubriques.length === 0) {
      add('rubriques', 'required', 'Choisissez au moins une rubrique.');
    } else {
      input.rubriques.forEach((id, i) => {
        const rubrique = typeof id === 'string' ? rubriqueById.get(id) : undefined;
        if (!rubrique) add(`rubriques[${i}]`, 'unknown', `Rubrique inconnue : ${String(id)}.`);
        else if (!rubrique.blogEnabled) add(`rubriques[${i}]`, 'blog-disabled', `Le blog de la rubrique « ${rubrique.name} » n’est pas activé.`);
      });
      if (new Set(input.rubriques).size !== input.rubriques.length) add('rubriques', 'duplicate', 'Une rubrique est choisie deux fois.');
      settings.rubriques = input.rubriques as string[];
    }
    if (!Number.isInteger(input.limit) || (input.limit as number) < 1 || (input.limit as number) > 20) add('limit', 'out-of-range', 'Le nombre d’articles va de 1 à 20.');
    else settings.limit = input.limit as number;
  } else {
    if (input.rubriques !== undefined) add('rubriques', 'not-allowed', 'Une tuile haute n’a pas de rubriques.');
    if (input.limit !== undefined) add('limit', 'not-allowed', 'Une tuile haute n’a pas de nombre d’articles.');
    let articleId: string | null = null;
    if (input.articleId !== undefined && input.articleId !== null) {
      if (typeof input.articleId !== 'string' || !articles.some((a) => a.id === input.articleId)) add('articleId', 'unknown', 'Article inconnu.');
      else articleId = input.articleId;
    }
    settings.articleId = articleId;
    const image = input.image as Record<string, unknown> | undefined;
    if (image === undefined || image === null || typeof image !== 'object') {
      if (!settings.disabled) add('image', 'required', 'Choisissez une image pour la tuile haute.');
    } else {
      if (typeof image.url !== 'string' || !isSafeUrl(image.url)) add('image.url', 'unsafe-url', 'L’adresse de l’image doit être en http(s) ou relative.');
      if (typeof image.alt !== 'string') add('image.alt', 'required', 'Le texte alternatif est obligatoire.');
      else if (image.alt.trim() === '' && !articleId) add('image.alt', 'required', 'Décrivez l’image : sans article lié, elle porte seule le message de la tuile.');
      for (const dimension of ['width', 'height'] as const) {
        if (image[dimension] !== undefined && (!Number.isInteger(image[dimension]) || (image[dimension] as number) < 1)) add(`image.${dimension}`, 'type', 'Dimension en pixels attendue.');
      }
      if (errors.length === 0) settings.image = { url: image.url as string, alt: (image.alt as string).trim(), ...(image.width ? { width: image.width as number } : {}), ...(image.height ? { height: image.height as number } : {}) };
    }
  }
  return errors.length > 0 ? { errors } : { errors, settings };
}

export function rubriques(): Rubrique[] {
  return RUBRIQUES;
}
