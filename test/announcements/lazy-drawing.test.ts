// <ent-targeted-announcement> loads the code that draws announcements (and answers their forms)
// only once there is one to show. Its own test page: a module import, once settled, stays as it
// is (loaded, or failed in Firefox); only this element is registered, since the admin would
// bring the drawing code with it. That the code does load is what every other announcement
// test relies on.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/announcements/define-announcement.js';
import type { EntTargetedAnnouncement } from '../../src/announcements/announcement.js';
import { worker } from '../support/msw.js';
import { backend, cantine, clock, sondage, until } from './fixtures.js';

const drawingCodeRequests = () => performance.getEntriesByType('resource').filter((entry) => /\/(presentation|view|answering)\.[jt]s/.test(entry.name));

async function mount(lang = 'fr'): Promise<EntTargetedAnnouncement> {
  const el = await fixture<EntTargetedAnnouncement>(
    html`<ent-targeted-announcement api-base="/api" lang=${lang} refresh-interval="0" .now=${() => clock.t}></ent-targeted-announcement>`,
  );
  await until(() => (el as unknown as { phase: string }).phase !== 'loading');
  await el.updateComplete;
  return el;
}

describe('<ent-targeted-announcement> drawing code loaded on demand', () => {
  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers();
  });

  it('does not download the drawing code while there is nothing to show', async () => {
    const server = backend([]);
    worker.use(...server.handlers);
    const el = await mount();
    expect(el.hidden).to.equal(true);
    expect(server.requests.map((r) => r.path)).to.include('/announcements');
    expect(drawingCodeRequests()).to.have.length(0);
  });

  it('says clearly when the drawing code cannot be loaded', async () => {
    worker.use(
      ...backend([sondage(), cantine()]).handlers,
      // Offline, or a site updated under an open page: the module cannot be fetched.
      http.get(/\/presentation\.[jt]s/, () => new HttpResponse(null, { status: 503 })),
    );
    const el = await mount();
    const root = el.shadowRoot!;
    expect(el.hidden).to.equal(false);
    const message = root.querySelector('[role="alert"]')!;
    expect(message.textContent).to.contain('Vos annonces n’ont pas pu être affichées');
    expect(root.querySelector('article')).to.equal(null);
    await expect(el).to.be.accessible();

    const english = await mount('en');
    expect(english.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Your announcements could not be displayed');
    await expect(english).to.be.accessible();
  });
});
