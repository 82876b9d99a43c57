// Registers the home-page tiles. Importing the classes has no side effect; this module does.
import { defineElement } from '../shared/define.js';
import { EntTileBanner } from './banner.js';
import { EntTileNews } from './news.js';

defineElement('ent-tile-news', EntTileNews);
defineElement('ent-tile-banner', EntTileBanner);

declare global {
  interface HTMLElementTagNameMap {
    'ent-tile-news': EntTileNews;
    'ent-tile-banner': EntTileBanner;
  }
}

export { EntTileBanner, EntTileNews };
