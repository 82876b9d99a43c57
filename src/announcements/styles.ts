// Styles of the announcements: the three kinds' colours come from the documented status tokens
// (each meets AA contrast on the background, as text and as the 4 px edge).
import { css } from 'lit';

/**
 * An announcement and its form. <ent-targeted-announcement> adopts them with the code that
 * draws announcements (presentation.ts), once it has one to show.
 */
export const announcementStyles = css`
  .announcement {
    --_kind: var(--_info);
    border: 1px solid var(--_divider);
    border-left: 6px solid var(--_kind);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: var(--_shadow);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
  }
  /* Focused only by script (after a close, after sending a form): always show where focus went. */
  .announcement:focus,
  .form-status:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .kind-avertissement {
    --_kind: var(--_warning);
  }
  .kind-alerte {
    --_kind: var(--_danger);
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: calc(var(--_space) * 1.5);
  }
  .main {
    flex: 1 1 14em;
    min-width: 0;
  }
  .illustration {
    flex: 0 1 8em;
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius);
    object-fit: cover;
  }
  .kind {
    display: flex;
    align-items: center;
    gap: 0.375em;
    margin: 0 0 calc(var(--_space) / 2);
    color: var(--_kind);
    font-weight: 700;
    font-size: 0.9em;
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .kind-icon {
    flex: none;
  }
  .title {
    margin: 0 0 var(--_space);
    font-size: 1.05em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .body,
  .dates {
    overflow-wrap: anywhere;
  }
  .body > :first-child {
    margin-top: 0;
  }
  .body > :last-child {
    margin-bottom: 0;
  }
  .link,
  .dates,
  .attachments-title {
    margin: var(--_space) 0 0;
  }
  .link-kind,
  .file-meta,
  .dates,
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .external-icon {
    vertical-align: -0.1em;
  }
  .attachments ul {
    margin: calc(var(--_space) / 2) 0 0;
    padding-left: 1.25em;
  }
  .attachments-title,
  .form-title {
    font-weight: 700;
  }
  .dismiss {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2.75em;
    padding: 0.25em 0.625em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: 0.9em;
    cursor: pointer;
  }
  .dismiss:hover {
    background: var(--_surface);
  }
  .form {
    margin-top: calc(var(--_space) * 1.5);
    padding-top: var(--_space);
    border-top: 1px solid var(--_divider);
  }
  .form-title {
    margin: 0 0 var(--_space);
  }
  .question {
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: 0;
    border: 0;
  }
  .question legend,
  .question.text label {
    display: block;
    padding: 0;
    margin-bottom: calc(var(--_space) / 2);
    font-weight: 600;
  }
  .required {
    font-weight: 400;
    color: var(--_muted);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2em;
  }
  .choice input {
    width: 1.125em;
    height: 1.125em;
    margin: 0;
  }
  .question input[type='text'] {
    width: 100%;
    min-height: 2.5em;
    padding: 0.375em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
  }
  .question.invalid input[type='text'] {
    border: 2px solid var(--_danger);
  }
  .field-error {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .hint {
    margin: calc(var(--_space) / 2) 0;
  }
  /* A live region stays rendered (one that appears with its text is often not read). */
  .form-status:empty {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .form-status {
    margin: var(--_space) 0 0;
    padding: var(--_space);
    border-left: 4px solid var(--_info);
    background: var(--_surface);
  }
  .form-status.failed,
  .form-status.invalid {
    border-left-color: var(--_danger);
  }
  .form-status.sent,
  .form-status.already {
    border-left-color: var(--_success);
  }
  @media (forced-colors: active) {
    .announcement {
      border-left-color: CanvasText;
    }
    .kind {
      color: CanvasText;
    }
    /* The alerte's "!" is cut out of a currentColor octagon: white would vanish in a light-on-dark
       high-contrast theme, where the octagon turns white too. */
    .knockout {
      stroke: Canvas;
    }
  }
  /* The region's list and its hidden ones (drawn by the drawing code). */
  .list {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
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
  .more {
    margin-top: var(--_space);
  }
  /* An announcement that could not be drawn. */
  .unreadable {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    color: var(--_muted);
  }
`;
