// Idempotency-Key: the same key and request answer the first result; the same key with
// another request is a 422. Only successes are stored, in the transaction that made them,
// so an answer is remembered exactly when its change is committed. A transaction-scoped
// advisory lock on (user, key) makes a retry racing its original wait for it.
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Db, Queryable } from '../db/db.js';
import { Problem } from './problem.js';
import type { Answer } from './route.js';

export function fingerprint(request: FastifyRequest, extra = ''): string {
  const path = request.url.split('?')[0];
  return createHash('sha256').update(`${request.method} ${path} ${JSON.stringify(request.body ?? null)} ${extra}`).digest('base64url');
}

export function keyOf(request: FastifyRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  return typeof key === 'string' ? key : undefined;
}

/** Runs `work` in a transaction, honouring the request's Idempotency-Key for `userId`. */
export async function idempotent(db: Db, request: FastifyRequest, userId: string, work: (tx: Queryable) => Promise<Answer>, fp = fingerprint(request)): Promise<Answer> {
  const key = keyOf(request);
  return db.transaction(async (tx) => {
    if (key) {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${userId} ${key}`]);
      const [stored] = await tx.query<{ fingerprint: string; status: number; body: unknown }>(
        'SELECT fingerprint, status, body FROM idempotency_keys WHERE user_id = $1 AND key = $2',
        [userId, key],
      );
      if (stored) {
        if (stored.fingerprint !== fp) {
          throw new Problem(422, 'invalid', 'Cette clé d’idempotence a déjà servi pour une autre requête.', {
            errors: [{ field: 'Idempotency-Key', code: 'reused', message: 'Clé déjà utilisée pour une requête différente.' }],
          });
        }
        return stored.body === null ? { status: stored.status } : { status: stored.status, body: stored.body };
      }
    }
    const answer = await work(tx);
    if (key && answer.status < 300) {
      await tx.query('INSERT INTO idempotency_keys (user_id, key, fingerprint, status, body) VALUES ($1, $2, $3, $4, $5)', [
        userId, key, fp, answer.status, answer.body === undefined ? null : JSON.stringify(answer.body),
      ]);
    }
    return answer;
  });
}

/** Forgets keys older than `days` (the contract keeps them at least 24 h); returns how many. */
export async function purgeIdempotencyKeys(db: Queryable, days: number): Promise<number> {
  return (await db.query("DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(days => $1) RETURNING 1", [days])).length;
}
