// The one msw worker of a test page, started by setup.ts before any test runs.
import { setupWorker } from 'msw/browser';

export const worker = setupWorker();

/** Header a test puts on a deliberately broken response (malformed JSON, missing fields) to exempt it from contract checks. */
export const OFF_CONTRACT = 'X-Test-Off-Contract';
