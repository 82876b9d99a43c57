// The composer's poll: up to MAX_QUESTIONS questions (one choice, several, or free text), each
// with its label, its options and whether an answer is required. Drawn from the draft's
// questions; every change goes back to the composer as a whole new list.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { controlValue, field, fieldError, fieldWiring, wired } from '../../shared/field.js';
import type { Locale } from '../../shared/i18n.js';
import { adminMessages as a } from './admin-messages.js';
import { MAX_QUESTIONS, newQuestion, type DraftQuestion, type QuestionType } from './admin-model.js';

export interface PollEditor {
  locale: Locale;
  questions: DraftQuestion[];
  /** What is wrong with a question, in words ('' when nothing). */
  errorOf(index: number): string;
  /** Changes the draft's questions as they are now (not as drawn: typing outruns drawing); resolves once drawn. */
  change(update: (questions: DraftQuestion[]) => DraftQuestion[]): Promise<void>;
  /** Where focus moves after adding or removing a question. */
  root: ShadowRoot | null;
}

export function renderPoll({ locale, questions, errorOf, change, root }: PollEditor): TemplateResult {
  const changeQuestion = (index: number, patch: Partial<DraftQuestion>): void =>
    void change((current) => current.map((question, other) => (other === index ? { ...question, ...patch } : question)));
  return html`<fieldset class="field poll">
    <legend>${a(locale, 'poll')}</legend>
    <p class="hint">${a(locale, 'pollHint')}</p>
    ${questions.map((question, index) => {
      const groupId = `question-${index}`;
      const error = errorOf(index);
      const number = index + 1;
      return html`<fieldset class="question-editor ${error ? 'invalid' : ''}" data-index=${index} ${wired(fieldWiring({ id: groupId, label: '', error }))}>
        <legend>${a(locale, 'questionN', { n: number })}</legend>
        ${field(
          { id: `q-${index}-type`, label: a(locale, 'questionType') },
          (wire) => html`<select ${wire} @change=${(e: Event) => changeQuestion(index, { type: controlValue(e) as QuestionType })}>
            ${(['single', 'multiple', 'text'] as const).map((type) => html`<option value=${type} ?selected=${question.type === type}>${a(locale, `questionType.${type}`)}</option>`)}
          </select>`,
        )}
        ${field(
          // The question's error is its group's: the label is what it is about.
          { id: `q-${index}-label`, label: a(locale, 'questionLabel'), invalid: !!error, describedBy: error ? `${groupId}-error` : undefined },
          (wire) => html`<input ${wire} type="text" .value=${live(question.label)} @input=${(e: Event) => changeQuestion(index, { label: controlValue(e) })} />`,
        )}
        ${question.type !== 'text'
          ? field(
              { id: `q-${index}-options`, label: a(locale, 'questionOptions') },
              (wire) => html`<textarea ${wire} rows="4" .value=${live(question.options)} @input=${(e: Event) => changeQuestion(index, { options: controlValue(e) })}></textarea>`,
            )
          : nothing}
        <label class="choice"
          ><input type="checkbox" .checked=${live(question.required)} @change=${(e: Event) => changeQuestion(index, { required: (e.target as HTMLInputElement).checked })} />
          ${a(locale, 'questionRequired')}</label
        >
        ${fieldError(groupId, error)}
        <div class="actions">
          <button
            type="button"
            class="button remove-question"
            @click=${async () => {
              await change((current) => current.filter((_, other) => other !== index));
              root?.querySelector<HTMLElement>('.add-question')?.focus();
            }}
          >
            ${a(locale, 'removeQuestion', { n: number })}
          </button>
        </div>
      </fieldset>`;
    })}
    ${questions.length < MAX_QUESTIONS
      ? html`<button
          type="button"
          class="button add-question"
          @click=${async () => {
            await change((current) => [...current, newQuestion()]);
            root?.getElementById(`q-${questions.length}-label`)?.focus();
          }}
        >
          ${a(locale, 'addQuestion')}
        </button>`
      : nothing}
  </fieldset>`;
}
