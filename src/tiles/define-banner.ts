// Registers <ent-tile-banner> alone (entry `ent-widgets/ent-tile-banner`, dist/elements/ent-tile-banner.js).
import { defineElement } from '../shared/define.js';
import { EntTileBanner } from './banner.js';

defineElement('ent-tile-banner', EntTileBanner);

declare global {
  interface HTMLElementTagNameMap {
    'ent-tile-banner': EntTileBanner;
  }
  interface HTMLElementEventMap {
    'ent-tile-banner-open': CustomEvent<{ article: import('../shared/api/types.js').Article }>;
  }
}

export { EntTileBanner };
