// A test-only upload endpoint served by web-test-runner's dev server, outside msw: Chromium
// reports no XMLHttpRequest upload progress for a request that goes through a service worker
// (even one msw passes through), so the composer's real progress is tested against this.
// POST /upload-echo-api/uploads reads the multipart body slowly (so the browser sees the bytes
// leave in several steps) and answers like the contract's POST /uploads (201 Upload).
export const UPLOAD_ECHO_PATH = '/upload-echo-api/uploads';

let counter = 0;

/** GET: answers "server", to tell that msw (which a test makes answer "msw") no longer intercepts. */
export const UPLOAD_ECHO_PROBE = '/__upload-echo/probe';

export async function uploadEcho(ctx, next) {
  if (ctx.method === 'GET' && ctx.path === UPLOAD_ECHO_PROBE) {
    ctx.type = 'text/plain';
    ctx.body = 'server';
    return;
  }
  if (ctx.method !== 'POST' || ctx.path !== UPLOAD_ECHO_PATH) return next();
  const chunks = [];
  try {
    for await (const chunk of ctx.req) {
      chunks.push(chunk);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } catch {
    ctx.respond = false; // the browser cancelled the upload: nobody to answer
    return;
  }
  const form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': ctx.get('content-type') } }).formData();
  const file = form.get('file');
  if (!(file instanceof Blob) || !ctx.get('idempotency-key')) {
    ctx.status = 400;
    ctx.type = 'application/problem+json';
    ctx.body = JSON.stringify({ title: 'Requête invalide', status: 400, code: 'invalid' });
    return;
  }
  counter++;
  const name = file.name ?? 'fichier';
  ctx.status = 201;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({ id: `echo-${counter}`, url: `/demo-assets/uploads/echo-${counter}/${encodeURIComponent(name)}`, name, size: file.size, mimeType: file.type || 'application/octet-stream' });
}
