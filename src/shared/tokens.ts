// Design tokens. Pages theme the widgets only through these documented `--ent-…` custom
// properties (and ::part). Each widget reads them through private `--_…` variables that carry
// the defaults, so the fallbacks live in one place. Default colours meet WCAG AA on white.
// `tokens` is what every widget adopts first: the host's tokens and box, then the controls
// every widget draws the same way (focus ring, links, buttons, text for screen readers only).
// One stylesheet: split in two, it cost the médiacentre bytes its budget does not have.
import { css } from 'lit';

export const tokens = css`
  :host {
    --_font: var(--ent-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_text: var(--ent-color-text, #1e1e1e);
    --_muted: var(--ent-color-text-muted, #575757);
    --_bg: var(--ent-color-background, #ffffff);
    --_surface: var(--ent-color-surface, #f4f6fa);
    --_border: var(--ent-color-border, #767676);
    --_divider: var(--ent-color-divider, #dcdfe5);
    --_accent: var(--ent-color-accent, #1d4ed8);
    --_accent-hover: var(--ent-color-accent-hover, #1e3a8a);
    --_on-accent: var(--ent-color-on-accent, #ffffff);
    --_focus: var(--ent-color-focus, #1d4ed8);
    --_success: var(--ent-color-success, #17683a);
    --_warning: var(--ent-color-warning, #8a4600);
    --_danger: var(--ent-color-danger, #b3261e);
    --_info: var(--ent-color-info, #1d4ed8);
    --_radius: var(--ent-radius, 0.375em);
    --_space: var(--ent-space, 0.5em);
    --_shadow: var(--ent-shadow, 0 1px 2px rgb(0 0 0 / 0.12), 0 1px 3px rgb(0 0 0 / 0.08));
    --_skeleton: var(--ent-color-skeleton, #e4e7ec);

    /* Host pages style our tag with rules we do not control, sometimes "* { … !important }":
       what would leak in by inheritance or reshape our box is fixed here (an !important inside
       the shadow tree wins over the page's). Theming goes through the --ent-* properties. */
    display: block !important;
    box-sizing: border-box !important;
    margin: 0 !important;
    padding: 0 !important;
    /* medium: the reader's own browser setting, whatever the page does to its root font size. */
    font: normal normal 400 var(--ent-font-size, medium) / 1.5 var(--_font) !important;
    color: var(--_text) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    cursor: auto !important;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  a:hover {
    color: var(--_accent-hover);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2.5em;
    padding: 0.375em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface);
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button.primary:hover {
    background: var(--_accent-hover);
    border-color: var(--_accent-hover);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
