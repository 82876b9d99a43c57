// <ent-tile-settings>: the admin form of a home-page tile (news feed or banner), with a live
// preview that reuses <ent-tile-news> / <ent-tile-banner> and warnings about illustrations.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { newIdempotencyKey } from '../shared/api/client.js';
import { ApiError } from '../shared/api/errors.js';
import { bool, opt, readList, readOne, text } from '../shared/api/read.js';
import type { Article, Rubrique, Tile, TileSettings, Upload } from '../shared/api/types.js';
import { EntElement } from '../shared/base-element.js';
import { controlValue, field, fieldError, fieldWiring, wired } from '../shared/field.js';
import { errorMessage, errorView, forbiddenView, heading, loadingView, logError, signedOutView, stateStyles } from '../shared/states.js';
import { tokens } from '../shared/tokens.js';
import { safeImageUrl } from '../shared/url.js';
import { readArticles, readTile } from './read.js';
import { renderPreview } from './settings-preview.js';
import { settingsStyles } from './settings-styles.js';
import { settingsMessages as t } from './settings-messages.js';

type Phase = 'loading' | 'ready' | 'error' | 'forbidden' | 'signed-out';
type Field = 'title' | 'rubriques' | 'limit' | 'imageUrl' | 'imageFile' | 'alt' | 'articleId' | 'disabled';

export interface Draft {
  title: string;
  disabled: boolean;
  rubriques: string[];
  limit: string;
  imageUrl: string;
  alt: string;
  width?: number;
  height?: number;
  articleId: string;
}

export type { TileSettingsSavedDetail } from '../shared/events.js';

/** Rubriques listed at first, and added by each "show more". */
const RUBRIQUES_PAGE = 100;
const rubrique = { id: text, name: text, blogEnabled: opt(bool) };

/** Maps a field path of a 422 (`rubriques[0]`, `image.url`) to the form field that shows it. */
export function fieldOf(path: string): Field | undefined {
  if (path === 'title' || path === 'limit' || path === 'disabled' || path === 'articleId') return path;
  if (path === 'rubriques' || path.startsWith('rubriques[') || path.startsWith('rubriques.')) return 'rubriques';
  if (path === 'image' || path.startsWith('image.url') || path.startsWith('image.width') || path.startsWith('image.height')) return 'imageUrl';
  if (path.startsWith('image.alt')) return 'alt';
  return undefined;
}

const MAX_ARTICLES = 50;

/**
 * The settings form of one home-page tile, for ENT admins. News tiles: rubriques (blog
 * enabled only; private ones flagged), number of articles, title. Banner: image (URL or
 * upload), alternative text, linked article. Both: disable. Saves with `PUT`.
 *
 * @summary Home-page tile settings (admins).
 * @event ent-tile-settings-saved - The settings were saved; `detail`: `{ tile }` as the server answered it.
 * @csspart form - The form.
 * @csspart preview - The live preview.
 * @csspart warnings - Illustration warnings.
 * @csspart save-button - The save button.
 */
