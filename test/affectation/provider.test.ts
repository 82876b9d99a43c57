// Inside <ent-widgets-provider>: one GET /me, and the console follows the session.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/shared/provider.js';
import type { EntWidgetsProvider } from '../../src/shared/provider.js';
import '../support/contract.js';
import { worker } from '../support/msw.js';
import { configureMock } from '../../src/mocks/index.js';
import { NOW, resetMock, root, settled, useMock } from './helpers.js';
import type { GarAffectationConsole } from '../../src/affectation/console.js';

describe('<gar-affectation-console> in <ent-widgets-provider>', () => {
  afterEach(() => resetMock());

  it('uses the provider session and never keeps the previous user’s data', async () => {
    useMock('responsable');
    let meCalls = 0;
    const count = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname === '/api/me') meCalls += 1;
    };
    worker.events.on('request:start', count);
    const wrapper = await fixture<EntWidgetsProvider>(html`<ent-widgets-provider><gar-affectation-console section="subscriptions"></gar-affectation-console></ent-widgets-provider>`);
    const el = wrapper.querySelector<GarAffectationConsole>('gar-affectation-console')!;
    el.now = () => NOW;
    await settled(el);
    await waitUntil(() => root(el).querySelector('tbody tr'), 'subscriptions');
    expect(meCalls).to.equal(1);
    worker.events.removeListener('request:start', count);
    configureMock({ user: 'enseignant', scenario: 'default', now: () => NOW });
    await wrapper.refreshSession();
    await waitUntil(() => root(el).querySelector('[part="forbidden"]'), 'forbidden for the teacher');
    expect(root(el).querySelector('tbody tr')).to.equal(null);
    configureMock({ user: 'anonyme', scenario: 'default', now: () => NOW });
    await wrapper.refreshSession();
    await waitUntil(() => root(el).querySelector('[part="signed-out"]'), 'signed out');
    configureMock({ user: 'responsable', scenario: 'default', now: () => NOW });
    await wrapper.refreshSession();
    await waitUntil(() => root(el).querySelector('tbody tr'), 'the responsable again');
  });
});
