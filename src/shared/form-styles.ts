// Form controls, the filter toolbar and the title bar, shared by the full-page widgets with
// forms (médiacentre, console), so that every field looks and sizes the same (2.5em targets,
// visible borders meeting 3:1 contrast).
import { css } from 'lit';

export const formStyles = css`
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  .title {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }
  select,
  textarea,
  input:not([type='checkbox'], [type='radio'], [type='file'], [type='range'], [type='color']) {
    min-height: 2.5em;
    max-width: 100%;
    padding: 0.375em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_space) * 1.5);
    margin: 0 0 calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
