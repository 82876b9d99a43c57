// The state views every data widget shows: loading skeleton, empty, error with retry,
// offline/stale notice, forbidden and signed out. Functions returning templates (no extra
// elements, no extra shadow roots), styled by `stateStyles`.
import { css, html, nothing, type TemplateResult } from 'lit';
import { ApiError } from './api/errors.js';
import { formatDateTime } from './format.js';
import type { Locale } from './i18n.js';
import { sharedMessages as t } from './messages.js';

export const stateStyles = css`
  .state {
    padding: calc(var(--_space) * 3) calc(var(--_space) * 2);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state-title {
    margin: 0 0 var(--_space);
    font-size: 1.05em;
    font-weight: 700;
  }
  .state p {
    margin: 0 0 var(--_space);
  }
  .state.error {
    border-color: var(--_danger);
    border-left-width: 4px;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_warning);
    background: var(--_surface);
  }
  .skeleton {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .skeleton-line {
    height: 1em;
    border-radius: var(--_radius);
    background: var(--_skeleton);
    animation: pulse 1.6s ease-in-out infinite;
  }
  .skeleton-line:nth-child(3n + 2) {
    width: 80%;
  }
  .skeleton-line:nth-child(3n) {
    width: 60%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
    }
  }
`;

/** A skeleton with a spoken "Loading…"; put `aria-busy="true"` on the region being loaded. */
export function loadingView(locale: Locale, lines = 4): TemplateResult {
  return html`<div class="loading" part="loading" role="status">
    <span class="visually-hidden">${t(locale, 'loading')}</span>
    <div class="skeleton" aria-hidden="true">
      ${Array.from({ length: lines }, () => html`<div class="skeleton-line"></div>`)}
    </div>
  </div>`;
}

export interface EmptyViewOptions {
  title: string;
  /** Why it is empty and what to do about it. */
  detail?: string | TemplateResult;
  action?: TemplateResult;
}

export function emptyView({ title, detail, action }: EmptyViewOptions): TemplateResult {
  return html`<div class="state empty" part="empty">
    <p class="state-title">${title}</p>
    ${detail ? html`<p>${detail}</p>` : nothing} ${action ?? nothing}
  </div>`;
}

/** The localised sentence for an error; GAR error bodies keep the GAR's own message. */
export function errorMessage(locale: Locale, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.details.gar) return t(locale, 'error.gar', { message: error.details.gar.message });
    return t(locale, `error.${error.kind}`);
  }
  return t(locale, 'error.server');
}

/** Details for the vendor's developers, never personal data: kind, status, code, URL. */
export function logError(widget: string, error: unknown): void {
  if (error instanceof ApiError) {
    if (error.kind === 'aborted') return;
    console.warn(`[ent-widgets] <${widget}>: ${error.kind}`, {
      status: error.status,
      code: error.code,
      url: error.details.url,
      gar: error.details.gar?.code,
    });
  } else {
    console.warn(`[ent-widgets] <${widget}>:`, error);
  }
}

/**
 * One record of a list drawn by `draw`; when drawing it throws, `notice` stands in for it and
 * the others stay. The console says which widget, never the record's data.
 */
export function isolated<T>(widget: string, draw: () => T, notice: () => T): T {
  try {
    return draw();
  } catch (error) {
    console.warn(`[ent-widgets] <${widget}>: a record could not be drawn`, error instanceof Error ? error.name : '');
    return notice();
  }
}

export interface ErrorViewOptions {
  locale: Locale;
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

/**
 * An error that arrives after the page loaded: announced once through role="alert".
 * 401/403 get their own views (see `forbiddenView` / `signedOutView`).
 */
export function errorView({ locale, error, onRetry, title }: ErrorViewOptions): TemplateResult {
  return html`<div class="state error" part="error" role="alert">
    <p class="state-title">${title ?? t(locale, 'errorTitle')}</p>
    <p>${errorMessage(locale, error)}</p>
    ${onRetry ? html`<button type="button" class="button" part="retry-button" @click=${onRetry}>${t(locale, 'retry')}</button>` : nothing}
  </div>`;
}

/** Last good data is shown below this notice while the service cannot be reached. */
export function staleNotice(locale: Locale, savedAt: string | undefined, onRetry?: () => void): TemplateResult {
  return html`<div class="notice" part="stale-notice" role="status">
    <span>${t(locale, 'staleNotice', { date: savedAt ? formatDateTime(locale, savedAt) : '—' })}</span>
    ${onRetry ? html`<button type="button" class="button" @click=${onRetry}>${t(locale, 'retry')}</button>` : nothing}
  </div>`;
}

export function forbiddenView(locale: Locale, detail?: string): TemplateResult {
  return html`<div class="state forbidden" part="forbidden">
    <p class="state-title">${t(locale, 'forbiddenTitle')}</p>
    <p>${detail ?? t(locale, 'error.forbidden')}</p>
  </div>`;
}

export function signedOutView(locale: Locale): TemplateResult {
  return html`<div class="state signed-out" part="signed-out">
    <p class="state-title">${t(locale, 'signedOutTitle')}</p>
    <p>${t(locale, 'signedOut')}</p>
  </div>`;
}

/** Headings whose level the host page sets (`heading-level`), clamped to h2–h6. */
export function heading(level: number | undefined, content: unknown, className = '', part = 'heading'): TemplateResult {
  const n = Math.min(6, Math.max(2, Math.round(level ?? 2)));
  switch (n) {
    case 2:
      return html`<h2 class=${className} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part}>${content}</h5>`;
    default:
      return html`<h6 class=${className} part=${part}>${content}</h6>`;
  }
}
