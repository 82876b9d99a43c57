// <ent-tile-news>: the dynamic "actualités" tile of the ENT home page.
import { html, nothing, type PropertyValues } from 'lit';
import { ApiError } from '../shared/api/errors.js';
import type { Article, ArticleList, Tile } from '../shared/api/types.js';
import { EntElement } from '../shared/base-element.js';
import { emptyView, errorView, forbiddenView, heading, isolated, loadingView, logError, staleNotice, stateStyles } from '../shared/states.js';
import { readStored, storageKey, writeStored } from '../shared/storage.js';
import { tokens } from '../shared/tokens.js';
import { safeUrl } from '../shared/url.js';
import { feedArticles, feedSignature, parseIdList } from './articles.js';
import { readArticles, readTile } from './read.js';
import { tileMessages as t } from './messages.js';
import { renderArticle } from './render.js';
import { newsStyles } from './styles.js';

type Phase = 'loading' | 'ready' | 'error' | 'forbidden' | 'disabled';

type ArticleListBody = ArticleList;

export type { TileNewsOpenDetail } from '../shared/events.js';

/**
 * The latest articles of chosen rubriques, newest activity first. Settings come from a tile
 * (`tile-id`) or from `rubriques`/`limit`. Revalidates with ETag every `refresh-interval`
 * seconds while the page is visible.
 *
 * @summary Home-page news tile.
 * @event ent-tile-news-open - A reader follows an article link; cancelable (`preventDefault()` keeps the page, e.g. to open the article in the portal's own viewer). `detail`: `{ article }`.
 * @csspart tile - The section.
 * @csspart heading - The tile title.
 * @csspart article - One article card.
 * @csspart illustration - The illustration frame (680×383 aspect).
 * @csspart article-title - An article's heading.
 * @csspart article-link - The link on an article's title.
 * @csspart summary - An article's summary (3 lines at most).
 * @csspart rubrique - An article's rubrique.
 * @csspart date - An article's date.
 * @csspart all-link - The "Toutes les actualités" link.
 */
export class EntTileNews extends EntElement {
  static override styles = [tokens, stateStyles, newsStyles];

  static override properties = {
    tileId: { attribute: 'tile-id' },
    rubriques: {},
    limit: { type: Number },
    tileTitle: { attribute: 'tile-title' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    public: { type: Boolean, reflect: true },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    phase: { state: true },
    tile: { state: true },
    shown: { state: true },
    error: { state: true },
    staleSince: { state: true },
    announcement: { state: true },
    broken: { state: true },
    hiddenPrivate: { state: true },
    noRubrique: { state: true },
  };

  /** Id of the home-page tile whose settings (title, rubriques, limit) are used. */
  tileId?: string;

  /** Without `tile-id`: comma-separated rubrique ids. */
  rubriques?: string;

  /** Number of articles shown; wins over the tile's setting. Default 5. */
  limit?: number;

  /** Without `tile-id`: the tile's title (default "Actualités" / "News"). */
  tileTitle?: string;

  /** Level of the tile's heading (2–6); article titles are one level below. */
  headingLevel = 2;

  /** Public page: never shows a private article (also when nobody is signed in). */
  public = false;

  /** Seconds between ETag revalidations while the page is visible; 0 turns them off. */
  refreshInterval = 300;

  private phase: Phase = 'loading';
  private tile?: Tile;
  private shown: Article[] = [];
  private error?: unknown;
  private staleSince?: string;
  private announcement = '';
  private broken = new Set<string>();
  private hiddenPrivate = false;
  private noRubrique = false;

  private list?: ArticleListBody;
  /** The answer `list` was read from (a 304 answers the same object). */
  private body?: unknown;
  private allArticlesUrl?: string;
  private publicOnly = true;
  private savedAt?: string;
  private seq = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private hiddenByTile = false;

  /** Resolves when the current load or revalidation has settled (for tests and hosts). */
  loaded: Promise<void> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    document.addEventListener('ent-tile-settings-saved', this.onSettingsSaved);
    if (this.hasUpdated) this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    document.removeEventListener('ent-tile-settings-saved', this.onSettingsSaved);
    this.clearTimer();
  }

