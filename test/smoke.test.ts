import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { worker } from './support/msw.js';

describe('harness', () => {
  it('runs in Chromium with msw answering', async () => {
    worker.use(http.get('/api/ping', () => HttpResponse.json({ ok: true })));
    const res = await fetch('/api/ping');
    expect(await res.json()).to.deep.equal({ ok: true });
    const el = await fixture(html`<button>Bonjour</button>`);
    await expect(el).to.be.accessible();
  });
});