export class EntTileSettings extends EntElement {
  static override properties = {
    tileId: { attribute: 'tile-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    phase: { state: true },
    tile: { state: true },
    rubriqueList: { state: true },
    rubriquesShown: { state: true },
    articleChoices: { state: true },
    draft: { state: true },
    errors: { state: true },
    saving: { state: true },
    uploading: { state: true },
    message: { state: true },
    feed: { state: true },
    loadError: { state: true },
  };

  static override styles = [tokens, stateStyles, settingsStyles];

  /** Id of the tile to edit. */
  tileId?: string;

  /** Level of the form's heading (2–6). */
  headingLevel = 2;

  private phase: Phase = 'loading';
  private tile?: Tile;
  private rubriqueList: Rubrique[] = [];
  /** Rubriques listed ("show more" adds a page): thousands of checkboxes would hold the page. */
  private rubriquesShown = RUBRIQUES_PAGE;
  private articleChoices: Article[] = [];
  private draft: Draft = { title: '', disabled: false, rubriques: [], limit: '5', imageUrl: '', alt: '', articleId: '' };
  private errors = new Map<Field, string>();
  private saving = false;
  private uploading = false;
  private message?: { kind: 'success' | 'failure'; text: string };
  private feed: Article[] = [];
  private loadError?: unknown;

  private seq = 0;
  private feedSeq = 0;
  private feedTimer?: ReturnType<typeof setTimeout>;
  private uploadKey?: { file: File; key: string };

  /** Resolves when the current load has settled. */
  loaded: Promise<void> = Promise.resolve();
  /** Resolves when the warnings' feed has been fetched for the current draft. */
  feedLoaded: Promise<void> = Promise.resolve();

  // Loading starts before the render (from updated(), it would schedule a second one).
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const keys = changed as Map<PropertyKey, unknown>;
    if (['tileId', 'apiBase', 'providedClient'].some((key) => keys.has(key)) && this.tileId) void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.feedTimer);
  }

  reload(): Promise<void> {
    return (this.loaded = this.load());
  }

  private async load(): Promise<void> {
    const seq = ++this.seq;
    this.phase = 'loading';
    try {
      const session = await this.ensureSession();
      if (seq !== this.seq) return;
      if (session.status === 'anonymous') {
        this.phase = 'signed-out';
        return;
      }
      if (session.status === 'signed-in' && session.me.profile !== 'admin' && !session.me.roles?.includes('admin-ent')) {
        this.phase = 'forbidden';
        return;
      }
      const tile = readTile(await this.api.get('/home/tiles/{tileId}', { path: { tileId: this.tileId! }, signal: this.signal }));
      const [rubriques, articles] = await Promise.all([
        tile.type === 'news' ? this.api.get('/news/rubriques', { signal: this.signal }) : undefined,
        tile.type === 'banner' ? this.api.get('/news/articles', { query: { limit: MAX_ARTICLES }, signal: this.signal }) : undefined,
      ]);
      if (seq !== this.seq) return;
      this.tile = tile;
      this.rubriqueList = readList<Rubrique>('GET /news/rubriques', rubriques ? rubriques.rubriques : [], rubrique).filter((candidate) => candidate.blogEnabled === true);
      this.articleChoices = articles ? readArticles(articles).articles : [];
      this.draft = draftOf(tile);
      this.errors = new Map();
      this.phase = 'ready';
      if (tile.type === 'news') this.scheduleFeed(0);
    } catch (error) {
      if (seq !== this.seq || (error instanceof ApiError && error.kind === 'aborted')) return;
      logError('ent-tile-settings', error);
      this.loadError = error;
      this.phase = error instanceof ApiError && error.kind === 'forbidden' ? 'forbidden' : error instanceof ApiError && error.kind === 'unauthorized' ? 'signed-out' : 'error';
    }
  }

  /** Fetches the draft's feed (debounced) for the illustration warnings. */
  private scheduleFeed(delay = 300): void {
    clearTimeout(this.feedTimer);
    let resolve!: () => void;
    this.feedLoaded = new Promise((done) => (resolve = done));
    this.feedTimer = setTimeout(() => void this.loadFeed().finally(resolve), delay);
  }

  private async loadFeed(): Promise<void> {
    const seq = ++this.feedSeq;
    const limit = Number(this.draft.limit);
    if (this.draft.rubriques.length === 0 || !Number.isInteger(limit) || limit < 1 || limit > 20) {
      this.feed = [];
      return;
    }
    try {
      const list = await this.api.get('/news/articles', { query: { rubriques: this.draft.rubriques, limit }, signal: this.signal });
      if (seq === this.feedSeq) this.feed = readArticles(list).articles;
    } catch (error) {
      logError('ent-tile-settings', error);
    }
  }

  private setField<K extends keyof Draft>(key: K, value: Draft[K]): void {
    // A new image's pixel size is not the old one's.
    this.draft = { ...this.draft, ...(key === 'imageUrl' ? { width: undefined, height: undefined } : {}), [key]: value };
    this.message = undefined;
    if (key === 'rubriques' || key === 'limit') this.scheduleFeed();
  }

  /** What an input or select does to the draft's text field `key`. */
  private typed(key: 'title' | 'limit' | 'imageUrl' | 'alt' | 'articleId'): (event: Event) => void {
    return (event) => this.setField(key, controlValue(event));
  }

  private toggleRubrique(id: string, checked: boolean): void {
    const ids = this.draft.rubriques.filter((chosen) => chosen !== id);
    this.setField('rubriques', checked ? [...ids, id] : ids);
  }

  private validate(): Map<Field, string> {
    const locale = this.locale;
    const errors = new Map<Field, string>();
    const title = this.draft.title.trim();
    if (!title) errors.set('title', t(locale, 'titleRequired'));
    else if (title.length > 80) errors.set('title', t(locale, 'titleTooLong'));
    if (this.tile?.type === 'news') {
      if (this.draft.rubriques.length === 0) errors.set('rubriques', t(locale, 'rubriquesRequired'));
      const limit = Number(this.draft.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 20) errors.set('limit', t(locale, 'limitInvalid'));
    } else if (this.draft.imageUrl.trim() && !safeImageUrl(this.draft.imageUrl.trim())) {
      errors.set('imageUrl', t(locale, 'imageUrlInvalid'));
    }
    return errors;
  }

  private body(): TileSettings {
    const tile = this.tile!;
    const draft = this.draft;
    const base = { type: tile.type, title: draft.title.trim(), disabled: draft.disabled };
    if (tile.type === 'news') return { ...base, rubriques: draft.rubriques, limit: Number(draft.limit) };
    const url = draft.imageUrl.trim();
    return {
      ...base,
      ...(url
        ? { image: { url, alt: draft.alt.trim(), ...(draft.width ? { width: draft.width } : {}), ...(draft.height ? { height: draft.height } : {}) } }
        : {}),
      articleId: draft.articleId || null,
    };
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving || !this.tile) return;
    const errors = this.validate();
    this.errors = errors;
    if (errors.size > 0) {
      this.message = { kind: 'failure', text: t(this.locale, 'invalidSummary') };
      await this.updateComplete;
      this.focusFirstInvalid();
      return;
    }
    this.saving = true;
    this.message = undefined;
    try {
      const tile = readTile(await this.api.put('/home/tiles/{tileId}', { path: { tileId: this.tile.id }, body: this.body(), signal: this.signal }));
      this.tile = tile;
      this.errors = new Map();
      this.message = { kind: 'success', text: t(this.locale, 'saved') };
      this.emit('ent-tile-settings-saved', { tile });
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      logError('ent-tile-settings', error);
      this.message = { kind: 'failure', text: this.failureText(error) };
      if (error instanceof ApiError && error.kind === 'invalid') {
        const fieldErrors = new Map<Field, string>();
        for (const [path, fieldError] of error.fieldErrors) {
          const field = fieldOf(path);
          if (field && !fieldErrors.has(field)) fieldErrors.set(field, fieldError.message);
        }
        this.errors = fieldErrors;
        await this.updateComplete;
        this.focusFirstInvalid();
      }
    } finally {
      this.saving = false;
    }
  }

  private failureText(error: unknown): string {
    const locale = this.locale;
    if (error instanceof ApiError) {
      if (error.kind === 'forbidden') return t(locale, 'settingsForbidden');
      if (error.kind === 'invalid' && error.fieldErrors.size > 0) return t(locale, 'invalidSummary');
    }
    return `${t(locale, 'saveFailed')} ${errorMessage(locale, error)}`;
  }

  private focusFirstInvalid(): void {
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const errors = new Map(this.errors);
    errors.delete('imageFile');
    this.errors = errors;
    this.uploading = true;
    // Retrying the same file reuses its key: the server never stores it twice.
    if (this.uploadKey?.file !== file) this.uploadKey = { file, key: newIdempotencyKey() };
    const form = new FormData();
    form.append('file', file);
    form.append('purpose', 'illustration');
    try {
      const [upload, size] = await Promise.all([
        this.api.post('/uploads', { formData: form, idempotencyKey: this.uploadKey.key, signal: this.signal }).then((body) => readOne<Upload>('POST /uploads', body, { url: text, name: text })),
        imageSize(file),
      ]);
      // The old image's description does not describe the new one: the admin writes another.
      this.draft = { ...this.draft, imageUrl: upload.url, alt: '', width: size?.width, height: size?.height };
      this.message = { kind: 'success', text: t(this.locale, 'uploaded', { name: upload.name }) };
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      logError('ent-tile-settings', error);
      this.errors = new Map(this.errors).set('imageFile', errorMessage(this.locale, error));
    } finally {
      this.uploading = false;
    }
  }

  // ------------------------------------------------------------------------------------------
  // Rendering

  private moreRubriques(): TemplateResult | typeof nothing {
    const left = this.rubriqueList.length - this.rubriquesShown;
    if (left <= 0) return nothing;
    return html`<button
      type="button"
      class="button more"
      @click=${async () => {
        const first = this.rubriquesShown;
        this.rubriquesShown += RUBRIQUES_PAGE;
        await this.updateComplete;
        this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="rubrique"]')[first]?.focus();
      }}
    >
      ${t(this.locale, 'moreRubriques', { count: Math.min(left, RUBRIQUES_PAGE), left })}
    </button>`;
  }

  /** A field of the form: `id` is the draft's field, `hint` its hint's key, if any. */
  private formField(id: Field, label: string, hint: string | undefined, control: Parameters<typeof field>[1], extra?: unknown): TemplateResult {
    return field({ id, label, hint, error: this.errors.get(id), extra }, control);
  }

  private renderTitleField() {
    const locale = this.locale;
    return this.formField('title', t(locale, 'fieldTitle'), t(locale, 'fieldTitleHint'), (wire) =>
      html`<input ${wire} type="text" maxlength="80" required .value=${this.draft.title} @input=${this.typed('title')} />`,
    );
  }

  private renderDisabledField() {
    const error = this.errors.get('disabled');
    return html`<div class="field">
      <label class="check"
        ><input
          ${wired(fieldWiring({ id: 'disabled', label: '', error }))}
          type="checkbox"
          .checked=${this.draft.disabled}
          @change=${(e: Event) => this.setField('disabled', (e.target as HTMLInputElement).checked)}
        />${t(this.locale, 'fieldDisabled')}</label
      >
      ${fieldError('disabled', error)}
    </div>`;
  }

  private renderNewsFields() {
    const locale = this.locale;
    const rubriquesError = this.errors.get('rubriques');
    return html`<fieldset>
      <legend>${t(locale, 'settingsNewsLegend')}</legend>
      ${this.renderTitleField()}
      <fieldset ${wired(fieldWiring({ id: 'rubriques', label: '', hint: true, error: rubriquesError }))} tabindex="-1">
        <legend>${t(locale, 'fieldRubriques')}</legend>
        <p class="hint" id="rubriques-hint">${t(locale, 'fieldRubriquesHint')}</p>
        ${this.rubriqueList.length === 0
          ? html`<p>${t(locale, 'noBlogRubrique')}</p>`
          : html`<ul class="checks" role="list">
              ${this.rubriqueList.slice(0, this.rubriquesShown).map(
                (item) => html`<li>
                  <label class="check"
                    ><input
                      type="checkbox"
                      name="rubrique"
                      value=${item.id}
                      .checked=${this.draft.rubriques.includes(item.id)}
                      @change=${(e: Event) => this.toggleRubrique(item.id, (e.target as HTMLInputElement).checked)}
                    /><span
                      >${item.name}${item.visibility === 'private' ? html` <span class="tag">${t(locale, 'privateRubrique')}</span>` : nothing}</span
                    ></label
                  >
                </li>`,
              )}
            </ul>
            ${this.moreRubriques()}`}
        ${fieldError('rubriques', rubriquesError)}
      </fieldset>
      ${this.formField('limit', t(locale, 'fieldLimit'), t(locale, 'fieldLimitHint'), (wire) =>
        html`<input ${wire} type="number" min="1" max="20" step="1" inputmode="numeric" .value=${this.draft.limit} @input=${this.typed('limit')} />`,
      )}
      ${this.renderDisabledField()}
    </fieldset>`;
  }

  private renderBannerFields() {
    const locale = this.locale;
    return html`<fieldset>
      <legend>${t(locale, 'settingsBannerLegend')}</legend>
      ${this.renderTitleField()}
      ${this.formField('imageUrl', t(locale, 'fieldImageUrl'), t(locale, 'fieldImageUrlHint'), (wire) =>
        html`<input ${wire} type="url" .value=${this.draft.imageUrl} @input=${this.typed('imageUrl')} />`,
      )}
      ${this.formField('imageFile', t(locale, 'fieldImageFile'), t(locale, 'fieldImageFileHint'), (wire) =>
        html`<input ${wire} type="file" accept="image/png,image/jpeg,image/gif,image/webp" ?disabled=${this.uploading} @change=${(e: Event) => void this.upload(e)} />
          ${this.uploading ? html`<p class="hint" role="status">${t(locale, 'uploading')}</p>` : nothing}`,
      )}
      ${this.formField('alt', t(locale, 'fieldAlt'), t(locale, 'fieldAltHint'), (wire) =>
        html`<input ${wire} type="text" .value=${this.draft.alt} @input=${this.typed('alt')} />`,
      )}
      ${this.formField('articleId', t(locale, 'fieldArticle'), undefined, (wire) =>
        html`<select ${wire} @change=${this.typed('articleId')}>
          <option value="" ?selected=${!this.draft.articleId}>${t(locale, 'noArticle')}</option>
          ${this.articleChoices.map((article) => html`<option value=${article.id} ?selected=${this.draft.articleId === article.id}>${article.title}</option>`)}
        </select>`,
      )}
      ${this.renderDisabledField()}
    </fieldset>`;
  }

  protected override render() {
    const locale = this.locale;
    switch (this.phase) {
      case 'loading':
        return html`<div aria-busy="true">${loadingView(locale, 6)}</div>`;
      case 'forbidden':
        return forbiddenView(locale, t(locale, 'settingsForbidden'));
      case 'signed-out':
        return signedOutView(locale);
      case 'error':
        return errorView({ locale, error: this.loadError, onRetry: () => void this.reload() });
      default:
        break;
    }
    const tile = this.tile!;
    // While saving, the save button is aria-disabled, not disabled: a focused button that becomes
    // disabled drops the keyboard focus to <body> (save() ignores a second submit meanwhile).
    return html`<div class="layout">
      ${heading(this.headingLevel, t(locale, tile.type === 'news' ? 'settingsTitle.news' : 'settingsTitle.banner'))}
      <div class="columns">
        <form part="form" novalidate @submit=${(e: Event) => void this.save(e)}>
          ${tile.type === 'news' ? this.renderNewsFields() : this.renderBannerFields()}
          <div class="actions">
            <button
              class="button primary"
              part="save-button"
              type="submit"
              ?disabled=${this.uploading}
              aria-disabled=${this.saving ? 'true' : nothing}
            >
              ${t(locale, this.saving ? 'saving' : 'save')}
            </button>
          </div>
          <div role="status" aria-live="polite">
            ${this.message?.kind === 'success' ? html`<p class="message">${this.message.text}</p>` : nothing}
          </div>
          <div role="alert">
            ${this.message?.kind === 'failure' ? html`<p class="message failure">${this.message.text}</p>` : nothing}
          </div>
        </form>
        ${renderPreview({
          locale,
          tile,
          draft: this.draft,
          feed: this.feed,
          articles: this.articleChoices,
          apiBase: this.apiBase,
          headers: this.headers,
          level: Math.min(6, Math.max(2, this.headingLevel) + 1),
        })}
      </div>
    </div>`;
  }
}

function draftOf(tile: Tile): Draft {
  return {
    title: tile.title ?? '',
    disabled: tile.disabled === true,
    rubriques: [...(tile.rubriques ?? [])],
    limit: String(tile.limit ?? 5),
    imageUrl: tile.image?.url ?? '',
    alt: tile.image?.alt ?? '',
    width: tile.image?.width,
    height: tile.image?.height,
    articleId: tile.articleId ?? '',
  };
}

/** Pixel size of an image file, when the browser can decode it. */
async function imageSize(file: File): Promise<{ width: number; height: number } | undefined> {
  try {
    const bitmap = await createImageBitmap(file);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return undefined;
  }
}
