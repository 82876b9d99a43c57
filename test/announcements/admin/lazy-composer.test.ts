// <ent-announcement-admin> loads its composer only when an admin opens it: listing the
// announcements (or loading the whole bundle on a pupil's page) never downloads it. Its own test
// page: a module import, once settled, stays as it is (loaded, or failed in Firefox). That the
// composer does load is what every other admin test relies on.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/announcements/admin/define-admin.js';
import type { EntAnnouncementAdmin } from '../../../src/announcements/admin/admin.js';
import type { Locale } from '../../../src/shared/i18n.js';
import { resetMock, useMock } from '../../support/mock.js';
import { worker } from '../../support/msw.js';
import { until } from '../fixtures.js';

const composerRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => /\/(composer|admin-model|upload|form-view)\.[jt]s/.test(entry.name));

async function mount(lang: Locale = 'fr'): Promise<ShadowRoot> {
  const el = await fixture<EntAnnouncementAdmin>(html`<ent-announcement-admin api-base="/api" lang=${lang}></ent-announcement-admin>`);
  await until(() => el.shadowRoot!.querySelector('.new-button') !== null);
  await el.updateComplete;
  return el.shadowRoot!;
}

describe('<ent-announcement-admin> composer loaded on demand', () => {
  beforeEach(() => useMock('admin'));
  afterEach(resetMock);

  it('lists announcements without the composer, and says clearly when the composer cannot be loaded', async () => {
    const root = await mount();
    expect(root.querySelectorAll('.row').length).to.be.greaterThan(0);
    expect(composerRequests()).to.have.length(0);

    // Offline, or a site updated under an open page: the module cannot be fetched — after a
    // while, during which the admin is told that the editor is opening.
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    worker.use(
      http.get(/\/composer\.[jt]s/, async () => {
        await answered;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    const button = root.querySelector<HTMLButtonElement>('.new-button')!;
    button.focus();
    button.click();
    await until(() => root.querySelector('[role="status"]')!.textContent!.includes('Ouverture de l’éditeur'));
    await expect(root.host).to.be.accessible();
    answer();
    await until(() => root.querySelector('[role="alert"]') !== null);
    expect(root.querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('L’éditeur d’annonces n’a pas pu être chargé');
    expect(root.querySelector('[part="composer"]')).to.equal(null);
    // The list is still there and the focus was not lost.
    expect(root.querySelectorAll('.row').length).to.be.greaterThan(0);
    expect(root.activeElement).to.equal(button);
    await expect(root.host).to.be.accessible();

    const english = await mount('en');
    english.querySelector<HTMLButtonElement>('.new-button')!.click();
    await until(() => english.querySelector('[role="alert"]') !== null);
    expect(english.querySelector('[role="alert"]')!.textContent).to.contain('The announcement editor could not be loaded');
    await expect(english.host).to.be.accessible();
  });
});
