// <ent-widgets-provider>: one API client, locale and session for every widget inside it.
import { css, html, LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import { ApiClient, type HeadersHook } from './api/client.js';
import { loadSession } from './base-element.js';
import { clientContext, localeContext, sessionContext, type Session } from './context.js';
import { defineElement, VERSION } from './define.js';
import { normalizeLocale, resolveLocale, type Locale } from './i18n.js';
import { emitFrom } from './events.js';

/**
 * Hands its API client, locale and signed-in session to the ENT widgets placed inside it.
 *
 * @summary Shared configuration for the widgets inside it.
 * @slot - The widgets (and any other content).
 * @event ent-session-change - The session was loaded or changed; `detail` is `{ status, me? }`.
 */
export class EntWidgetsProvider extends LitElement {
  static version = VERSION;
  static override styles = css`
    :host {
      /* Not a box of its own, even under a page's "* { display: … !important }". */
      display: contents !important;
    }
  `;

  static override properties = {
    apiBase: { attribute: 'api-base' },
    headers: { attribute: false },
    lang: { reflect: true },
  };

  /** Base URL of the REST contract. */
  apiBase = '/api';

  /** Returns extra request headers for every widget (Bearer token, CSRF header…). */
  headers?: HeadersHook;

  /** Locale of the widgets inside (`fr` default, `en`); unset by default (an empty `lang=""` means "unknown language"). */
  declare lang: string;

  // What the widgets inside receive (context), updated for them as soon as it is set.
  private readonly clientProvider = new ContextProvider(this, { context: clientContext });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext });
  private readonly sessionProvider = new ContextProvider(this, { context: sessionContext, initialValue: { status: 'loading' } });

  /** The API client given to the widgets. */
  get client(): ApiClient | undefined {
    return this.clientProvider.value;
  }
  private set client(client: ApiClient) {
    this.clientProvider.setValue(client);
  }

  /** The widgets' locale. */
  get locale(): Locale | undefined {
    return this.localeProvider.value;
  }
  private set locale(locale: Locale) {
    this.localeProvider.setValue(locale);
  }

  /** The signed-in user as the widgets know it. */
  get session(): Session {
    return this.sessionProvider.value ?? { status: 'loading' };
  }
  private set session(session: Session) {
    this.sessionProvider.setValue(session);
  }

  private sessionAbort?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = normalizeLocale(this.lang) ?? resolveLocale(this.parentElement ?? this);
    // Ready before the first render: widgets connecting right after us must find the client
    // and a loading session, not fall back to their own GET /me.
    this.ensureClient();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sessionAbort?.abort();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('lang')) this.locale = normalizeLocale(this.lang) ?? resolveLocale(this.parentElement ?? this);
    if (changed.has('apiBase') || changed.has('headers')) this.ensureClient();
  }

  private clientFor?: { base: string; headers: HeadersHook | undefined };

  /** One client per (api-base, headers); a new one loads the session again. */
  private ensureClient(): void {
    if (this.client && this.clientFor?.base === this.apiBase && this.clientFor.headers === this.headers) return;
    const headers = this.headers;
    this.clientFor = { base: this.apiBase, headers };
    this.client = new ApiClient({
      base: this.apiBase,
      headers: headers ? () => headers() : undefined,
      locale: () => this.locale ?? 'fr',
    });
    void this.refreshSession();
  }

  /** Fetches `GET /me` again (e.g. after the host page signed the user in or out). */
  async refreshSession(): Promise<Session> {
    this.sessionAbort?.abort();
    const abort = (this.sessionAbort = new AbortController());
    const client = this.client ?? new ApiClient({ base: this.apiBase });
    this.session = { status: 'loading' };
    const session = await loadSession(client, abort.signal);
    if (abort.signal.aborted) return session;
    this.session = session;
    emitFrom(this, 'ent-session-change', session.status === 'signed-in' ? { status: session.status, me: session.me } : { status: session.status });
    return session;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

defineElement('ent-widgets-provider', EntWidgetsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'ent-widgets-provider': EntWidgetsProvider;
  }
}
