// The upload itself (POST /uploads), with its progress; the limits it is checked against first
// live in shared/upload-limits.ts (shared with the mocks and the server).
import { ApiError, errorFromResponse } from '../../shared/api/errors.js';
import type { Upload } from '../../shared/api/types.js';
export { checkUpload, fileType, MAX_ATTACHMENTS, UPLOAD_LIMITS, type Purpose, type UploadProblem } from '../../shared/upload-limits.js';

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
