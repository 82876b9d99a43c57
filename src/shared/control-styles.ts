// What every widget draws the same way, over the tokens: the focus ring, links, buttons
// (plain and primary, pressed when disabled), text kept for screen readers only.
import { css } from 'lit';

export const controlStyles = css`
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
