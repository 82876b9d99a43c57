// Two providers with different api-base on one page (say, two establishments' ENT back ends
// in one portal): each widget talks to its own provider's back end, and only to it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/contract.js';
import '../../src/index.js';
import { worker } from '../support/msw.js';
import { resetMock, useMock } from './page.js';

describe('two providers on one page', () => {
  afterEach(() => resetMock());

  it('each widget calls the api-base of its own provider', async () => {
    useMock('eleve', '/college-api');
    useMock('eleve', '/lycee-api');
    const calls: string[] = [];
    const record = ({ request }: { request: Request }) => calls.push(new URL(request.url).pathname);
    worker.events.on('request:start', record);
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <ent-widgets-provider api-base="/college-api">
          <gar-mediacentre id="college"></gar-mediacentre>
          <ent-tile-news id="college-news" tile-id="news-1"></ent-tile-news>
        </ent-widgets-provider>
        <ent-widgets-provider api-base="/lycee-api">
          <gar-mediacentre id="lycee"></gar-mediacentre>
          <ent-targeted-announcement id="lycee-announcements"></ent-targeted-announcement>
        </ent-widgets-provider>
      </div>`);
      const cards = (id: string) => page.querySelector(`#${id}`)!.shadowRoot!.querySelectorAll('.cards > li').length;
      await waitUntil(() => cards('college') > 0 && cards('lycee') > 0, 'both médiacentres listed their resources', { timeout: 8000 });
      await waitUntil(() => page.querySelector('#college-news')!.shadowRoot!.querySelector('article'), 'news listed', { timeout: 8000 });
      await waitUntil(() => calls.some((p) => p.startsWith('/lycee-api/announcements')), 'announcements asked', { timeout: 8000 });
      const apiCalls = calls.filter((p) => /^\/[\w-]*api\//.test(p));
      expect(apiCalls.every((p) => p.startsWith('/college-api/') || p.startsWith('/lycee-api/')), apiCalls.join(', ')).to.equal(true);
      // The news tile lives under the collège's provider only; announcements under the lycée's only.
      expect(apiCalls.filter((p) => p.startsWith('/college-api/news')).length).to.be.greaterThan(0);
      expect(apiCalls.filter((p) => p.startsWith('/lycee-api/news'))).to.deep.equal([]);
      expect(apiCalls.filter((p) => p.startsWith('/college-api/announcements'))).to.deep.equal([]);
      expect(apiCalls.filter((p) => p.startsWith('/college-api/mediacentre/')).length).to.be.greaterThan(0);
      expect(apiCalls.filter((p) => p.startsWith('/lycee-api/mediacentre/')).length).to.be.greaterThan(0);
    } finally {
      worker.events.removeListener('request:start', record);
    }
  });
});
