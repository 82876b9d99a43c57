// Registers <ent-tile-settings> alone (entry `ent-widgets/ent-tile-settings`, dist/elements/ent-tile-settings.js).
import { defineElement } from '../shared/define.js';
import { EntTileSettings } from './settings.js';

defineElement('ent-tile-settings', EntTileSettings);

declare global {
  interface HTMLElementTagNameMap {
    'ent-tile-settings': EntTileSettings;
  }
}

export { EntTileSettings };
export type { TileSettingsSavedDetail } from './settings.js';
