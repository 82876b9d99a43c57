// The reference server (server/) for the end-to-end browser tests: started on first use in a
// child process (PGlite in memory, the demo data, identity from a trusted header as a vendor's
// gateway sets it), and reached by the test pages through the test runner's own origin under
// /reference-server/ (same origin as the page, no CORS; outside msw's API bases).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PREFIX = '/reference-server';
const root = fileURLToPath(new URL('../..', import.meta.url));

let child;
let started;
let uploadDir;

function start() {
  uploadDir = mkdtempSync(join(tmpdir(), 'ent-widgets-e2e-'));
  child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: 'memory', SEED_DEMO: '1', AUTH_MODE: 'header', TRUSTED_HEADER: 'x-ent-user', UPLOAD_DIR: uploadDir, RATE_LIMIT_WRITES: '100000', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`reference server did not start: ${out}`)), 60_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /reference server: (http:\/\/\S+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.once('exit', (code) => reject(new Error(`reference server exited (${code}): ${out}`)));
  });
}

/** Koa middleware of the test runner: /reference-server/x → the server's /api/x. */
export async function referenceServerProxy(ctx, next) {
  if (!ctx.path.startsWith(`${PREFIX}/`)) return next();
  const base = await (started ??= start());
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const headers = { ...ctx.request.headers };
  delete headers.host;
  delete headers['content-length'];
  const response = await fetch(`${base}${ctx.url.slice(PREFIX.length)}`, {
    method: ctx.method,
    headers,
    body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
    redirect: 'manual',
  });
  ctx.status = response.status;
  response.headers.forEach((value, name) => {
    if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name)) ctx.set(name, value);
  });
  ctx.body = Buffer.from(await response.arrayBuffer());
}

/** Test runner plugin: stops the server with the runner. */
export const referenceServerPlugin = {
  name: 'reference-server',
  async serverStop() {
    child?.kill();
    if (uploadDir) rmSync(uploadDir, { recursive: true, force: true });
  },
};
