// Registers <gar-mediacentre> (importing the class alone has no side effect).
import { defineElement } from '../shared/define.js';
import { GarMediacentre } from './mediacentre.js';

export { GarMediacentre };
export type { GarResourceOpenDetail, GarAffectationOpenDetail, GarFavoriteChangeDetail } from './mediacentre.js';

defineElement('gar-mediacentre', GarMediacentre);

declare global {
  interface HTMLElementTagNameMap {
    'gar-mediacentre': GarMediacentre;
  }
}
