import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { worker } from './support/msw.js';
import { assertContractTraffic } from './support/contract.js';

describe('test harness', () => {
  it('runs in Chromium with msw answering, and axe available', async () => {
    worker.use(http.get('/api/news/rubriques', () => HttpResponse.json({ rubriques: [] })));
    const res = await fetch('/api/news/rubriques');
    expect(await res.json()).to.deep.equal({ rubriques: [] });
    expect(await assertContractTraffic()).to.equal(1);
    const el = await fixture(html`<button>Bonjour</button>`);
    await expect(el).to.be.accessible();
  });

  it('catches a mocked response that drifts from the contract', async () => {
    worker.use(http.get('/api/me', () => HttpResponse.json({ id: 'u1' })));
    await fetch('/api/me');
    let error: unknown;
    try {
      await assertContractTraffic();
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.match(/must have required property 'displayName'/);
  });

  it('catches a request body that drifts from the contract', async () => {
    worker.use(http.post('/api/admin/audience/count', () => HttpResponse.json({ count: 3 })));
    await fetch('/api/admin/audience/count', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ profiles: ['pirate'] }),
    });
    let error: unknown;
    try {
      await assertContractTraffic();
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.match(/request POST \/admin\/audience\/count/);
  });
});
