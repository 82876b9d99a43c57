// <ent-tile-banner>: the "tuile haute" of the ENT home page — its title, a large image shown
// whole (never cropped), optionally linked to an article whose title and description sit on a
// white panel below it (beside it when wide): never over it, where it would hide the image's
// own text.
import { html, nothing, type PropertyValues } from 'lit';
import { ApiError } from '../shared/api/errors.js';
import type { Article, Tile } from '../shared/api/types.js';
import { EntElement } from '../shared/base-element.js';
import { errorView, forbiddenView, heading, loadingView, logError, stateStyles } from '../shared/states.js';
import { tokens } from '../shared/tokens.js';
import { isExternalUrl, safeImageUrl, safeUrl } from '../shared/url.js';
import { isGifUrl } from './articles.js';
import { tileMessages as t } from './messages.js';
import { readTile } from './read.js';
import { bannerStyles } from './styles.js';

type Phase = 'loading' | 'ready' | 'error' | 'forbidden' | 'hidden';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

export interface BannerView {
  title?: string;
  image?: Tile['image'];
  article?: Article;
}

/**
 * The banner tile from its settings (`tile-id`). Renders nothing (and sets `hidden`) when the
 * tile is disabled. An animated GIF gets a pause/play button (WCAG 2.2.2) and, under
 * `prefers-reduced-motion: reduce`, starts paused on a still frame of its first image.
 *
 * @summary Home-page banner tile.
 * @event ent-tile-banner-open - The reader follows the linked article; cancelable. `detail`: `{ article }`.
 * @csspart banner - The whole tile.
 * @csspart heading - The tile's title.
 * @csspart image - The image (or its still frame).
 * @csspart panel - The white panel with the linked article.
 * @csspart article-title - The linked article's heading.
 * @csspart article-link - The link to the article.
 * @csspart motion-button - Pause / play an animated image.
 */
export class EntTileBanner extends EntElement {
  static override styles = [tokens, stateStyles, bannerStyles];

  static override properties = {
    tileId: { attribute: 'tile-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    public: { type: Boolean, reflect: true },
    matchMedia: { attribute: false },
    view: { attribute: false },
    phase: { state: true },
    tile: { state: true },
    error: { state: true },
    reducedMotion: { state: true },
    playChoice: { state: true },
    broken: { state: true },
    showArticle: { state: true },
  };

  /** Id of the banner tile. */
  tileId?: string;

  /** Level of the tile's heading (2–6); the linked article's is one below. */
  headingLevel = 2;

  /** Public page: a private linked article is never shown (also when nobody is signed in). */
  public = false;

  /** Injection point for `window.matchMedia` (tests, hosts with their own motion setting). */
  matchMedia: (query: string) => MediaQueryList = (q) => window.matchMedia(q);

  /** Settings to show directly, without `tile-id` (the live preview of <ent-tile-settings>). */
  view?: BannerView;

  private phase: Phase = 'loading';
  private tile?: Tile;
  private error?: unknown;
  private reducedMotion = false;
  /** The reader's choice for an animated image; undefined = follow the motion preference. */
  private playChoice?: boolean;
  private broken = false;
  private showArticle = true;

  private motionQuery?: MediaQueryList;
  private seq = 0;
  private hiddenByTile = false;
  private drawn?: string;

  /** Resolves when the current load has settled. */
  loaded: Promise<void> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    this.watchMotion();
    document.addEventListener('ent-tile-settings-saved', this.onSettingsSaved);
    if (this.hasUpdated && this.tileId) this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.motionQuery?.removeEventListener('change', this.onMotionChange);
    this.motionQuery = undefined;
    document.removeEventListener('ent-tile-settings-saved', this.onSettingsSaved);
  }

  /** An admin saved this tile's settings on the same page: show them at once. */
  private onSettingsSaved = (event: Event): void => {
    const tile = (event as CustomEvent<{ tile?: Tile }>).detail?.tile;
    if (tile && this.tileId && tile.id === this.tileId) void this.reload();
  };

  private watchMotion(): void {
    this.motionQuery?.removeEventListener('change', this.onMotionChange);
    try {
      this.motionQuery = this.matchMedia(REDUCED_MOTION);
      this.reducedMotion = this.motionQuery.matches;
      this.motionQuery.addEventListener?.('change', this.onMotionChange);
    } catch {
      this.reducedMotion = false;
    }
  }

  private onMotionChange = (event: MediaQueryListEvent): void => {
    this.reducedMotion = event.matches;
  };

  /** True when an animated image is currently animating. */
  get animating(): boolean {
    return this.isAnimated && this.playing;
  }

  private get playing(): boolean {
    return this.playChoice ?? !this.reducedMotion;
  }

  private get image(): Tile['image'] | undefined {
    return this.view ? this.view.image : this.tile?.image;
  }

  private get tileTitle(): string | undefined {
    return (this.view ? this.view.title : this.tile?.title)?.trim() || undefined;
  }

  private get article(): Article | undefined {
    return this.view ? this.view.article : this.tile?.linkedArticle;
  }

  private get imageUrl(): string | undefined {
    return this.broken ? undefined : safeImageUrl(this.image?.url);
  }

  private get isAnimated(): boolean {
    const url = this.imageUrl;
    return url !== undefined && isGifUrl(url);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('matchMedia') && this.isConnected) this.watchMotion();
    if (changed.has('view') && this.view) {
      this.broken = false;
      this.phase = 'ready';
      void this.decideArticle();
    }
    // Loading starts before the render, so that its skeleton is part of this update (from
    // updated(), it would schedule a second render for every change).
    const keys = changed as Map<PropertyKey, unknown>;
    if (['tileId', 'apiBase', 'providedClient', 'public'].some((key) => keys.has(key)) && this.tileId) {
      void this.reload();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.drawStill();
  }

