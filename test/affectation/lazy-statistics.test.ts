// The statistics section's code (chart, CSV export) is loaded the first time the section is
// shown. Its own test page: a module import, once settled, stays as it is (loaded, or failed in
// Firefox). That the section does load is what the other statistics tests rely on.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../support/contract.js';
import { worker } from '../support/msw.js';
import { click, mount, resetMock, root, settled, tab, text, useMock, waitFor } from './helpers.js';

const statisticsRequests = () => performance.getEntriesByType('resource').filter((entry) => /\/sections\/statistics\.[jt]s/.test(entry.name));

describe('<gar-affectation-console> statistics loaded on demand', () => {
  afterEach(() => resetMock());

  it('does not download the statistics until they are shown, and says clearly when they cannot be loaded', async () => {
    useMock('responsable');
    const el = await mount();
    await settled(el);
    expect(statisticsRequests()).to.have.length(0);

    // Offline, or a site updated under an open page: the module cannot be fetched.
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    worker.use(
      http.get(/\/sections\/statistics\.[jt]s/, async () => {
        await answered;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    await click(el, tab(el, 'Statistiques'));
    const r = root(el);
    await waitFor(() => r.querySelector('[part~="loading"]'), 'the loading view while the code comes');
    await expect(el).to.be.accessible();
    answer();
    const error = await waitFor(() => r.querySelector('[part~="error"]'), 'the error view');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error.querySelector('[part~="retry-button"]'))).to.equal('Réessayer');
    await expect(el).to.be.accessible();
    // The rest of the console still works.
    await click(el, tab(el, 'Abonnements'));
    expect(r.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
