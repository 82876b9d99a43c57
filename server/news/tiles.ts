// Home-page tiles: the view (with the banner's linked article when the caller may see it)
// and the rules of an admin's settings, as the mocks apply them (src/mocks/domain/news.ts).
import type { FieldError, Tile, TileSettings } from '../../src/shared/api/types.js';
import { isSafeUrl } from '../../src/mocks/domain/validation.js';
import { isoParis } from '../../src/mocks/time.js';
import type { Queryable } from '../db/db.js';
import { articleExists, visibleArticle } from './store.js';

export interface TileRow {
  id: string;
  settings: TileSettings;
  updated_at: Date;
}

export async function findTile(db: Queryable, id: string, lock = false): Promise<TileRow | undefined> {
  const [row] = await db.query<TileRow>(`SELECT id, settings, updated_at FROM tiles WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return row;
}

export async function tileView(db: Queryable, tile: TileRow, anonymous: boolean): Promise<Tile> {
  const view: Tile = { ...tile.settings, id: tile.id, updatedAt: isoParis(tile.updated_at) };
  if (tile.settings.type === 'banner' && tile.settings.articleId) {
    const article = await visibleArticle(db, tile.settings.articleId, anonymous);
    if (article) view.linkedArticle = article;
  }
  return view;
}

const KNOWN = new Set(['type', 'title', 'disabled', 'rubriques', 'limit', 'image', 'articleId', 'id', 'updatedAt', 'linkedArticle']);

/**
 * The type cannot change; news tiles take 1+ blog-enabled rubriques and a limit of 1–20;
 * banner tiles an image whose `alt` may be empty only when an article is linked, and an
 * existing article. Fields read from GET are accepted and ignored (a client sends the tile back).
 */
export async function validateTile(db: Queryable, input: Record<string, unknown>, tile: TileRow): Promise<{ errors: FieldError[]; settings?: TileSettings }> {
  const errors: FieldError[] = [];
  const add = (field: string, code: string, message: string): number => errors.push({ field, code, message });
  for (const key of Object.keys(input)) if (!KNOWN.has(key)) add(key, 'unknown-field', `Champ inconnu : ${key}.`);
  const type = tile.settings.type;
  if (input.type !== type) add('type', 'immutable', `Cette tuile est de type « ${type} » et le reste.`);
  const title = String(input.title ?? '').trim();
  if (title === '') add('title', 'required', 'Le titre est obligatoire.');
  const settings: TileSettings = { type, title, disabled: input.disabled === true };
  if (type === 'news') {
    if (input.image !== undefined) add('image', 'not-allowed', 'Une tuile d’actualités n’a pas d’image.');
    if (input.articleId !== undefined) add('articleId', 'not-allowed', 'Une tuile d’actualités ne lie pas d’article.');
    const wanted = Array.isArray(input.rubriques) ? (input.rubriques as string[]) : [];
    if (wanted.length === 0) add('rubriques', 'required', 'Choisissez au moins une rubrique.');
    const rows = await db.query<{ id: string; name: string; blog_enabled: boolean }>('SELECT id, name, blog_enabled FROM rubriques WHERE id = ANY($1::text[])', [wanted]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    wanted.forEach((id, i) => {
      const rubrique = byId.get(id);
      if (!rubrique) add(`rubriques[${i}]`, 'unknown', `Rubrique inconnue : ${id}.`);
      else if (!rubrique.blog_enabled) add(`rubriques[${i}]`, 'blog-disabled', `Le blog de la rubrique « ${rubrique.name} » n’est pas activé.`);
    });
    if (new Set(wanted).size !== wanted.length) add('rubriques', 'duplicate', 'Une rubrique est choisie deux fois.');
    settings.rubriques = wanted;
    if (input.limit === undefined) add('limit', 'out-of-range', 'Le nombre d’articles va de 1 à 20.');
    else settings.limit = input.limit as number;
  } else {
    if (input.rubriques !== undefined) add('rubriques', 'not-allowed', 'Une tuile haute n’a pas de rubriques.');
    if (input.limit !== undefined) add('limit', 'not-allowed', 'Une tuile haute n’a pas de nombre d’articles.');
    let articleId: string | null = null;
    if (typeof input.articleId === 'string') {
      if (!(await articleExists(db, input.articleId))) add('articleId', 'unknown', 'Article inconnu.');
      else articleId = input.articleId;
    }
    settings.articleId = articleId;
    const image = input.image as { url: string; alt: string; width?: number; height?: number } | undefined;
    if (image === undefined) {
      if (!settings.disabled) add('image', 'required', 'Choisissez une image pour la tuile haute.');
    } else {
      if (!isSafeUrl(image.url)) add('image.url', 'unsafe-url', 'L’adresse de l’image doit être en http(s) ou relative.');
      if (image.alt.trim() === '' && !articleId) add('image.alt', 'required', 'Décrivez l’image : sans article lié, elle porte seule le message de la tuile.');
      settings.image = { url: image.url, alt: image.alt.trim(), ...(image.width ? { width: image.width } : {}), ...(image.height ? { height: image.height } : {}) };
    }
  }
  return errors.length > 0 ? { errors } : { errors, settings };
}
