// What <ent-widgets-provider> hands down to the widgets inside it. String keys, so that two
// copies of the library on one page still understand each other's providers.
import { createContext } from '@lit/context';
import type { ApiClient } from './api/client.js';
import type { ApiError } from './api/errors.js';
import type { Me } from './api/types.js';
import type { Locale } from './i18n.js';

export type Session =
  | { status: 'loading' }
  | { status: 'signed-in'; me: Me }
  | { status: 'anonymous' }
  | { status: 'error'; error: ApiError };

export const clientContext = createContext<ApiClient | undefined>('ent-widgets:api-client');
export const localeContext = createContext<Locale | undefined>('ent-widgets:locale');
export const sessionContext = createContext<Session | undefined>('ent-widgets:session');
