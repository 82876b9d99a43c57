// GET /me: who is signed in (401 for the anonymous visitor). Exempt from the `error`
// scenario, so the widgets can show their error states to a signed-in user.
import type { RequestHandler } from 'msw';
import { meOf } from '../data/users.js';
import { isAnswer, requireUser, route } from '../http.js';

export function sessionHandlers(base: string): RequestHandler[] {
  return [
    route(
      'get',
      base,
      '/me',
      (ctx) => {
        const user = requireUser(ctx);
        return isAnswer(user) ? user : { status: 200, body: meOf(user) };
      },
      { errors: 'exempt' },
    ),
  ];
}
