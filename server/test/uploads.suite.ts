import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { assertProblem, call, server } from './harness.js';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

function form(parts: { file?: Blob; name?: string; purpose?: string }): FormData {
  const data = new FormData();
  if (parts.file) data.append('file', parts.file, parts.name ?? 'image.png');
  if (parts.purpose) data.append('purpose', parts.purpose);
  return data;
}

describe('uploads', () => {
  it('stores an illustration and serves it back as an attachment, nosniff', async () => {
    const res = await call('POST', '/uploads', { as: 'admin', body: form({ file: new Blob([PNG], { type: 'image/png' }), name: 'affiche été.png', purpose: 'illustration' }) });
    assert.equal(res.status, 201);
    assert.deepEqual({ ...res.body, id: undefined, url: undefined }, { id: undefined, url: undefined, name: 'affiche été.png', size: PNG.length, mimeType: 'image/png' });
    const { url } = await server();
    const origin = new URL(url).origin;
    const file = await fetch(`${origin}${res.body.url}`, { headers: { authorization: `Bearer ${await (await import('./harness.js')).tokenFor('eleve')}` } });
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-disposition'), `attachment; filename*=UTF-8''${encodeURIComponent('affiche été.png')}`);
    assert.equal(file.headers.get('x-content-type-options'), 'nosniff');
    assert.deepEqual(new Uint8Array(await file.arrayBuffer()), PNG);
    assert.equal((await fetch(`${origin}${res.body.url}`)).status, 401);
  });

  it('a retry with the same Idempotency-Key answers the first upload', async () => {
    const key = `upload-${crypto.randomUUID()}`;
    const send = () => call('POST', '/uploads', { as: 'admin', headers: { 'idempotency-key': key }, body: form({ file: new Blob([PNG], { type: 'image/png' }), purpose: 'illustration' }) });
    const first = await send();
    const second = await send();
    assert.equal(first.status, 201);
    assert.deepEqual(second.body, first.body);
  });

  it('415 for a type the purpose does not take (SVG included), 413 past the size, 422 without purpose', async () => {
    assertProblem(await call('POST', '/uploads', { as: 'admin', body: form({ file: new Blob(['%PDF-1.4'], { type: 'application/pdf' }), name: 'a.pdf', purpose: 'illustration' }) }), 415, 'unsupported-type');
    assertProblem(await call('POST', '/uploads', { as: 'admin', body: form({ file: new Blob(['<svg/>'], { type: 'image/svg+xml' }), name: 'a.svg', purpose: 'attachment' }) }), 415, 'unsupported-type');
    const big = new Blob([new Uint8Array(5 * 1024 * 1024 + 1)], { type: 'image/png' });
    assertProblem(await call('POST', '/uploads', { as: 'admin', body: form({ file: big, purpose: 'illustration' }) }), 413, 'too-large');
    const missing = await call('POST', '/uploads', { as: 'admin', body: form({ file: new Blob([PNG], { type: 'image/png' }) }) });
    assertProblem(missing, 422, 'invalid');
    assert.equal(missing.body.errors[0].field, 'purpose');
  });

  it('an octet-stream file is judged by its extension', async () => {
    const res = await call('POST', '/uploads', { as: 'admin', body: form({ file: new Blob(['bonjour'], { type: 'application/octet-stream' }), name: 'notes.txt', purpose: 'attachment' }) });
    assert.equal(res.status, 201);
    assert.equal(res.body.mimeType, 'text/plain');
  });

  it('admins only; JSON is a 415; refused uploads leave no file behind', async () => {
    assertProblem(await call('POST', '/uploads', { body: form({ file: new Blob([PNG], { type: 'image/png' }), purpose: 'illustration' }) }), 401, 'unauthorized');
    assertProblem(await call('POST', '/uploads', { as: 'enseignant', body: form({ file: new Blob([PNG], { type: 'image/png' }), purpose: 'illustration' }) }), 403, 'forbidden');
    assertProblem(await call('POST', '/uploads', { as: 'admin', body: { file: 'x' } }), 415, 'unsupported-type');
    const { config } = await server();
    assert.deepEqual(readdirSync(config.uploadDir).filter((f) => f.startsWith('.incoming-')), []);
  });
});
