// Registers <ent-tile-banner> alone (entry `ent-widgets/ent-tile-banner`, dist/elements/ent-tile-banner.js).
import { defineElement } from '../shared/define.js';
import { EntTileBanner } from './banner.js';

defineElement('ent-tile-banner', EntTileBanner);

declare global {
  interface HTMLElementTagNameMap {
    'ent-tile-banner': EntTileBanner;
  }
}

export { EntTileBanner };
