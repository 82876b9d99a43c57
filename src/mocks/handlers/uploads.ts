// POST /uploads (multipart): illustrations and attachments for admins, with the contract's
// type and size limits; the bytes stay in memory (and in the session log when small) and are
// served back under /demo-assets/uploads/.
import type { RequestHandler } from 'msw';
import { idempotencyKey, isAnswer, keyReused, requireAdmin, route } from '../http.js';
import { invalid, problem } from '../problems.js';
import { hash53 } from '../random.js';
import { commit, idempotentAnswer, PERSISTED_UPLOAD_LIMIT, type Operation } from '../state.js';
import { pendingBytes } from '../domain/operations.js';
import { fileType, UPLOAD_LIMITS } from '../../shared/upload-limits.js';

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function uploadHandlers(base: string): RequestHandler[] {
  return [
    route('post', base, '/uploads', async (ctx) => {
      const admin = requireAdmin(ctx);
      if (isAnswer(admin)) return admin;
      const key = idempotencyKey(ctx.request);
      if (isAnswer(key)) return key;
      if (!(ctx.request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data')) {
        return problem(415, 'unsupported-type', 'Envoyez le fichier en multipart/form-data (champs « file » et « purpose »).');
      }
      let form: FormData;
      try {
        form = await ctx.request.formData();
      } catch {
        return problem(400, 'invalid', 'Corps multipart illisible.');
      }
      const file = form.get('file');
      const purpose = form.get('purpose');
      const errors = [];
      if (!(file instanceof File)) errors.push({ field: 'file', code: 'required', message: 'Aucun fichier reçu.' });
      if (purpose !== 'illustration' && purpose !== 'attachment') errors.push({ field: 'purpose', code: 'enum', message: '« purpose » vaut illustration ou attachment.' });
      if (!(file instanceof File) || (purpose !== 'illustration' && purpose !== 'attachment')) return invalid(errors);
      const limits = UPLOAD_LIMITS[purpose];
      const name = (file.name.split(/[\\/]/).pop() ?? 'fichier').slice(0, 200) || 'fichier';
      // Browsers send files of unknown type as application/octet-stream: fall back on the extension.
      const declared = file.type.split(';')[0]!.trim();
      const mimeType = fileType({ name, type: declared === 'application/octet-stream' ? '' : declared });
      if (!(limits.types as readonly string[]).includes(mimeType)) {
        const what = purpose === 'illustration' ? 'PNG, JPEG, GIF ou WebP' : 'PDF, image, OpenDocument, Office, texte, MP3 ou MP4';
        return problem(415, 'unsupported-type', `Type « ${mimeType} » non accepté : ${what}.`, { accepted: limits.types });
      }
      if (file.size > limits.maxBytes) {
        return problem(413, 'too-large', `Le fichier dépasse ${limits.maxBytes / 1024 / 1024} Mo.`, { maxBytes: limits.maxBytes, size: file.size });
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const fp = hash53(`${purpose} ${name} ${mimeType} ${bytes.length} ${hash53(bytesToBase64(bytes.subarray(0, 65536)))}`).toString(36);
      const previous = idempotentAnswer(ctx.world, admin.id, key.key, fp);
      if (previous === 'mismatch') return keyReused();
      if (previous) return previous;
      const op: Operation = {
        t: 'upload',
        at: ctx.now.toISOString(),
        user: admin.id,
        name,
        mimeType,
        size: bytes.length,
        ...(bytes.length <= PERSISTED_UPLOAD_LIMIT ? { data: bytesToBase64(bytes) } : {}),
        ...(key.key ? { key: key.key, fp } : {}),
      };
      pendingBytes.set(op, bytes);
      return commit(ctx.world, op);
    }),
  ];
}
