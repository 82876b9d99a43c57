import { css } from 'lit';

export const affectationStyles = css`
  /* A family's members sit under their mother, set in. */
  tr.member th {
    padding-inline-start: calc(var(--_space) * 2.5);
  }
  .family-of,
  .terms {
    display: block;
  }
  .more {
    margin-block: var(--_space);
  }
  .section-title {
    margin: 0 0 var(--_space);
    font-size: 1.2em;
  }
  label,
  legend {
    font-weight: 600;
  }
  .tabs ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    list-style: none;
    border-bottom: 1px solid var(--_divider);
  }
  .tab {
    min-height: 2.5em;
    padding: 0.375em 0.875em;
    border: 0;
    border-bottom: 3px solid transparent;
    background: none;
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .tab[aria-current='page'] {
    border-bottom-color: var(--_accent);
    color: var(--_accent);
    font-weight: 700;
  }
  /* A field never grows past its container: a select is as wide as its longest option
     (a 150-character resource title) unless its column stops it. */
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    min-width: 0;
    max-width: 100%;
  }
  .field select {
    min-width: 0;
    max-width: 100%;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2.5em;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: left;
    font-weight: 700;
    padding-bottom: var(--_space);
  }
  th,
  td {
    padding: 0.5em;
    border-bottom: 1px solid var(--_divider);
    text-align: left;
    vertical-align: top;
  }
  .sort {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-align: inherit;
    cursor: pointer;
    text-decoration: underline;
  }
  /* « Élèves : 350 / 353 — 3 disponibles » on one line: two or three lines per public made 31
     subscriptions 7,200 px tall. */
  .counts {
    white-space: nowrap;
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  meter {
    width: 6em;
  }
  /* The meter beside its text, not above it: three lines per public made a table of 31
     subscriptions 7,200 px tall. */
  .counts .count {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
  }
  .counts meter {
    flex: none;
    width: 3.5em;
  }
  .badge {
    display: inline-block;
    margin: 0.125em 0.25em 0 0;
    padding: 0 0.375em;
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
    color: var(--_warning);
    font-size: 0.8125em;
  }
  .resource-title {
    font-weight: 600;
  }
  /* The subscriptions table: the title keeps a readable measure; an action's label wraps inside
     its button, never past the cell. */
  tbody th[scope='row'] {
    min-width: 12em;
  }
  tbody td .button {
    max-width: 100%;
    white-space: normal;
    text-align: center;
    justify-content: center;
  }
  fieldset {
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: 0 var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .advisory {
    margin: var(--_space) 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_warning);
    background: var(--_surface);
  }
  .summary {
    margin: var(--_space) 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
  }
  .summary-who {
    margin: 0 0 calc(var(--_space) / 2);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .summary ul {
    margin: 0 0 var(--_space);
    padding-left: 1.25em;
  }
  .shortfall,
  .conflict {
    color: var(--_danger);
    font-weight: 600;
  }
  .conflict {
    margin: var(--_space) 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_danger);
    background: var(--_surface);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .toast {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_success);
    background: var(--_surface);
  }
  .dashboard {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .dashboard-item {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_divider);
    border-left: 4px solid var(--_warning);
    border-radius: var(--_radius);
  }
  .dashboard-item p {
    margin: 0 0 var(--_space);
    font-weight: 600;
  }
  .options.wide {
    grid-template-columns: 1fr;
  }
  .options .check {
    font-weight: normal;
  }
  .other-levels > summary {
    padding: 0.5em 0;
    cursor: pointer;
  }
  /* About eight resources visible at once; the list scrolls, the page does not. */
  .picker-list {
    max-height: 21em;
    overflow-y: auto;
    margin-top: calc(var(--_space) / 2);
    padding: 0 calc(var(--_space) / 2);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
  }
  .picker {
    max-width: 48em;
  }
  .picker-list .check {
    align-items: flex-start;
    font-weight: normal;
    padding: 0.5em 0;
    overflow-wrap: anywhere;
  }
  .picker-list input {
    flex: none;
    margin-top: 0.2em;
  }
  .chart {
    margin: 0 0 calc(var(--_space) * 2);
  }
  /* The chart's width attribute is its natural size (80 px a month); it shrinks with the page.
     No style attribute: a strict CSP (style-src 'self') refuses those. */
  .chart svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .bar {
    fill: var(--_accent);
  }
  .bar.suppressed {
    fill: var(--_surface);
    stroke: var(--_muted);
    stroke-dasharray: 4 3;
  }
  .bar-value,
  .bar-month {
    fill: var(--_text);
    font-size: 12px;
  }
  /* Forced colours leave SVG paint alone: the chart takes the reader's text colour. */
  @media (forced-colors: active) {
    .bar,
    .bar-value,
    .bar-month {
      fill: currentColor;
    }
    .bar.suppressed {
      fill: Canvas;
      stroke: currentColor;
    }
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: var(--_space) 0 0;
    padding: 0;
    list-style: none;
  }
`;
