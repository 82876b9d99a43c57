// The base of every widget: where its API client, locale and session come from (its own
// attributes first, then the closest <ent-widgets-provider>, then defaults), events that cross
// shadow roots, and an AbortSignal that ends with the element's connection.
import { LitElement, type PropertyDeclarations } from 'lit';
import { ContextConsumer, ContextRoot, type Context } from '@lit/context';
import { ApiClient, type HeadersHook } from './api/client.js';
import { ApiError } from './api/errors.js';
import { listOf, opt, readOne, shaped, text } from './api/read.js';
import type { Me } from './api/types.js';
import { clientContext, localeContext, sessionContext, type Session } from './context.js';
import { VERSION } from './define.js';
import { catalogEvents, catalogsPending, catalogsSettled, loadEnglish, normalizeLocale, resolveLocale, type Locale } from './i18n.js';
import type { EntWidgetsEventDetails, EntWidgetsEventName } from './events.js';

// A widget defined before its provider upgrades would otherwise never get the context
// (lit.dev#1185): a ContextRoot replays the pending requests once the provider appears.
const contextRoots = new WeakSet<Document>();
function ensureContextRoot(doc: Document): void {
  if (contextRoots.has(doc)) return;
  contextRoots.add(doc);
  new ContextRoot().attach(doc.documentElement);
}


export class EntElement extends LitElement {
  static version = VERSION;

  // Reactive properties: lit's static declaration (lighter in the bundle than decorators).
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    headers: { attribute: false },
    lang: { reflect: true },
    providedClient: { state: true },
    providedLocale: { state: true },
    providedSession: { state: true },
    ownSession: { state: true },
  };

  /** Base URL of the REST contract; wins over the provider's. Default `/api`. */
  apiBase?: string;

  /** Returns extra request headers (e.g. `Authorization`); wins over the provider's. */
  headers?: HeadersHook;

  /**
   * Locale of this widget (`fr`, `en`); else the provider's, else the closest ancestor's `lang`.
   * Unset by default: an empty `lang=""` written on the host would tell screen readers the
   * language is unknown, overriding the page's.
   */
  declare lang: string;

  // What the closest <ent-widgets-provider> gives, kept up to date.
  protected providedClient?: ApiClient;
  protected providedLocale?: Locale;
  protected providedSession?: Session;

  /** Session fetched by the widget itself when no provider gives one. */
  private ownSession?: Session;
  private ownSessionRequest?: Promise<Session>;
  private ownClient?: { key: string; client: ApiClient };
  private connection = new AbortController();
  private sessionWaiters: Array<(session: Session) => void> = [];

  constructor() {
    super();
    this.consume(clientContext, (client) => (this.providedClient = client));
    this.consume(localeContext, (locale) => (this.providedLocale = locale));
    this.consume(sessionContext, (session) => (this.providedSession = session));
  }

  private consume<T>(context: Context<unknown, T>, set: (value: T) => void): void {
    new ContextConsumer(this, { context, subscribe: true, callback: set });
  }

  override connectedCallback(): void {
    ensureContextRoot(this.ownerDocument);
    if (this.connection.signal.aborted) this.connection = new AbortController();
    catalogEvents.addEventListener('load', this.onCatalog);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    catalogEvents.removeEventListener('load', this.onCatalog);
    // Requests of a removed widget are abandoned; a reconnected one starts afresh.
    this.connection.abort();
  }

  /** An English catalog arrived (it loads on demand): render again in English. */
  private readonly onCatalog = (): void => this.requestUpdate();

  /** Also waits for the English catalogs a render asked for, and the render that follows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (catalogsPending()) {
      await catalogsSettled();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Aborted when the element is disconnected. */
  protected get signal(): AbortSignal {
    return this.connection.signal;
  }

  get locale(): Locale {
    return this.updateLocale ?? normalizeLocale(this.lang) ?? this.providedLocale ?? resolveLocale(this);
  }

  /**
   * The locale, resolved once per update: a render reads it for every message (hundreds of
   * times for a list), and resolving it may walk up the whole page.
   */
  private updateLocale?: Locale;

  protected override performUpdate(): void {
    this.updateLocale = this.locale;
    try {
      super.performUpdate();
    } finally {
      this.updateLocale = undefined;
    }
  }

  private get usesOwnApi(): boolean {
    return this.apiBase !== undefined || this.headers !== undefined || this.providedClient === undefined;
  }

  /** The API client: the widget's own when it sets `api-base`/`headers`, else the provider's. */
  protected get api(): ApiClient {
    if (!this.usesOwnApi && this.providedClient) return this.providedClient;
    const base = this.apiBase ?? '/api';
    const key = base;
    if (!this.ownClient || this.ownClient.key !== key || this.ownClientHeaders !== this.headers) {
      this.ownClientHeaders = this.headers;
      const headers = this.headers;
      this.ownClient = {
        key,
        client: new ApiClient({ base, headers: headers ? () => headers() : undefined, locale: () => this.locale }),
      };
    }
    return this.ownClient.client;
  }
  private ownClientHeaders?: HeadersHook;

  /** The signed-in user as far as this widget knows now. */
  protected get session(): Session {
    if (!this.usesOwnApi && this.providedSession) return this.providedSession;
    return this.ownSession ?? { status: 'loading' };
  }

  protected get me(): Me | undefined {
    const session = this.session;
    return session.status === 'signed-in' ? session.me : undefined;
  }

  /** Resolves once the session is known: from the provider, or from `GET /me` on the widget's own API. */
  protected ensureSession(): Promise<Session> {
    if (!this.usesOwnApi && this.providedSession) {
      if (this.providedSession.status !== 'loading') return Promise.resolve(this.providedSession);
      return new Promise((resolve) => this.sessionWaiters.push(resolve));
    }
    if (!this.ownSessionRequest || this.ownSession?.status === 'error') {
      this.ownSessionRequest = loadSession(this.api, this.signal).then((session) => {
        this.ownSession = session;
        return session;
      });
    }
    return this.ownSessionRequest;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (this.locale === 'en') loadEnglish();
    if (changed.has('apiBase') || changed.has('headers')) {
      this.ownSessionRequest = undefined;
      this.ownSession = undefined;
    }
    const provided = this.providedSession;
    if (changed.has('providedSession') && provided && provided.status !== 'loading') {
      for (const resolve of this.sessionWaiters.splice(0)) resolve(provided);
    }
  }

  /** Dispatches one of the widgets' events (shared/events.ts): bubbles, composed; false when a listener prevented it. */
  protected emit<K extends EntWidgetsEventName>(name: K, detail: EntWidgetsEventDetails[K], cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }
}

/** What the widgets rely on in `GET /me` (a session they cannot read is an error they show). */
const meShape = { id: text, profile: text, roles: opt(listOf(text)), establishments: listOf(shaped({ uai: text, name: text })), currentUai: text };

/** `GET /me`: 401 means anonymous, anything else that fails is an error the widget shows. */
export async function loadSession(api: ApiClient, signal?: AbortSignal): Promise<Session> {
  try {
    const me = readOne<Me>('GET /me', await api.get('/me', { signal }), meShape);
    return { status: 'signed-in', me };
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'unauthorized') return { status: 'anonymous' };
    return { status: 'error', error: error instanceof ApiError ? error : new ApiError('network', String(error)) };
  }
}
