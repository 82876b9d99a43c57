// Registers <gar-affectation-console> (importing the class alone has no side effect).
import { defineElement } from '../shared/define.js';
import { GarAffectationConsole } from './console.js';

export { GarAffectationConsole };
export type { GarAssignmentChangeDetail, ConsoleTab } from './console.js';

defineElement('gar-affectation-console', GarAffectationConsole);

declare global {
  interface HTMLElementTagNameMap {
    'gar-affectation-console': GarAffectationConsole;
  }
}
