// <ent-announcement-admin>'s own styles: the list by status, its rows, and the composer's
// fields, uploads and poll editor (the shared form rules come from announcements/styles.ts).
import { css } from 'lit';

export const adminStyles = css`
  /* The composer's columns follow the admin's own width, not the page's. */
  .admin {
    container: ent-admin / inline-size;
  }
  .feedback.ok {
    border-left-color: var(--_success);
  }
  .toolbar {
    margin: var(--_space) 0 calc(var(--_space) * 2);
  }
  .group {
    margin-top: calc(var(--_space) * 2);
  }
  .group h3,
  .group h4,
  .group h5,
  .group h6,
  .sub {
    margin: 0 0 var(--_space);
    font-size: 1em;
  }
  .rows {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    --_kind: var(--_info);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_divider);
    border-left: 6px solid var(--_kind);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .row.kind-avertissement {
    --_kind: var(--_warning);
  }
  .row.kind-alerte {
    --_kind: var(--_danger);
  }
  .row .title {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .composer {
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: minmax(0, 1fr);
    margin: var(--_space) 0 calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @container ent-admin (min-width: 60rem) {
    .composer {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    /* The preview follows the form as it scrolls: beside « Publier » too, no empty column. */
    .composer > .preview {
      position: sticky;
      top: var(--_space);
    }
  }
  .field {
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: 0;
    border: 0;
  }
  .field > label,
  .field > legend {
    display: block;
    margin-bottom: calc(var(--_space) / 2);
    padding: 0;
    font-weight: 600;
  }
  .field input[type='text'],
  .field input[type='datetime-local'],
  .field textarea,
  .field select {
    min-height: 2.5em;
    padding: 0.375em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .field input[type='text'],
  .field input[type='datetime-local'],
  .field textarea {
    width: 100%;
  }
  /* A file input's button and « Aucun fichier choisi » do not wrap: 2 px too wide at 320 px. */
  .field input[type='file'] {
    max-width: 100%;
  }
  .field textarea {
    min-height: 8em;
    resize: vertical;
  }
  .field.invalid input,
  .field.invalid textarea {
    border: 2px solid var(--_danger);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
  }
  .field fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
  }
  .field fieldset legend {
    font-weight: 600;
    font-size: 0.95em;
    margin-bottom: calc(var(--_space) / 2);
    padding: 0;
  }
  .reach {
    margin: var(--_space) 0 0;
    font-weight: 600;
  }
  .preview {
    align-self: start;
  }
  .preview-label {
    margin: 0 0 var(--_space);
    font-weight: 700;
  }
  .confirm {
    margin-top: var(--_space);
    padding: var(--_space);
    border-left: 4px solid var(--_danger);
    background: var(--_surface);
  }
  .confirm p {
    margin: 0 0 var(--_space);
  }
  .field .question-editor {
    margin: 0 0 var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .question-editor.invalid {
    border: 2px solid var(--_danger);
  }
  .uploaded {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .thumb {
    max-width: 6em;
    height: auto;
    border-radius: var(--_radius);
  }
  .files {
    margin: var(--_space) 0 0;
    padding-left: 1.25em;
  }
  .files li {
    margin-bottom: calc(var(--_space) / 2);
  }
  .draft-notice {
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: var(--_space);
    border-left: 4px solid var(--_info);
    background: var(--_bg);
  }
  .draft-notice p {
    margin: 0 0 var(--_space);
  }
  .uploads {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .uploading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  .button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: #fff;
  }
`;
