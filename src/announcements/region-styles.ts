// Styles of the announcements' region: its title and messages (what <ent-targeted-announcement>
// needs before it has an announcement to draw; styles.ts, loaded with the drawing code, has the
// list, the hidden ones and the announcements themselves).
import { css } from 'lit';

/** The region around the announcements: its title and messages. */
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
`;
