// Styles of the announcements' region: its title, list, messages and hidden ones (what
// <ent-targeted-announcement> needs before it has an announcement to draw; styles.ts has the rest).
import { css } from 'lit';

/** The region around the announcements: its title, list, messages and hidden ones. */
export const regionStyles = css`
  .region-title {
    margin: 0 0 var(--_space);
    font-size: 1.1em;
  }
  /* Also focused by script (when the announcement holding focus ends). */
  .region-title span:focus,
  .region-title span:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .list {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A live region stays rendered (one that appears with its text is often not read). */
  .feedback:empty {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .feedback {
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border-left: 4px solid var(--_danger);
    background: var(--_surface);
  }
  .hidden-messages {
    margin-top: var(--_space);
  }
  .disclosure {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2.5em;
    padding: 0.25em 0.25em;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .disclosure svg {
    transition: transform 0.15s;
  }
  .disclosure[aria-expanded='true'] svg {
    transform: rotate(90deg);
  }
  .hidden-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .hidden-list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: calc(var(--_space) / 2) 0;
    border-bottom: 1px solid var(--_divider);
  }
  @media (prefers-reduced-motion: reduce) {
    .disclosure svg {
      transition: none;
    }
  }
`;
