// Every case of the kit, in the order they run: read-only checks first, then writes.
import { affectationCases } from './affectation.mjs';
import { authorizationCases } from './authorization.mjs';
import { cachingCases } from './caching.mjs';
import { statefulCases } from './stateful.mjs';
import { validationCases } from './validation.mjs';

export function allCases() {
  return [...authorizationCases(), ...cachingCases(), ...validationCases(), ...statefulCases(), ...affectationCases()];
}
