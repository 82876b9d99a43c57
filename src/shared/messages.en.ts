// English copy of shared/messages.ts (loaded on demand). Same keys, same kinds, as the French.
import type { EnglishOf } from './i18n.js';
import type { SharedCatalog } from './messages.js';

const en: EnglishOf<SharedCatalog> = {
  loading: 'Loading…',
  retry: 'Try again',
  errorTitle: 'Loading failed',
  'error.offline': 'You seem to be offline. Check your connection and try again.',
  'error.network': 'The service is not responding. Check your connection and try again.',
  'error.aborted': 'The request was interrupted.',
  'error.unauthorized': 'Your session has expired. Sign in to your ENT again.',
  'error.forbidden': 'You do not have access to this content.',
  'error.not-found': 'This content cannot be found. It may have been deleted.',
  'error.conflict': 'This content changed in the meantime. Reload and try again.',
  'error.invalid': 'Some of the information is not valid.',
  'error.too-large': 'The file is too large.',
  'error.unsupported-type': 'This type of file is not accepted.',
  'error.rate-limited': 'Too many requests in a short time. Wait a moment and try again.',
  'error.server': 'The service has a problem. Try again in a few moments.',
  'error.malformed': 'The service sent an unreadable answer. Try again in a few moments.',
  'error.gar': 'The GAR (resource access manager) reported an error: {message}',
  staleNotice: 'Cannot connect: showing the last saved version ({date}).',
  forbiddenTitle: 'Access denied',
  signedOutTitle: 'You are not signed in',
  signedOut: 'Sign in to your ENT to see this content.',
  close: 'Close',
};

export default en;
