// Upload limits of the contract (POST /uploads), checked before sending so that an admin learns
// at once that a file is too big or of the wrong type; and the upload itself, with its progress.
import { ApiError, errorFromResponse } from '../shared/api/errors.js';
import type { Upload } from '../shared/api/types.js';
const MB = 1024 * 1024;
const IMAGES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
const OFFICE = [
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
];
const OPEN_DOCUMENT = [
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/vnd.oasis.opendocument.graphics',
];

export type Purpose = 'illustration' | 'attachment';

export const UPLOAD_LIMITS: Record<Purpose, { types: readonly string[]; extensions: string; maxBytes: number }> = {
  illustration: { types: IMAGES, extensions: '.png,.jpg,.jpeg,.gif,.webp', maxBytes: 5 * MB },
  attachment: {
    types: ['application/pdf', ...IMAGES, ...OPEN_DOCUMENT, ...OFFICE, 'text/plain', 'audio/mpeg', 'video/mp4'],
    extensions: '.pdf,.png,.jpg,.jpeg,.gif,.webp,.odt,.ods,.odp,.odg,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt,.mp3,.mp4',
    maxBytes: 10 * MB,
  },
};

export const MAX_ATTACHMENTS = 10;

const BY_EXTENSION: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', pdf: 'application/pdf',
  txt: 'text/plain', odt: OPEN_DOCUMENT[0]!, ods: OPEN_DOCUMENT[1]!, odp: OPEN_DOCUMENT[2]!, odg: OPEN_DOCUMENT[3]!,
  doc: OFFICE[0]!, docx: OFFICE[1]!, xls: OFFICE[2]!, xlsx: OFFICE[3]!, ppt: OFFICE[4]!, pptx: OFFICE[5]!, mp3: 'audio/mpeg', mp4: 'video/mp4',
};

/** The file's type as the server will judge it: its own, else from its extension. */
export function fileType(file: Pick<File, 'name' | 'type'>): string {
  return (file.type || BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] || 'application/octet-stream').split(';')[0]!.trim();
}

export type UploadProblem = { key: 'upload.tooLarge'; maxMb: number } | { key: 'upload.badType' };

/** Why this file cannot be sent for that purpose; undefined when it can. */
export function checkUpload(file: Pick<File, 'name' | 'type' | 'size'>, purpose: Purpose): UploadProblem | undefined {
  const limits = UPLOAD_LIMITS[purpose];
  if (!limits.types.includes(fileType(file))) return { key: 'upload.badType' };
  if (file.size > limits.maxBytes) return { key: 'upload.tooLarge', maxMb: limits.maxBytes / MB };
  return undefined;
}

/** Bytes sent so far; `total` is 0 while the browser does not know it. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/** Whole percent of an upload, or undefined while the total is unknown. */
export function uploadPercent(progress: UploadProgress | undefined): number | undefined {
  if (!progress || progress.total <= 0) return undefined;
  return Math.min(100, Math.max(0, Math.floor((progress.loaded / progress.total) * 100)));
}

export interface SendUploadOptions {
  /** Headers of the API client (auth hook, Accept, Accept-Language). */
  headers: Headers;
  idempotencyKey: string;
  signal?: AbortSignal;
  /** Called on each upload progress event of the browser. None may come (a service worker answering, for instance). */
  onProgress?: (progress: UploadProgress) => void;
}

/**
 * POST /uploads through XMLHttpRequest, the only browser API that reports the bytes sent
 * (fetch has no upload progress). Same contract as the API client: credentials, headers,
 * Idempotency-Key, problem+json → ApiError, abort → ApiError 'aborted'.
 */
export function sendUpload(url: string, form: FormData, options: SendUploadOptions): Promise<Upload> {
  return new Promise<Upload>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new ApiError('aborted', 'Request aborted', { url }));
      return;
    }
    const xhr = new XMLHttpRequest();
    const onAbort = () => xhr.abort();
    const done = () => options.signal?.removeEventListener('abort', onAbort);
    xhr.open('POST', url);
    xhr.withCredentials = true;
    options.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
    xhr.setRequestHeader('Idempotency-Key', options.idempotencyKey);
    xhr.upload.addEventListener('progress', (event) => {
      options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 });
    });
    xhr.addEventListener('load', () => {
      done();
      let parsed: unknown;
      let malformed = false;
      if (xhr.responseText !== '') {
        try {
          parsed = JSON.parse(xhr.responseText);
        } catch {
          malformed = true;
        }
      }
      if (xhr.status < 200 || xhr.status >= 300) reject(errorFromResponse(xhr.status, parsed, url, xhr.getResponseHeader('Retry-After')));
      else if (malformed || typeof parsed !== 'object' || parsed === null) reject(new ApiError('malformed', 'The response is not valid JSON', { status: xhr.status, url }));
      else resolve(parsed as Upload);
    });
    xhr.addEventListener('error', () => {
      done();
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      reject(new ApiError(offline ? 'offline' : 'network', 'Network error', { url }));
    });
    xhr.addEventListener('abort', () => {
      done();
      reject(new ApiError('aborted', 'Request aborted', { url }));
    });
    options.signal?.addEventListener('abort', onAbort, { once: true });
    xhr.send(form);
  });
}
