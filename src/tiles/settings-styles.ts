// <ent-tile-settings>' own styles: the form, its fields and the live preview beside it.
import { css } from 'lit';

export const settingsStyles = css`
  .layout {
    container-type: inline-size;
    container-name: ent-settings;
  }
  .columns {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  @container ent-settings (min-width: 56em) {
    .columns {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      align-items: start;
    }
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 var(--_space);
    line-height: 1.25;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  fieldset {
    min-inline-size: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2) calc(var(--_space) * 2);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
  }
  legend {
    padding: 0 var(--_space);
    font-weight: 700;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  label,
  .label {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .field-error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  input[type='text'],
  input[type='url'],
  input[type='number'],
  select {
    min-height: 2.5em;
    padding: 0.375em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    color: inherit;
    background: var(--_bg);
    width: 100%;
    max-width: 100%;
  }
  input[type='number'] {
    width: 6em;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .checks {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .check {
    display: flex;
    gap: var(--_space);
    align-items: baseline;
    font-weight: 400;
  }
  .check input {
    width: 1.125em;
    height: 1.125em;
  }
  .tag {
    margin-left: 0.25em;
    padding: 0 0.375em;
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
    color: var(--_warning);
    font-size: 0.8125em;
    font-weight: 600;
    white-space: nowrap;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .message {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_success);
    background: var(--_surface);
  }
  .message.failure {
    border-left-color: var(--_danger);
  }
  .warnings {
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_warning);
    background: var(--_surface);
  }
  .warnings ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .preview {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
`;
