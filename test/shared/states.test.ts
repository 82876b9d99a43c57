import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { ApiError, type ApiErrorKind } from '../../src/shared/api/errors.js';
import {
  emptyView,
  errorMessage,
  errorView,
  forbiddenView,
  heading,
  loadingView,
  signedOutView,
  staleNotice,
  stateStyles,
} from '../../src/shared/states.js';
import { tokens } from '../../src/shared/tokens.js';
import { catalogsSettled, loadEnglish, type Locale } from '../../src/shared/i18n.js';

/** Renders a state view in a shadow root styled like a widget's. */
class StateHost extends LitElement {
  static override styles = [tokens, stateStyles];
  view?: TemplateResult;
  protected override render() {
    return this.view;
  }
}
customElements.define('state-host', StateHost);

async function show(view: TemplateResult): Promise<ShadowRoot> {
  const host = await fixture<StateHost>(html`<state-host .view=${view}></state-host>`);
  return host.shadowRoot!;
}

const kinds: ApiErrorKind[] = [
  'offline',
  'network',
  'aborted',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'invalid',
  'too-large',
  'unsupported-type',
  'rate-limited',
  'server',
  'malformed',
];

describe('state views', () => {
  for (const locale of ['fr', 'en'] as Locale[]) {
    describe(`in ${locale}`, () => {
      // English copy loads on demand; widgets wait for it, direct callers load it first.
      before(async () => {
        loadEnglish();
        await catalogsSettled();
      });

      it('loading: a spoken status and a skeleton hidden from assistive tech', async () => {
        const root = await show(loadingView(locale));
        const status = root.querySelector('[role="status"]')!;
        expect(status.textContent!.trim()).to.match(locale === 'fr' ? /^Chargement…/ : /^Loading…/);
        expect(root.querySelector('.skeleton')!.getAttribute('aria-hidden')).to.equal('true');
        await expect(root.host).to.be.accessible();
      });

      it('error: an alert with a localised message and a working retry button', async () => {
        let retried = 0;
        const root = await show(errorView({ locale, error: new ApiError('server', 'boom', { status: 500 }), onRetry: () => retried++ }));
        const alert = root.querySelector('[role="alert"]')!;
        expect(alert.textContent).to.contain(locale === 'fr' ? 'Le service rencontre un problème' : 'The service has a problem');
        const button = root.querySelector('button')!;
        expect(button.textContent).to.equal(locale === 'fr' ? 'Réessayer' : 'Try again');
        button.click();
        expect(retried).to.equal(1);
        await expect(root.host).to.be.accessible();
      });

      it('empty, stale, forbidden and signed-out views are accessible', async () => {
        for (const view of [
          emptyView({ title: 'Aucune ressource', detail: 'Explication' }),
          staleNotice(locale, '2026-11-24T08:30:00Z', () => undefined),
          forbiddenView(locale),
          signedOutView(locale),
        ]) {
          const root = await show(view);
          expect(root.textContent!.trim()).not.to.equal('');
          await expect(root.host).to.be.accessible();
        }
      });

      it('has a message for every kind of error', () => {
        const messages = kinds.map((kind) => errorMessage(locale, new ApiError(kind, 'x')));
        for (const message of messages) expect(message).to.match(/\w{3,}/).and.not.to.contain('error.');
        expect(new Set(messages).size).to.equal(kinds.length);
      });
    });
  }

  it('shows the GAR’s own message for a GAR error body', () => {
    const error = new ApiError('server', 'x', { gar: { code: '500', message: 'Service GAR indisponible' } });
    expect(errorMessage('fr', error)).to.equal(
      'Le GAR (Gestionnaire d’accès aux ressources) a signalé une erreur : Service GAR indisponible',
    );
  });

  it('dates the stale notice in Europe/Paris', async () => {
    const root = await show(staleNotice('fr', '2026-11-24T08:30:00Z'));
    expect(root.textContent).to.contain('09:30');
  });

  it('renders headings at the level asked, clamped to h2–h6', async () => {
    expect((await show(heading(3, 'Titre'))).querySelector('h3')!.textContent).to.equal('Titre');
    expect((await show(heading(1, 'Titre'))).querySelector('h2')).to.exist;
    expect((await show(heading(9, 'Titre'))).querySelector('h6')).to.exist;
    expect((await show(heading(undefined, 'Titre'))).querySelector('h2')).to.exist;
  });
});
