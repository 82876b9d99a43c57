// Registers the three home-page tiles (each also has its own entry: define-news, define-banner,
// define-settings). Importing the classes has no side effect; these modules do.
export { EntTileNews, type TileNewsOpenDetail } from './define-news.js';
export { EntTileBanner } from './define-banner.js';
export { EntTileSettings, type TileSettingsSavedDetail } from './define-settings.js';
