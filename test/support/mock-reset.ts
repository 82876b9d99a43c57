// Between two tests on the project's mock back end (src/mocks).
import { fixtureCleanup } from '@open-wc/testing';
import { configureMock, resetMockData } from '../../src/mocks/index.js';
import { networkSettled, worker } from './msw.js';

/**
 * Removes the test's elements, lets the requests they already sent be answered by their
 * handlers, then puts the mock back as a test expects it: default data, the pupil, no stored
 * widget state.
 */
export async function resetMock(): Promise<void> {
  fixtureCleanup();
  await networkSettled();
  worker.resetHandlers();
  resetMockData();
  configureMock({ user: 'eleve', scenario: 'default' });
  for (const key of Object.keys(localStorage)) if (key.startsWith('ent-widgets:')) localStorage.removeItem(key);
}
