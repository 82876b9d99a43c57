// Home page card of the demo: what GET /me answered for the chosen mock user.
import { css, html } from 'lit';
import { EntElement } from '../src/shared/base-element.js';
import { tokens } from '../src/shared/tokens.js';
import { errorView, loadingView, signedOutView, stateStyles } from '../src/shared/states.js';
import { demoMessages as t } from './messages.js';

export class DemoSessionCard extends EntElement {
  static override styles = [
    tokens,
    stateStyles,
    css`
      :host {
        display: block;
        max-width: 40rem;
        padding: 1rem 1.25rem;
        border-radius: var(--_radius);
        background: var(--_bg);
        box-shadow: var(--_shadow);
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.25rem;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.ensureSession().then(() => this.requestUpdate());
  }

  protected override render() {
    const locale = this.locale;
    const session = this.session;
    if (session.status === 'loading') return loadingView(locale, 3);
    if (session.status === 'anonymous') return signedOutView(locale);
    if (session.status === 'error') return errorView({ locale, error: session.error, onRetry: () => location.reload() });
    const { me } = session;
    return html`<section aria-labelledby="title">
      <h2 id="title">${t(locale, 'sessionCardTitle', { name: me.displayName })}</h2>
      <dl>
        <dt>${t(locale, 'profile')}</dt>
        <dd>${label(locale, `profile.${me.profile}`, me.profile)}</dd>
        <dt>${t(locale, 'roles')}</dt>
        <dd>${me.roles.length ? me.roles.map((role) => label(locale, `role.${role}`, role)).join(', ') : t(locale, 'none')}</dd>
        <dt>${t(locale, 'establishments')}</dt>
        <dd>${me.establishments.map((e) => `${e.name} (${e.uai})`).join(', ')}</dd>
      </dl>
    </section>`;
  }
}
/** The catalog's words for a code; a code the demo does not know (a vendor's own role) as is. */
function label(locale: Parameters<typeof t>[0], key: string, code: string): string {
  const text = (t as (l: typeof locale, k: string) => string)(locale, key);
  return text === key ? code : text;
}

customElements.get('demo-session-card') ?? customElements.define('demo-session-card', DemoSessionCard);
