// Registers the home-page tiles. Importing the classes has no side effect; this module does.
import { defineElement } from '../shared/define.js';
import { EntTileBanner } from './banner.js';
import { EntTileNews } from './news.js';
import { EntTileSettings } from './settings.js';

defineElement('ent-tile-news', EntTileNews);
defineElement('ent-tile-banner', EntTileBanner);
defineElement('ent-tile-settings', EntTileSettings);

declare global {
  interface HTMLElementTagNameMap {
    'ent-tile-news': EntTileNews;
    'ent-tile-banner': EntTileBanner;
    'ent-tile-settings': EntTileSettings;
  }
  interface HTMLElementEventMap {
    'ent-tile-news-open': CustomEvent<import('./news.js').TileNewsOpenDetail>;
    'ent-tile-banner-open': CustomEvent<{ article: import('../shared/api/types.js').Article }>;
    'ent-tile-settings-saved': CustomEvent<import('./settings.js').TileSettingsSavedDetail>;
  }
}

export { EntTileBanner, EntTileNews, EntTileSettings };
export type { TileNewsOpenDetail } from './news.js';
export type { TileSettingsSavedDetail } from './settings.js';
