// The forms' code of <ent-targeted-announcement> is loaded only when an announcement has a form
// (its own test page: a module, once loaded, stays loaded for the page).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/announcements/define.js';
import type { EntTargetedAnnouncement } from '../../src/announcements/announcement.js';
import { worker } from '../support/msw.js';
import { backend, cantine, clock, sondage, until } from './fixtures.js';

const formCodeRequests = () => performance.getEntriesByType('resource').filter((entry) => /\/answering\.[jt]s/.test(entry.name));

async function mount(): Promise<EntTargetedAnnouncement> {
  const el = await fixture<EntTargetedAnnouncement>(
    html`<ent-targeted-announcement api-base="/api" lang="fr" refresh-interval="0" .now=${() => clock.t}></ent-targeted-announcement>`,
  );
  await until(() => el.shadowRoot!.querySelector('article') !== null);
  await el.updateComplete;
  return el;
}

describe('<ent-targeted-announcement> forms loaded on demand', () => {
  afterEach(() => {
    fixtureCleanup();
    worker.resetHandlers();
  });

  it('does not download the forms’ code when no announcement has a form', async () => {
    worker.use(...backend([cantine()]).handlers);
    const el = await mount();
    expect(el.shadowRoot!.querySelector('article')).to.exist;
    expect(formCodeRequests()).to.have.length(0);
  });

  it('says when the forms’ code cannot be loaded and keeps the announcement usable', async () => {
    worker.use(
      ...backend([sondage()]).handlers,
      // Offline, or a site updated under an open page: the module cannot be fetched.
      http.get(/\/answering\.[jt]s/, () => new HttpResponse(null, { status: 503 })),
    );
    const el = await mount();
    const root = el.shadowRoot!;
    await until(() => root.querySelector('.form-status.failed') !== null);
    expect(root.querySelector('article .title')!.textContent).to.contain('Sondage');
    expect(root.querySelector('.form-status.failed')!.textContent).to.contain('Le questionnaire n’a pas pu être chargé');
    expect(root.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
    // The rest of the announcement still works.
    root.querySelector<HTMLButtonElement>('article .dismiss')!.click();
    await until(() => root.querySelector('article') === null);
  });
});
