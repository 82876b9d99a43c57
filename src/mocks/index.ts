// The msw mock back end of the whole REST contract (contract/openapi.yaml), used by the demo
// and by the browser tests. Not part of the published library.
import type { RequestHandler } from 'msw';
import { affectationHandlers } from './handlers/affectation.js';
import { announcementHandlers } from './handlers/announcements.js';
import { assetHandlers } from './handlers/assets.js';
import { mediacentreHandlers } from './handlers/mediacentre.js';
import { newsHandlers } from './handlers/news.js';
import { sessionHandlers } from './handlers/session.js';
import { uploadHandlers } from './handlers/uploads.js';

export type { DemoUser, Scenario } from './config.js';
export { configureMock, getMockConfig } from './config.js';
export { mockUsers } from './data/users.js';
export { resetMockData } from './state.js';

/** Handlers for every path of the contract under `base` (default `/api`), plus the demo assets. */
export function createHandlers(options: { base?: string } = {}): RequestHandler[] {
  const base = options.base ?? '/api';
  return [
    ...sessionHandlers(base),
    ...mediacentreHandlers(base),
    ...affectationHandlers(base),
    ...newsHandlers(base),
    ...announcementHandlers(base),
    ...uploadHandlers(base),
    ...assetHandlers(),
  ];
}
