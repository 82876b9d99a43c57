// Receives one multipart upload: the file is streamed to a temporary file in the upload
// folder (never held in memory), hashed on the way, cut at the largest limit; the limits and
// types are the widgets' own (src/shared/upload-limits.ts), so both sides judge alike.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { fileType, UPLOAD_LIMITS, type Purpose } from '../../src/shared/upload-limits.js';
import { invalid, Problem } from '../http/problem.js';

export const MAX_UPLOAD_BYTES = Math.max(...Object.values(UPLOAD_LIMITS).map((l) => l.maxBytes));

export interface Received {
  purpose: Purpose;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  /** The temporary file, to be renamed or removed by the caller. */
  tempPath: string;
}

/** Reads the parts; checks in the mocks' order: fields (422), type (415), size (413). */
export async function receiveUpload(request: FastifyRequest, dir: string): Promise<Received> {
  if (!request.isMultipart()) throw new Problem(415, 'unsupported-type', 'Envoyez le fichier en multipart/form-data (champs « file » et « purpose »).');
  let purpose: string | undefined;
  let file: Omit<Received, 'purpose'> | undefined;
  let truncated = false;
  const tempPath = join(dir, `.incoming-${randomUUID()}`);
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 1024 } })) {
      if (part.type === 'field') {
        if (part.fieldname === 'purpose') purpose = String(part.value);
        continue;
      }
      if (part.fieldname !== 'file' || file) {
        part.file.resume();
        continue;
      }
      const hash = createHash('sha256');
      let size = 0;
      const count = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          hash.update(chunk);
          done(null, chunk);
        },
      });
      await pipeline(part.file, count, createWriteStream(tempPath, { flags: 'wx' }));
      truncated = part.file.truncated;
      const name = (part.filename.split(/[\\/]/).pop() ?? '').slice(0, 200) || 'fichier';
      // Browsers send files of unknown type as application/octet-stream: judged by the extension.
      const declared = part.mimetype.split(';')[0]!.trim();
      const mimeType = fileType({ name, type: declared === 'application/octet-stream' ? '' : declared });
      file = { name, mimeType, size, sha256: hash.digest('hex'), tempPath };
    }
    const errors = [];
    if (!file) errors.push({ field: 'file', code: 'required', message: 'Aucun fichier reçu.' });
    if (purpose !== 'illustration' && purpose !== 'attachment') errors.push({ field: 'purpose', code: 'enum', message: '« purpose » vaut illustration ou attachment.' });
    if (!file || (purpose !== 'illustration' && purpose !== 'attachment')) throw invalid(errors);
    const limits = UPLOAD_LIMITS[purpose];
    if (!limits.types.includes(file.mimeType) || file.mimeType === 'image/svg+xml') {
      throw new Problem(415, 'unsupported-type', `Type « ${file.mimeType} » non accepté.`, { accepted: limits.types });
    }
    if (truncated || file.size > limits.maxBytes) {
      throw new Problem(413, 'too-large', `Le fichier dépasse ${limits.maxBytes / (1024 * 1024)} Mo.`, { maxBytes: limits.maxBytes });
    }
    return { purpose, ...file };
  } catch (error) {
    await rm(tempPath, { force: true });
    if (error instanceof Problem) throw error;
    // A broken multipart body is the client's fault, never a 500.
    if ((error as { statusCode?: number }).statusCode === 413) throw new Problem(413, 'too-large', 'Le fichier est trop volumineux.');
    if ((error as { code?: string }).code === 'EEXIST') throw error;
    throw new Problem(400, 'invalid', 'Corps multipart illisible.');
  }
}
