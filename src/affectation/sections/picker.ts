// One resource out of a school's 30 to 200 subscriptions: a search field over a list of radios.
// A <select> stretched the page to its longest title (2,300 px); radios wrap long titles, and
// the words typed narrow the list (accents and case ignored). A list of thousands (a broken or
// huge answer) draws its first LIMIT and asks for more words: 5,000 radios took 220 ms to draw.
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale } from '../../shared/i18n.js';
import { affectationMessages as t } from '../messages.js';
import { fold } from '../model.js';

export interface Choice {
  id: string;
  title: string;
}

/** Radios drawn at most; the others are reached by typing. */
const LIMIT = 100;

export class ResourcePicker {
  private query = '';

  /** `id`: the fieldset's id; its radios are named after it. */
  constructor(
    private readonly host: ReactiveControllerHost,
    readonly id: string,
  ) {}

  reset(): void {
    this.query = '';
  }

  /** The chosen resource stays listed whatever is typed, so that the choice is always visible. */
  render(locale: Locale, legend: string, choices: Choice[], chosenId: string | undefined, onChoose: (id: string) => void): TemplateResult {
    const { id } = this;
    const words = fold(this.query).split(' ').filter(Boolean);
    const matching = words.length ? choices.filter((c) => c.id === chosenId || words.every((word) => fold(c.title).includes(word))) : choices;
    const shown = matching.slice(0, LIMIT);
    const chosen = matching.find((c) => c.id === chosenId);
    if (chosen && !shown.includes(chosen)) shown.push(chosen);
    const hidden = matching.length - shown.length;
    return html`<fieldset class="picker" id=${id}>
      <legend>${legend}</legend>
      <div class="field">
        <label for="${id}-search">${t(locale, 'pickerSearch')}</label>
        <input
          id="${id}-search"
          type="search"
          autocomplete="off"
          aria-describedby="${id}-count"
          .value=${this.query}
          @input=${(e: Event) => {
            this.query = (e.target as HTMLInputElement).value;
            this.host.requestUpdate();
          }}
        />
        <span id="${id}-count" class="hint" role="status">${words.length ? t(locale, 'pickerCount', { count: matching.length }) : ''}</span>
      </div>
      <ul class="options wide picker-list">
        ${shown.map(
          (c) => html`<li>
            <label class="check"><input type="radio" name=${id} value=${c.id} .checked=${c.id === chosenId} @change=${() => onChoose(c.id)} />${c.title}</label>
          </li>`,
        )}
      </ul>
      ${hidden > 0 ? html`<p class="hint">${t(locale, 'pickerMore', { count: hidden })}</p>` : ''}
    </fieldset>`;
  }
}