  // Loading starts before the render (willUpdate), so that its skeleton is part of this update:
  // started from updated(), it would schedule a second render for every change.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const inputs = ['tileId', 'rubriques', 'limit', 'public', 'apiBase', 'headers', 'providedClient'] as const;
    if (!this.hasLoaded || inputs.some((name) => changed.has(name as keyof EntTileNews))) {
      this.hasLoaded = true;
      void this.reload();
    } else if (changed.has('refreshInterval')) {
      this.schedule();
    }
  }
  private hasLoaded = false;

  /** Loads from scratch (skeleton first). */
  reload(): Promise<void> {
    return (this.loaded = this.load(true));
  }

  /** Revalidates now (ETag: an unchanged feed costs a 304 and no re-render). */
  refresh(): Promise<void> {
    return (this.loaded = this.load(false));
  }

  private onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') {
      this.clearTimer();
    } else if (this.phase !== 'loading') {
      void this.refresh();
    }
  };

  /** An admin saved this tile's settings on the same page: show them at once. */
  private onSettingsSaved = (event: Event): void => {
    const tile = (event as CustomEvent<{ tile?: Tile }>).detail?.tile;
    if (tile && this.tileId && tile.id === this.tileId) void this.refresh();
  };

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.clearTimer();
    const seconds = Number(this.refreshInterval);
    if (!this.isConnected || document.visibilityState === 'hidden' || !(seconds > 0)) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, seconds * 1000);
  }

  private get storeKey(): string {
    return storageKey('ent-tile-news', this.me?.id, this.tileId ? `tile:${this.tileId}` : `rubriques:${this.rubriques ?? ''}`);
  }

  private async load(initial: boolean): Promise<void> {
    const seq = ++this.seq;
    this.clearTimer();
    if (initial) {
      this.phase = 'loading';
      this.list = undefined;
      this.staleSince = undefined;
    }
    try {
      let tile: Tile | undefined;
      if (this.tileId) {
        tile = readTile(await this.api.get('/home/tiles/{tileId}', { path: { tileId: this.tileId }, signal: this.signal }));
        if (seq !== this.seq) return;
        this.tile = tile;
        if (tile.disabled) {
          this.setDisabled(true);
          return;
        }
      } else {
        this.tile = undefined;
      }
      this.setDisabled(false);
      const rubriques = tile ? (tile.rubriques ?? []) : parseIdList(this.rubriques);
      const limit = validLimit(this.limit) ?? validLimit(tile?.limit) ?? 5;
      if (rubriques.length === 0) {
        this.noRubrique = true;
        this.list = undefined;
        this.shown = [];
        this.phase = 'ready';
        return;
      }
      this.noRubrique = false;
      const [session, body] = await Promise.all([
        this.public ? undefined : this.ensureSession(),
        this.api.get('/news/articles', { query: { rubriques, limit }, signal: this.signal }),
      ]);
      if (seq !== this.seq) return;
      // A 304 answers the very same body: read it once.
      const list = body === this.body && this.list ? this.list : readArticles(body);
      this.body = body;
      this.apply(list, this.public || session?.status !== 'signed-in', limit);
    } catch (error) {
      if (seq !== this.seq || (error instanceof ApiError && error.kind === 'aborted')) return;
      this.fail(error);
    } finally {
      if (seq === this.seq) this.schedule();
    }
  }

  private apply(list: ArticleListBody, publicOnly: boolean, limit: number): void {
    this.savedAt = new Date().toISOString();
    this.staleSince = undefined;
    this.error = undefined;
    // A 304 answers the very same object: nothing changed, nothing to render.
    if (list === this.list && publicOnly === this.publicOnly && this.phase === 'ready') return;
    const next = feedArticles(list.articles, { publicOnly, limit });
    const changed = this.list !== undefined && feedSignature(next) !== feedSignature(this.shown);
    this.list = list;
    this.publicOnly = publicOnly;
    this.allArticlesUrl = safeUrl(list.allArticlesUrl);
    this.hiddenPrivate = publicOnly && next.length === 0 && list.articles.some((a) => a.visibility === 'private');
    this.shown = next;
    this.phase = 'ready';
    if (changed) this.announce(t(this.locale, 'feedUpdated'));
    writeStored(this.storeKey, { articles: next, allArticlesUrl: this.allArticlesUrl });
  }

  private fail(error: unknown): void {
    logError('ent-tile-news', error);
    if (error instanceof ApiError && (error.kind === 'forbidden' || error.kind === 'unauthorized')) {
      this.phase = 'forbidden';
      return;
    }
    if (this.phase === 'ready' && this.list) {
      // Keep the last good list, say it may be out of date.
      this.staleSince = this.savedAt;
      return;
    }
    const stored = readStored<{ articles: Article[]; allArticlesUrl?: string }>(this.storeKey);
    if (stored && Array.isArray(stored.value.articles) && stored.value.articles.length > 0) {
      this.shown = feedArticles(stored.value.articles, { publicOnly: this.public || !this.me, limit: validLimit(this.limit) });
      this.allArticlesUrl = safeUrl(stored.value.allArticlesUrl);
      this.staleSince = stored.savedAt;
      this.phase = 'ready';
      return;
    }
    this.error = error;
    this.phase = 'error';
  }

  private setDisabled(disabled: boolean): void {
    if (disabled) {
      this.phase = 'disabled';
      if (!this.hidden) {
        this.hidden = true;
        this.hiddenByTile = true;
      }
    } else if (this.hiddenByTile) {
      this.hidden = false;
      this.hiddenByTile = false;
    }
  }

  private announce(message: string): void {
    // Cleared first so that the same sentence is announced again next time.
    this.announcement = '';
    requestAnimationFrame(() => {
      this.announcement = message;
    });
  }

  private onImageError = (article: Article): void => {
    this.broken = new Set(this.broken).add(article.id);
  };

  private onLinkClick = (event: MouseEvent, article: Article): void => {
    if (!this.emit('ent-tile-news-open', { article }, true)) event.preventDefault();
  };

  private retry = (): void => {
    void (this.phase === 'ready' ? this.refresh() : this.reload());
  };

  private renderBody() {
    const locale = this.locale;
    switch (this.phase) {
      case 'loading':
        return loadingView(locale, 6);
      case 'forbidden':
        return forbiddenView(locale, t(locale, 'forbiddenDetail'));
      case 'error':
        return errorView({ locale, error: this.error, onRetry: this.retry });
      default:
        break;
    }
    if (this.shown.length === 0) {
      if (this.noRubrique) return emptyView({ title: t(locale, 'noRubriqueTitle'), detail: t(locale, 'noRubriqueDetail') });
      return emptyView({ title: t(locale, 'emptyTitle'), detail: t(locale, this.hiddenPrivate ? 'emptyPublicDetail' : 'emptyDetail') });
    }
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel || 2)) + 1);
    return html`${this.staleSince ? staleNotice(locale, this.staleSince, this.retry) : nothing}
      <ul class="list" role="list">
        ${this.shown.map(
          (article) =>
            html`<li>
              ${isolated(
                'ent-tile-news',
                () =>
                  renderArticle(article, {
                    locale,
                    level,
                    broken: this.broken.has(article.id),
                    onImageError: this.onImageError,
                    onLinkClick: this.onLinkClick,
                  }),
                // One article that cannot be drawn does not take the others down.
                () => html`<p class="unreadable">${t(locale, 'unreadable')}</p>`,
              )}
            </li>`,
        )}
      </ul>`;
  }

  protected override render() {
    if (this.phase === 'disabled') return nothing;
    const locale = this.locale;
    const title = (this.tileId ? this.tile?.title : this.tileTitle)?.trim() || t(locale, 'newsDefaultTitle');
    const all = this.phase === 'ready' && this.allArticlesUrl;
    return html`<section class="tile" part="tile" aria-labelledby="tile-title" aria-busy=${this.phase === 'loading' ? 'true' : 'false'}>
      ${heading(this.headingLevel, html`<span id="tile-title">${title}</span>`, 'tile-heading')}
      <div class="wrap">${this.renderBody()}</div>
      ${all ? html`<a class="all" part="all-link" href=${all}>${t(locale, 'allArticles')}</a>` : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }
}

/** The contract accepts 1–50 articles; anything else (NaN, 0, "abc") falls back to the default. */
function validLimit(value: unknown): number | undefined {
  const n = Number(value);
  return value !== undefined && value !== null && value !== '' && Number.isInteger(n) && n >= 1 && n <= 50 ? n : undefined;
}
