// The bundle loaded twice (two vendors' scripts on one portal page), next to another copy of lit
// (the portal's own components): no error, and the widgets work.
import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import '../support/contract.js';
import { resetMock, useMock } from './page.js';

/** The portal's own Lit component, from its own copy of lit (the test's node_modules lit). */
class PortalCard extends LitElement {
  override render() {
    return html`<p>Carte du portail</p>`;
  }
}

describe('the bundle loaded twice, next to another lit', () => {
  afterEach(() => resetMock());

  it('registers once, raises no error, and every widget renders', async function () {
    this.timeout(30_000);
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(String(event.message));
    const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      useMock('responsable');
      customElements.define('portal-card', PortalCard);
      // Two evaluations of the same file: two module instances, each with its own lit inside.
      const bundle = '/__test/ent-widgets.js';
      const first = await import(/* @vite-ignore */ `${bundle}?copy=1`);
      const second = await import(/* @vite-ignore */ `${bundle}?copy=2`);
      expect(first.GarMediacentre).not.to.equal(second.GarMediacentre);
      // The first copy defined the tags; the second one did not throw and left them alone.
      expect(customElements.get('gar-mediacentre')).to.equal(first.GarMediacentre);
      expect(customElements.get('ent-widgets-provider')).to.equal(first.EntWidgetsProvider);
      expect(first.VERSION).to.equal(second.VERSION);

      const page = await fixture<HTMLElement>(testHtml`<div>
        <portal-card></portal-card>
        <ent-widgets-provider>
          <ent-tile-news tile-id="news-1"></ent-tile-news>
          <gar-mediacentre></gar-mediacentre>
          <gar-affectation-console section="subscriptions"></gar-affectation-console>
          <ent-targeted-announcement></ent-targeted-announcement>
        </ent-widgets-provider>
      </div>`);
      const root = (tag: string) => page.querySelector(tag)!.shadowRoot!;
      await waitUntil(() => root('gar-mediacentre').querySelector('.cards > li'), 'médiacentre listed', { timeout: 8000 });
      await waitUntil(() => root('ent-tile-news').querySelector('article'), 'news listed', { timeout: 8000 });
      await waitUntil(() => root('gar-affectation-console').querySelector('tbody tr'), 'console listed', { timeout: 8000 });
      expect(root('portal-card').textContent).to.contain('Carte du portail');
      // The widgets from the bundle still work: a card's details open in their dialog.
      root('gar-mediacentre').querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
      await waitUntil(() => root('gar-mediacentre').querySelector('dialog[open]'), 'details dialog open', { timeout: 3000 });
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
