// POST /uploads (admins): a multipart file stored in UPLOAD_DIR under its id; served back
// under /uploads/{id}/{name} as an attachment (never rendered by the browser in our origin).
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { Upload } from '../../src/shared/api/types.js';
import { idempotent } from '../http/idempotency.js';
import { notFound } from '../http/problem.js';
import { operation, requireUser } from '../http/route.js';
import { receiveUpload } from '../uploads/receive.js';
import type { RouteContext } from './context.js';

export async function uploadRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { db, contract, config } = ctx;
  const dir = config.uploadDir;
  await mkdir(dir, { recursive: true });
  await app.register(multipart);
  const urlOf = (id: string, name: string): string => `${config.apiBase}/uploads/${id}/${encodeURIComponent(name)}`;

  operation(app, contract, 'upload', 'admin', async (request) => {
    const user = requireUser(request);
    const file = await receiveUpload(request, dir);
    const fp = `${file.purpose} ${file.name} ${file.mimeType} ${file.size} ${file.sha256}`;
    try {
      return await idempotent(
        db,
        request,
        user.id,
        async (tx) => {
          const id = `upl-${crypto.randomUUID()}`;
          await tx.query('INSERT INTO uploads (id, name, mime_type, size, created_by) VALUES ($1, $2, $3, $4, $5)', [id, file.name, file.mimeType, file.size, user.id]);
          // Renamed inside the transaction: a failed commit leaves at most an orphan file, never a row without its file.
          await rename(file.tempPath, join(dir, id));
          const body: Upload = { id, url: urlOf(id, file.name), name: file.name, size: file.size, mimeType: file.mimeType };
          return { status: 201, body };
        },
        fp,
      );
    } finally {
      await rm(file.tempPath, { force: true });
    }
  });

  // Not a contract path: where Upload.url points. Signed-in users only.
  app.get('/uploads/:id/:name', async (request, reply) => {
    requireUser(request);
    const { id } = request.params as { id: string };
    const [row] = await db.query<{ name: string; mime_type: string; size: number }>('SELECT name, mime_type, size FROM uploads WHERE id = $1', [id]);
    if (!row || !/^upl-[0-9a-f-]{36}$/.test(id)) throw notFound('Fichier introuvable.');
    return reply
      .type(row.mime_type)
      .header('Content-Length', row.size)
      .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.name)}`)
      .header('Content-Security-Policy', "default-src 'none'; sandbox")
      .header('Cache-Control', 'private, max-age=3600')
      .send(createReadStream(join(dir, id)));
  });
}
