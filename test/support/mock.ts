// Tests on the project's mock back end (src/mocks): the day the mock's data is written for,
// answering as a demo user, and putting everything back between two tests.
import { fixtureCleanup } from '@open-wc/testing';
import { configureMock, createHandlers, resetMockData, type DemoUser, type Scenario } from '../../src/mocks/index.js';
import { networkSettled, worker } from './msw.js';

/** The mock's "today". */
export const NOW = new Date('2026-11-24T10:00:00+01:00');

/** The mock answers under `base` as `user`, with the data of `scenario`. */
export function useMock(user: DemoUser, base = '/api', scenario: Scenario = 'default'): void {
  configureMock({ user, scenario, now: () => NOW });
  worker.use(...createHandlers({ base }));
}

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
