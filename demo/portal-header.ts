// The mock ENT portal's header (demo only, not part of the library): who you are, and the
// controls of the demo (user, language, scenario, reset). A plain GET form, so it works with
// the keyboard and without any script trickery.
import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { EntElement } from '../src/shared/base-element.js';
import { tokens } from '../src/shared/tokens.js';
import { mockUsers, resetMockData, type DemoUser, type Scenario } from '../src/mocks/index.js';

import { demoMessages as t } from './messages.js';
import { demoParams, pageLink } from './params.js';

const scenarios: Scenario[] = ['default', 'empty', 'error', 'slow', 'many'];
type Me = { profile: string; roles: string[] };
/** The portal's pages, each for whom it is (a pupil is not offered the console or the administration). */
const pages: ReadonlyArray<{ id: 'home' | 'mediacentre' | 'affectation' | 'admin'; href: string; for?: (me: Me | undefined) => boolean }> = [
  { id: 'home', href: '/' },
  { id: 'mediacentre', href: '/mediacentre.html', for: (me) => Boolean(me) },
  { id: 'affectation', href: '/affectation.html', for: (me) => Boolean(me?.roles.includes('responsable-affectation')) },
  { id: 'admin', href: '/admin.html', for: (me) => me?.profile === 'admin' || Boolean(me?.roles.includes('admin-ent')) },
];

export class DemoPortalHeader extends EntElement {
  static override styles = [
    tokens,
    css`
      :host {
        /* Through the token: the widgets' base styles fix the host's own colour. */
        --ent-color-text: #fff;
        background: #1e3a8a;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.75rem 1.5rem;
        max-width: 72rem;
        margin: 0 auto;
        padding: 0.75rem 1rem;
      }
      .brand {
        font-weight: 700;
        font-size: 1.125rem;
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      a {
        color: #fff;
      }
      a:hover {
        color: #dbeafe;
      }
      a[aria-current='page'] {
        font-weight: 700;
      }
      .who {
        margin-left: auto;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0.5rem 1rem;
        max-width: 72rem;
        margin: 0 auto;
        padding: 0.5rem 1rem 0.75rem;
        border-top: 1px solid rgb(255 255 255 / 0.3);
        font-size: 0.9rem;
      }
      label {
        display: grid;
        gap: 0.125rem;
      }
      select {
        font: inherit;
        min-height: 2.25rem;
      }
      .button {
        min-height: 2.25rem;
        border-color: #fff;
        background: #fff;
        color: #1e3a8a;
      }
      .button.secondary {
        background: transparent;
        color: #fff;
      }
      :focus-visible {
        outline-color: #fff;
      }
    `,
  ];

  /** Which page of the portal this is, for aria-current. */
  @property() current = 'home';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.ensureSession().then(() => this.requestUpdate());
  }

  private reset(): void {
    resetMockData();
    location.reload();
  }

  protected override render() {
    const locale = this.locale;
    const params = demoParams();
    const session = this.session;
    const who =
      session.status === 'signed-in'
        ? t(locale, 'signedInAs', { name: session.me.displayName, establishment: session.me.establishments.find((e) => e.uai === session.me.currentUai)?.name ?? session.me.currentUai })
        : session.status === 'anonymous'
          ? t(locale, 'anonymous')
          : session.status === 'error'
            ? t(locale, 'sessionError')
            : t(locale, 'loading');
    return html`<header>
      <div class="bar">
        <span class="brand">${t(locale, 'brand')}</span>
        <nav aria-label=${t(locale, 'navLabel')}>
          <ul>
            ${pages
              .filter((page) => !page.for || page.for(session.status === 'signed-in' ? session.me : undefined) || page.id === this.current)
              .map(
                (page) =>
                  html`<li><a href=${pageLink(page.href)} aria-current=${page.id === this.current ? 'page' : nothing}>${t(locale, `page.${page.id}`)}</a></li>`,
              )}
          </ul>
        </nav>
        <p class="who" role="status">${who}</p>
      </div>
      <form method="get" aria-label=${t(locale, 'controlsLabel')}>
        <label
          >${t(locale, 'user')}
          <select name="as">
            ${(Object.keys(mockUsers) as DemoUser[]).map(
              (user) => html`<option value=${user} ?selected=${user === params.as}>${t(locale, `user.${user}`)}</option>`,
            )}
          </select>
        </label>
        <label
          >${t(locale, 'language')}
          <select name="lang">
            <option value="fr" ?selected=${params.lang === 'fr'}>Français</option>
            <option value="en" ?selected=${params.lang === 'en'}>English</option>
          </select>
        </label>
        <label
          >${t(locale, 'scenario')}
          <select name="scenario">
            ${scenarios.map((s) => html`<option value=${s} ?selected=${s === params.scenario}>${t(locale, `scenario.${s}`)}</option>`)}
          </select>
        </label>
        <label
          >${t(locale, 'theme')}
          <select name="theme">
            <option value="clair" ?selected=${params.theme === 'clair'}>${t(locale, 'theme.clair')}</option>
            <option value="nuit" ?selected=${params.theme === 'nuit'}>${t(locale, 'theme.nuit')}</option>
          </select>
        </label>
        <button class="button" type="submit">${t(locale, 'apply')}</button>
        <button class="button secondary" type="button" @click=${this.reset}>${t(locale, 'reset')}</button>
      </form>
    </header>`;
  }
}
customElements.get('demo-portal-header') ?? customElements.define('demo-portal-header', DemoPortalHeader);
