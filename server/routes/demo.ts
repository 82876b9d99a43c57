// Demo only, off unless DEMO_SIGNIN is set: signs in as one of the seeded demo accounts by
// issuing the same kind of token an ENT would (HS256, in the session cookie). Not part of the
// contract; never enable it on a server with real people.
import type { FastifyInstance } from 'fastify';
import { SignJWT } from 'jose';
import { notFound } from '../http/problem.js';
import type { RouteContext } from './context.js';

export function demoRoutes(app: FastifyInstance, ctx: RouteContext & { demoSecret: Uint8Array; cookie: string }): void {
  const { db } = ctx;
  const secure = (protocol: string): string => (protocol === 'https' ? '; Secure' : '');

  app.get('/demo/users', async () => ({
    users: await db.query<{ key: string; id: string; displayName: string }>('SELECT demo_key AS key, id, display_name AS "displayName" FROM accounts WHERE demo_key IS NOT NULL ORDER BY demo_key'),
  }));

  app.post('/demo/sign-in', { schema: { body: { type: 'object', required: ['user'], additionalProperties: false, properties: { user: { type: 'string', maxLength: 50 } } } } }, async (request, reply) => {
    const { user } = request.body as { user: string };
    const [account] = await db.query<{ id: string }>('SELECT id FROM accounts WHERE demo_key = $1', [user]);
    if (!account) throw notFound('Compte de démonstration inconnu.');
    const token = await new SignJWT({ sub: account.id }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('8h').sign(ctx.demoSecret);
    reply.header('Set-Cookie', `${ctx.cookie}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=28800${secure(request.protocol)}`);
    return reply.code(204).send();
  });

  app.post('/demo/sign-out', async (request, reply) => {
    reply.header('Set-Cookie', `${ctx.cookie}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure(request.protocol)}`);
    return reply.code(204).send();
  });
}
