// The three kinds' icons: inline SVG, decorative (the kind is also written in words).
import { html, svg, type TemplateResult } from 'lit';
import type { AnnouncementKind } from '../shared/api/types.js';

const paths: Record<AnnouncementKind, TemplateResult> = {
  // A circle with an "i".
  information: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 10.5v6.5M12 7v.5" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/>`,
  // A triangle with "!".
  avertissement: svg`<path d="M12 2.8 22 20.5H2Z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M12 9.5v5M12 17.5v.2" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/>`,
  // An octagon with "!".
  alerte: svg`<path d="M8 2h8l6 6v8l-6 6H8l-6-6V8Z" fill="currentColor"/><path class="knockout" d="M12 6.5v7M12 17v.2" stroke="#fff" stroke-width="2.4" stroke-linecap="round"/>`,
};

export function kindIcon(kind: AnnouncementKind): TemplateResult {
  return html`<svg class="kind-icon" part="kind-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">${paths[kind] ?? paths.information}</svg>`;
}

export const externalIcon = html`<svg class="external-icon" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false"><path d="M14 4h6v6M20 4l-9 9M18 14v6H4V6h6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