  reload(): Promise<void> {
    return (this.loaded = this.load());
  }

  private async load(): Promise<void> {
    const seq = ++this.seq;
    if (!this.tileId) return;
    this.phase = 'loading';
    try {
      const tile = readTile(await this.api.get('/home/tiles/{tileId}', { path: { tileId: this.tileId }, signal: this.signal }));
      if (seq !== this.seq) return;
      this.tile = tile;
      this.broken = false;
      await this.decideArticle();
      if (seq !== this.seq) return;
      this.phase = tile.disabled ? 'hidden' : 'ready';
    } catch (error) {
      if (seq !== this.seq || (error instanceof ApiError && error.kind === 'aborted')) return;
      logError('ent-tile-banner', error);
      this.error = error;
      this.phase = error instanceof ApiError && (error.kind === 'forbidden' || error.kind === 'unauthorized') ? 'forbidden' : 'error';
    }
  }

  /** A private linked article is shown only to a signed-in reader on a personal page. */
  private async decideArticle(): Promise<void> {
    const article = this.article;
    if (!article || article.visibility !== 'private') {
      this.showArticle = true;
      return;
    }
    if (this.public) {
      this.showArticle = false;
      return;
    }
    const session = await this.ensureSession();
    this.showArticle = session.status === 'signed-in';
  }

  private get visible(): boolean {
    if (this.phase === 'hidden') return false;
    if (this.phase !== 'ready') return true;
    if (!this.view && this.tile?.disabled) return false;
    return this.imageUrl !== undefined || !!this.panelArticle;
  }

  private get panelArticle(): Article | undefined {
    return this.showArticle ? this.article : undefined;
  }

  /** Draws the first frame of a paused animated image on the canvas. */
  private drawStill(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    const url = this.imageUrl;
    if (!canvas || !url || this.drawn === `${url}|${canvas.dataset.key}`) return;
    this.drawn = `${url}|${canvas.dataset.key}`;
    const img = new Image();
    img.decoding = 'async';
    img.onload = () => {
      canvas.width = img.naturalWidth || 1;
      canvas.height = img.naturalHeight || 1;
      canvas.getContext('2d')?.drawImage(img, 0, 0);
    };
    img.onerror = () => {
      this.broken = true;
    };
    img.src = url;
  }

  private toggleMotion = (): void => {
    this.playChoice = !this.playing;
    this.drawn = undefined;
  };

  private onLinkClick = (event: MouseEvent, article: Article): void => {
    if (!this.emit('ent-tile-banner-open', { article }, true)) event.preventDefault();
  };

  private renderImage() {
    const url = this.imageUrl;
    const image = this.image;
    if (!url || !image) return nothing;
    const alt = image.alt ?? '';
    const animated = this.isAnimated;
    const media =
      animated && !this.playing
        ? html`<canvas
            part="image"
            data-key=${String(this.seq)}
            role=${alt ? 'img' : nothing}
            aria-label=${alt || nothing}
            aria-hidden=${alt ? nothing : 'true'}
          ></canvas>`
        : html`<img
            part="image"
            src=${url}
            alt=${alt}
            width=${image.width ?? 2000}
            height=${image.height ?? 453}
            decoding="async"
            @error=${() => {
              this.broken = true;
            }}
          />`;
    return html`<div class="frame">
      ${media}
      ${animated
        ? html`<button type="button" class="button motion" part="motion-button" @click=${this.toggleMotion}>
            ${t(this.locale, this.playing ? 'pauseAnimation' : 'playAnimation')}
          </button>`
        : nothing}
    </div>`;
  }

  private renderPanel() {
    const article = this.panelArticle;
    if (!article) return nothing;
    const href = safeUrl(article.url);
    const title = href
      ? html`<a
          href=${href}
          part="article-link"
          rel=${isExternalUrl(href) ? 'noopener noreferrer' : nothing}
          @click=${(event: MouseEvent) => this.onLinkClick(event, article)}
          >${article.title}</a
        >`
      : article.title;
    return html`<div class="panel" part="panel">
      ${heading(this.headingLevel + (this.tileTitle ? 1 : 0), title, 'panel-title', 'article-title')}
      ${article.summary ? html`<p>${article.summary}</p>` : nothing}
    </div>`;
  }

  protected override render() {
    const locale = this.locale;
    const visible = this.visible;
    if (!this.view) this.syncHidden(!visible);
    if (!visible) return nothing;
    switch (this.phase) {
      case 'loading':
        return html`<div class="banner" aria-busy="true">${loadingView(locale, 2)}</div>`;
      case 'error':
        return errorView({ locale, error: this.error, onRetry: () => void this.reload() });
      case 'forbidden':
        return forbiddenView(locale);
      default:
        return html`<div class="banner" part="banner">
          ${this.tileTitle ? heading(this.headingLevel, this.tileTitle, 'tile-heading') : nothing}
          <div class="stack">${this.renderImage()}${this.renderPanel()}</div>
        </div>`;
    }
  }

  private syncHidden(hide: boolean): void {
    if (hide && !this.hidden) {
      this.hidden = true;
      this.hiddenByTile = true;
    } else if (!hide && this.hiddenByTile) {
      this.hidden = false;
      this.hiddenByTile = false;
    }
  }
}
