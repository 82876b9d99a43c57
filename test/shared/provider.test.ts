import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import { EntWidgetsProvider } from '../../src/shared/provider.js';
import { defineElement } from '../../src/shared/define.js';
import { ApiError } from '../../src/shared/api/errors.js';
import { ProbeWidget } from '../support/probe-element.js';
import { worker } from '../support/msw.js';
import '../support/contract.js';

const me = (id: string, displayName: string) => ({
  id,
  displayName,
  profile: 'enseignant',
  roles: [],
  establishments: [{ uai: '0330001A', name: 'Collège Jules-Ferry' }],
  currentUai: '0330001A',
});

describe('<ent-widgets-provider> and the widget base', () => {
  let meRequests: string[];

  beforeEach(() => {
    meRequests = [];
    worker.use(
      http.get('/api/me', ({ request }) => {
        meRequests.push(new URL(request.url).pathname);
        return HttpResponse.json(me('u1', 'Paul Martin'));
      }),
      http.get('/other-api/me', ({ request }) => {
        meRequests.push(new URL(request.url).pathname);
        return HttpResponse.json(me('u2', 'Inès Bernard'));
      }),
      http.get('/:base/news/rubriques', ({ request }) => HttpResponse.json({ rubriques: [{ id: new URL(request.url).pathname, name: 'x' }] })),
    );
  });
  afterEach(() => worker.resetHandlers());

  it('gives its client, locale and session to every widget inside, loading /me once', async () => {
    const provider = await fixture<EntWidgetsProvider>(html`
      <ent-widgets-provider api-base="/other-api" lang="en">
        <div><probe-widget></probe-widget></div>
        <probe-widget></probe-widget>
      </ent-widgets-provider>
    `);
    const [first, second] = provider.querySelectorAll('probe-widget');
    const sessions = await Promise.all([first!.loadSession(), second!.loadSession()]);
    expect(sessions.map((s) => (s.status === 'signed-in' ? s.me.displayName : s.status))).to.deep.equal(['Inès Bernard', 'Inès Bernard']);
    expect(meRequests).to.deep.equal(['/other-api/me']);
    expect(first!.locale).to.equal('en');
    const rubriques = await first!.loadRubriques();
    expect(rubriques.rubriques[0]!.id).to.equal('/other-api/news/rubriques');
  });

  it('is ready for widgets that ask for the session as soon as they connect', async () => {
    class EagerProbe extends ProbeWidget {
      early?: Promise<unknown>;
      override connectedCallback(): void {
        super.connectedCallback();
        this.early = this.loadSession();
      }
    }
    customElements.define('eager-probe', EagerProbe);
    const provider = await fixture<EntWidgetsProvider>(html`<ent-widgets-provider api-base="/other-api">
      <eager-probe></eager-probe>
    </ent-widgets-provider>`);
    const session = await (provider.querySelector('eager-probe') as EagerProbe).early;
    expect((session as { me: { id: string } }).me.id).to.equal('u2');
    expect(meRequests).to.deep.equal(['/other-api/me']);
  });

  it('lets an attribute on the widget win over the provider', async () => {
    const provider = await fixture<EntWidgetsProvider>(html`
      <ent-widgets-provider api-base="/other-api" lang="en">
        <probe-widget api-base="/api" lang="fr"></probe-widget>
      </ent-widgets-provider>
    `);
    const widget = provider.querySelector('probe-widget')!;
    expect(widget.locale).to.equal('fr');
    const session = await widget.loadSession();
    expect(session.status === 'signed-in' && session.me.id).to.equal('u1');
    expect((await widget.loadRubriques()).rubriques[0]!.id).to.equal('/api/news/rubriques');
  });

  it('without a provider, takes the closest ancestor’s lang and loads its own session', async () => {
    const wrapper = await fixture(html`<section lang="en-GB"><div><probe-widget></probe-widget></div></section>`);
    const widget = wrapper.querySelector('probe-widget')!;
    expect(widget.locale).to.equal('en');
    expect(widget.shadowRoot!.textContent).to.contain('en');
    const session = await widget.loadSession();
    expect(session.status === 'signed-in' && session.me.id).to.equal('u1');
  });

  it('re-renders when the widget’s lang changes, and says its language to assistive tech', async () => {
    const widget = await fixture<ProbeWidget>(html`<probe-widget lang="fr"></probe-widget>`);
    widget.lang = 'en';
    await widget.updateComplete;
    expect(widget.shadowRoot!.textContent).to.contain('en');
    expect(widget.getAttribute('lang')).to.equal('en');
  });

  it('writes no lang of its own when none is set (lang="" would mean "unknown language")', async () => {
    const wrapper = await fixture(html`<div lang="en"><ent-widgets-provider><probe-widget></probe-widget></ent-widgets-provider></div>`);
    const provider = wrapper.querySelector('ent-widgets-provider')!;
    const widget = wrapper.querySelector<ProbeWidget>('probe-widget')!;
    await widget.updateComplete;
    expect(provider.hasAttribute('lang')).to.equal(false);
    expect(widget.hasAttribute('lang')).to.equal(false);
    expect(widget.locale).to.equal('en');
  });

  it('treats 401 on /me as anonymous, and announces the session', async () => {
    worker.use(
      http.get('/api/me', () =>
        HttpResponse.json({ title: 'Non connecté', status: 401, code: 'unauthorized' }, { status: 401, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    const provider = document.createElement('ent-widgets-provider');
    const event = oneEvent(provider, 'ent-session-change');
    document.body.append(provider);
    expect((await event).detail).to.deep.equal({ status: 'anonymous' });
    provider.remove();
  });

  it('passes the page’s auth headers hook to every request of its widgets', async () => {
    const auth: Array<string | null> = [];
    worker.use(
      http.get('/api/news/rubriques', ({ request }) => {
        auth.push(request.headers.get('Authorization'));
        return HttpResponse.json({ rubriques: [] });
      }),
    );
    const provider = await fixture<EntWidgetsProvider>(html`<ent-widgets-provider .headers=${() => ({ Authorization: 'Bearer t0k3n' })}>
      <probe-widget></probe-widget>
    </ent-widgets-provider>`);
    await provider.querySelector('probe-widget')!.loadRubriques();
    expect(auth).to.deep.equal(['Bearer t0k3n']);
  });

  it('reaches widgets that connected before the provider was defined', async () => {
    const wrapper = await fixture(html`<late-provider api-base="/other-api"><probe-widget></probe-widget></late-provider>`);
    class LateProvider extends EntWidgetsProvider {}
    customElements.define('late-provider', LateProvider);
    await (wrapper as LateProvider).updateComplete;
    const widget = wrapper.querySelector('probe-widget')!;
    const session = await widget.loadSession();
    expect(session.status === 'signed-in' && session.me.id).to.equal('u2');
  });

  it('emits CustomEvents that bubble out of shadow roots, cancelable on request', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const widget = document.createElement('probe-widget');
    root.append(widget);
    const seen: CustomEvent[] = [];
    const listener = (e: CustomEvent) => {
      seen.push(e);
      e.preventDefault();
    };
    document.addEventListener('ent-announcement-dismiss', listener);
    expect(widget.fire(true)).to.equal(false);
    expect(widget.fire(false)).to.equal(true);
    document.removeEventListener('ent-announcement-dismiss', listener);
    expect(seen.map((e) => [e.bubbles, e.composed, e.cancelable])).to.deep.equal([
      [true, true, true],
      [true, true, false],
    ]);
    expect(seen[0]!.detail).to.deep.equal({ id: 'probe' });
  });

  it('aborts a widget’s requests when it is removed from the page', async () => {
    worker.use(
      http.get('/api/news/rubriques', async () => {
        await delay(3000);
        return HttpResponse.json({ rubriques: [] });
      }),
    );
    const widget = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    const pending = widget.loadRubriques().catch((error: unknown) => error);
    widget.remove();
    const error = await pending;
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).kind).to.equal('aborted');
  });

  it('tolerates a second registration of the same tag', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => defineElement('ent-widgets-provider', EntWidgetsProvider)).not.to.throw();
      expect(warnings).to.have.length(0);
      class OtherVersion extends EntWidgetsProvider {
        static override version = '9.9.9';
      }
      expect(() => defineElement('ent-widgets-provider', OtherVersion)).not.to.throw();
      expect(String(warnings[0])).to.contain('9.9.9');
      expect(customElements.get('ent-widgets-provider')).to.equal(EntWidgetsProvider);
    } finally {
      console.warn = warn;
    }
  });
});
