import { css } from 'lit';

export const mediacentreStyles = css`
  :host {
    container-type: inline-size;
    --_thumb-ratio: var(--ent-mediacentre-thumbnail-ratio, 3 / 2);
    --_card-min: var(--ent-mediacentre-card-min-width, 15em);
  }
  .filters {
    display: contents;
  }
  .filters-toggle {
    display: none;
  }
  /* A narrow widget (phone, side column): filters behind a disclosure, search always visible. */
  /* Narrow: the filters are behind a disclosure below the search, and the idle clear button
     takes no line of its own (it appears below what one types in). */
  @container (max-width: 40em) {
    .filters-toggle {
      display: inline-flex;
    }
    .filters[data-collapsed],
    .clear[data-idle] {
      display: none;
    }
    .filters:not([data-collapsed]) {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 1.5);
      width: 100%;
    }
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
    max-width: 100%;
  }
  .field.search {
    flex: 1 1 16em;
  }
  /* Fixed widths and space kept for the clear button: see toolbar.ts. */
  .filters select {
    width: 14em;
  }
  .clear[data-idle] {
    visibility: hidden;
  }
  .field label,
  .group-label {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .segmented {
    display: inline-flex;
  }
  .segmented .button {
    border-radius: 0;
  }
  .segmented .button:first-child {
    border-radius: var(--_radius) 0 0 var(--_radius);
  }
  .segmented .button:last-child {
    border-radius: 0 var(--_radius) var(--_radius) 0;
    margin-left: -1px;
  }
  .group-label {
    margin-bottom: 0.25em;
  }
  .count {
    margin: 0 0 var(--_space);
    color: var(--_muted);
    font-weight: 600;
  }
  /* A failed favourite: the shared notice (states.ts), in the danger colour. */
  .feedback {
    border-left-color: var(--_danger);
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
  }
  .cards.list {
    grid-template-columns: 1fr;
    gap: var(--_space);
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    min-width: 0;
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: var(--_shadow);
    overflow-wrap: anywhere;
    /* Off-screen cards skip layout and paint until scrolled to. */
    content-visibility: auto;
    contain-intrinsic-size: auto 22em;
  }
  /* An open family takes its whole row, laid out as a list row: the others keep their size. */
  .list .card,
  [data-open] {
    flex-direction: row;
    flex-wrap: wrap;
    contain-intrinsic-size: auto 9em;
  }
  [data-open] {
    grid-column: 1 / -1;
  }
  /* After the pinned favourites, the other resources start a row of their own. */
  [data-row-start] {
    grid-column-start: 1;
  }
  .thumb {
    position: relative;
    aspect-ratio: var(--_thumb-ratio);
    background: var(--_surface);
    border-bottom: 1px solid var(--_divider);
    border-radius: var(--_radius) var(--_radius) 0 0;
    overflow: hidden;
    display: flex;
    align-items: center;
    justify-content: center;
  }
  .list .thumb,
  [data-open] .thumb {
    flex: 0 0 7.5em;
    border-bottom: 0;
    border-right: 1px solid var(--_divider);
    border-radius: var(--_radius) 0 0 var(--_radius);
    align-self: flex-start;
  }
  .thumb img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    /* Whole (a logo or cover of the publisher is never cropped), on the background of the card: no grey bars. */
    object-fit: contain;
    background: var(--_bg);
  }
  .placeholder {
    width: 40%;
    height: auto;
    color: var(--_divider);
  }
  /* In the text, above the title: never over the thumbnail. */
  .gar-badge {
    align-self: flex-start;
    padding: 0 0.4em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.04em;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 12em;
    min-width: 0;
    padding: calc(var(--_space) * 1.5);
  }
  .card-title {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.3;
  }
  .publisher {
    margin: 0;
    color: var(--_muted);
  }
  .meta {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    font-size: 0.9em;
  }
  .meta div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .meta dd {
    margin: 0;
  }
  .chips {
    display: inline;
  }
  .chip {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid var(--_divider);
    border-radius: 999px;
    background: var(--_surface);
  }
  .unavailable {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: auto;
    padding-top: var(--_space);
  }
  .button.small {
    min-height: 2.25em;
    padding: 0.25em 0.625em;
  }
  .star {
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  [aria-pressed='true'] .star {
    fill: currentColor;
  }
  /* Pressed toggles: the layout buttons, the stars. */
  .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .members {
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    flex-basis: 100%;
  }
  .member {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space);
    border-top: 1px solid var(--_divider);
  }
  .member-title {
    font-weight: 600;
  }
  .more {
    display: flex;
    justify-content: center;
    margin-top: calc(var(--_space) * 2);
  }
  .establishment {
    align-items: flex-start;
    margin-bottom: calc(var(--_space) * 2);
  }
  a.button {
    text-decoration: none;
  }
  @container (max-width: 30em) {
    .list .thumb,
    [data-open] .thumb {
      flex-basis: 100%;
      border-right: 0;
      border-radius: var(--_radius) var(--_radius) 0 0;
    }
  }
  @media (forced-colors: active) {
    /* SVG keeps its author colours in forced colours: the placeholder's light grey and white
       lines would fade into a high-contrast background. */
    .placeholder {
      color: GrayText;
    }
    .placeholder .knockout {
      fill: Canvas;
    }
    .gar-badge {
      border: 1px solid CanvasText;
    }
    [aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
