// Registers the home-page tiles. Importing the classes has no side effect; this module does.
import { defineElement } from '../shared/define.js';
import { EntTileNews } from './news.js';

defineElement('ent-tile-news', EntTileNews);

declare global {
  interface HTMLElementTagNameMap {
    'ent-tile-news': EntTileNews;
  }
}

export { EntTileNews };
