// The favourites of <gar-mediacentre>, as a Lit controller: loading them (the copy saved on this
// computer when the service fails), toggling a star optimistically (the latest click on a star
// wins), the snapshot of those shown first, and the message when a change is refused.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ApiClient } from '../shared/api/client.js';
import { ApiError } from '../shared/api/errors.js';
import type { Locale } from '../shared/i18n.js';
import { errorMessage, logError } from '../shared/states.js';
import { readStored, writeStored } from '../shared/storage.js';
import type { MediacentreText } from './messages.js';
import type { Resource } from './model.js';

/** What the favourites need of their <gar-mediacentre>, besides being its controllers' host. */
export interface FavoritesNeeds {
  /** The element's API client and the signal aborted when it leaves the page. */
  io(): { api: ApiClient; signal: AbortSignal };
  /** Where the favourites are kept on this computer (per user). */
  key(): string;
  t: MediacentreText;
  /** A favourite was saved: say `message` politely, emit `gar-favorite-change`. */
  saved(resource: Resource, favorite: boolean, message: string): void;
}

export class Favorites implements ReactiveController {
  /** The user's favourites, as shown by the stars (optimistic). */
  ids = new Set<string>();
  /** Favourites shown first: a snapshot taken when the list is (re)computed, not on each toggle. */
  pinned = new Set<string>();
  /** Neither the service nor a saved copy gave the favourites. */
  failed = false;
  /** The first load for this user is on its way. */
  loading = false;
  /** The message of a refused change, and the resource whose star it is about. */
  private feedback?: string;
  private feedbackFor?: string;
  /** Clicks waiting for the server: the state each star asked for last. */
  private pending = new Map<string, boolean>();
  private run = 0;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly locale: Locale; readonly renderRoot: ParentNode },
    private readonly use: FavoritesNeeds,
  ) {
    host.addController(this);
  }

  /** The element left the page: its requests are aborted, so no answer is awaited any more. */
  hostDisconnected(): void {
    this.pending.clear();
  }

  /** Takes the snapshot of favourites shown first (the list is computed again). */
  pin(): void {
    this.pinned = new Set(this.ids);
    this.host.requestUpdate();
  }

  /** Drops everything of the previous user; a load on its way is ignored. */
  forget(): void {
    this.run++;
    this.ids = new Set();
    this.pinned = new Set();
    this.pending.clear();
    this.feedback = undefined;
    this.failed = false;
    this.host.requestUpdate();
  }

  /** Loads the favourites (`fresh`: a new user, nothing to show meanwhile). */
  async load(fresh: boolean): Promise<void> {
    const run = ++this.run;
    const key = this.use.key();
    let favorites: string[] | undefined;
    let failed = false;
    this.loading = fresh;
    try {
      const { api, signal } = this.use.io();
      const body = await api.get('/mediacentre/favorites', { signal });
      favorites = Array.isArray(body?.favorites) ? body.favorites.filter((id): id is string => typeof id === 'string') : [];
      writeStored(key, favorites);
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      logError('gar-mediacentre', error);
      const cached = readStored<string[]>(key);
      favorites = Array.isArray(cached?.value) ? cached.value : [];
      failed = !cached;
    }
    if (run !== this.run) return;
    this.loading = false;
    this.ids = new Set(favorites);
    this.pinned = new Set(favorites);
    this.failed = failed;
    this.host.requestUpdate();
  }

  /** Stars or unstars a resource at once; the server's answer confirms it, or it is rolled back with a message. */
  async toggle(resource: Resource): Promise<void> {
    const id = resource.id;
    const wanted = !this.ids.has(id);
    const host = this.host;
    const params = { title: resource.title };
    this.pending.set(id, wanted);
    this.feedback = undefined;
    this.ids = withFavorite(this.ids, id, wanted);
    host.requestUpdate();
    try {
      const { api, signal } = this.use.io();
      const options = { path: { idRessource: id }, signal };
      const body = wanted
        ? await api.put('/mediacentre/favorites/{idRessource}', options)
        : await api.delete('/mediacentre/favorites/{idRessource}', options);
      if (this.pending.get(id) !== wanted) return; // a later click on the same star wins
      this.pending.delete(id);
      let next = new Set(Array.isArray(body?.favorites) ? body.favorites : [...this.ids]);
      next = withFavorite(next, id, wanted);
      for (const [other, state] of this.pending) next = withFavorite(next, other, state);
      this.ids = next;
      writeStored(this.use.key(), [...next]);
      this.use.saved(resource, wanted, this.use.t(wanted ? 'favoriteAdded' : 'favoriteRemoved', params));
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      if (this.pending.get(id) !== wanted) return;
      this.pending.delete(id);
      logError('gar-mediacentre', error);
      this.ids = withFavorite(this.ids, id, !wanted);
      this.feedbackFor = id;
      this.feedback = this.use.t(wanted ? 'favoriteAddFailed' : 'favoriteRemoveFailed', { ...params, message: errorMessage(host.locale, error) });
    }
    host.requestUpdate();
  }

  /** The message of a refused change (an alert: it arrives while the page is open), with its close button. */
  renderFeedback(): TemplateResult | typeof nothing {
    return this.feedback
      ? html`<div class="notice feedback" role="alert">
          <span>${this.feedback}</span>
          <button type="button" class="button small" @click=${this.dismiss}>${this.use.t('dismiss')}</button>
        </div>`
      : nothing;
  }

  /** Closes the message; focus goes back to the star it was about (else to the search). */
  private dismiss = (): void => {
    this.feedback = undefined;
    this.host.requestUpdate();
    const root = this.host.renderRoot;
    const star = [...root.querySelectorAll<HTMLElement>('[part="favorite-button"]')].find((b) => b.dataset.id === this.feedbackFor);
    (star ?? root.querySelector<HTMLElement>('#q'))?.focus();
  };
}

function withFavorite(set: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
