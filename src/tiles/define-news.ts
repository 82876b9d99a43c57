// Registers <ent-tile-news> alone (entry `ent-widgets/ent-tile-news`, dist/elements/ent-tile-news.js).
import { defineElement } from '../shared/define.js';
import { EntTileNews } from './news.js';

defineElement('ent-tile-news', EntTileNews);

declare global {
  interface HTMLElementTagNameMap {
    'ent-tile-news': EntTileNews;
  }
}

export { EntTileNews };
export type { TileNewsOpenDetail } from './news.js';
