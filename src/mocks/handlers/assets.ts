// Demo assets served by the mock, outside the API base: thumbnails, news illustrations,
// the seed announcements' attachments and the files uploaded during the session.
import { http, HttpResponse, type RequestHandler } from 'msw';
import { newsSvg, vignetteSvg } from '../assets.js';
import { DEMO_FILES } from '../data/files.js';
import { getWorld } from '../state.js';

const svg = (body: string): Response => new HttpResponse(body, { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' } });
const missing = (): Response => new HttpResponse('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });

export function assetHandlers(): RequestHandler[] {
  return [
    http.get('/demo-assets/vignettes/:file', ({ params }) => {
      const file = String(params.file);
      return /^[a-z0-9-]+\.svg$/.test(file) ? svg(vignetteSvg(file.slice(0, -4))) : missing();
    }),
    http.get('/demo-assets/news/:file', ({ params, request }) => {
      const file = String(params.file);
      const width = Number(new URL(request.url).searchParams.get('w')) || undefined;
      const body = file.endsWith('.svg') ? newsSvg(file.slice(0, -4), width) : undefined;
      return body ? svg(body) : missing();
    }),
    http.get('/demo-assets/files/:name', ({ params }) => {
      const file = DEMO_FILES[decodeURIComponent(String(params.name))];
      if (!file) return missing();
      return new HttpResponse(file.body, { headers: { 'Content-Type': file.mimeType === 'text/plain' ? 'text/plain; charset=utf-8' : file.mimeType } });
    }),
    http.get('/demo-assets/uploads/:id/:name', ({ params }) => {
      const upload = getWorld().uploads.get(String(params.id));
      if (!upload?.bytes) return missing();
      return new HttpResponse(upload.bytes.slice().buffer as ArrayBuffer, {
        headers: { 'Content-Type': upload.mimeType, 'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(upload.name)}` },
      });
    }),
  ];
}
