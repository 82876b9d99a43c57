// An announcement's form (poll): single choice, multiple choice, short text, required questions.
// Validation messages are tied to their fields (aria-describedby + aria-invalid).
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { AnnouncementForm, FormQuestion } from '../shared/api/types.js';
import type { Locale } from '../shared/i18n.js';
import { emptyAnswer, maxLengthOf, type Answers, type FieldProblem } from './form.js';
import { announcementMessages as t } from './messages.js';

export type FormStatus = 'idle' | 'sending' | 'sent' | 'already' | 'failed' | 'invalid';

export interface FormState {
  answers: Answers;
  problems: Map<string, FieldProblem>;
  status: FormStatus;
  /** Idempotency-Key of the last attempt, reused while the answers are unchanged. */
  key?: string;
  /** The request body the key was made for. */
  keyBody?: string;
}

export function newFormState(): FormState {
  return { answers: {}, problems: new Map(), status: 'idle' };
}

export interface FormViewOptions {
  locale: Locale;
  idPrefix: string;
  onChange: (questionId: string, answer: { optionIds: string[]; text: string }) => void;
  onSubmit: (event: SubmitEvent) => void;
}

export function problemText(locale: Locale, problem: FieldProblem): string {
  if (problem.key === 'server') return problem.message;
  if (problem.key === 'invalid.tooLong') return t(locale, 'invalid.tooLong', { max: problem.max });
  return t(locale, problem.key);
}

/** The id of a question's first focusable control (for focusing the first invalid one). */
export function fieldId(idPrefix: string, index: number): string {
  return `${idPrefix}-q${index}`;
}

function statusText(locale: Locale, state: FormState): string {
  switch (state.status) {
    case 'sent':
      return t(locale, 'answered');
    case 'already':
      return t(locale, 'alreadyAnswered');
    case 'failed':
      return t(locale, 'sendFailed');
    case 'invalid':
      return t(locale, 'formErrors', { count: state.problems.size });
    default:
      return '';
  }
}

function question(q: FormQuestion, index: number, state: FormState, options: FormViewOptions): TemplateResult {
  const { locale, idPrefix } = options;
  const id = fieldId(idPrefix, index);
  const errorId = `${id}-error`;
  const problem = state.problems.get(q.id);
  const answer = state.answers[q.id] ?? emptyAnswer();
  const error = problem ? html`<p class="field-error" id=${errorId}>${problemText(locale, problem)}</p>` : nothing;
  const required = q.required ? html` <span class="required">${t(locale, 'required')}</span>` : nothing;

  if (q.type === 'text') {
    const max = maxLengthOf(q);
    const hintId = `${id}-hint`;
    return html`<div class="question text ${problem ? 'invalid' : ''}">
      <label for=${id}>${q.label}${required}</label>
      <input
        id=${id}
        type="text"
        .value=${live(answer.text)}
        maxlength=${max}
        aria-required=${q.required ? 'true' : 'false'}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `${errorId} ${hintId}` : hintId}
        @input=${(event: InputEvent) => options.onChange(q.id, { optionIds: [], text: (event.target as HTMLInputElement).value })}
      />
      <p class="hint" id=${hintId}>${t(locale, 'charactersLeft', { count: Math.max(0, max - answer.text.length) })}</p>
      ${error}
    </div>`;
  }

  const multiple = q.type === 'multiple';
  const name = `${id}-choice`;
  return html`<fieldset
    class="question ${multiple ? 'multiple' : 'single'} ${problem ? 'invalid' : ''}"
    aria-invalid=${problem ? 'true' : 'false'}
    aria-describedby=${ifDefined(problem ? errorId : undefined)}
  >
    <legend>${q.label}${required}</legend>
    ${(q.options ?? []).map(
      (option, i) => html`<div class="choice">
        <input
          id=${i === 0 ? id : `${id}-${i}`}
          type=${multiple ? 'checkbox' : 'radio'}
          name=${name}
          .checked=${live(answer.optionIds.includes(option.id))}
          aria-invalid=${ifDefined(problem ? 'true' : undefined)}
          @change=${(event: Event) => {
            const checked = (event.target as HTMLInputElement).checked;
            // Read the answer now: two changes may come before the next render.
            const current = state.answers[q.id]?.optionIds ?? [];
            const ids = multiple
              ? checked
                ? [...current.filter((x) => x !== option.id), option.id]
                : current.filter((x) => x !== option.id)
              : [option.id];
            options.onChange(q.id, { optionIds: ids, text: '' });
          }}
        />
        <label for=${i === 0 ? id : `${id}-${i}`}>${option.label}</label>
      </div>`,
    )}
    ${error}
  </fieldset>`;
}

export function renderForm(form: AnnouncementForm, state: FormState, options: FormViewOptions): TemplateResult {
  const { locale } = options;
  const status = statusText(locale, state);
  const done = state.status === 'sent' || state.status === 'already' || (form.answered === true && state.status === 'idle');
  const hasRequired = form.questions.some((q) => q.required);
  return html`<div class="form" part="form">
    <p class="form-title">${t(locale, 'formTitle')}</p>
    ${done
      ? nothing
      : html`<form novalidate @submit=${options.onSubmit}>
          ${hasRequired ? html`<p class="hint">${t(locale, 'requiredNote')}</p>` : nothing}
          ${form.questions.map((q, i) => question(q, i, state, options))}
          <button type="submit" class="button primary" part="submit-button" aria-disabled=${state.status === 'sending' ? 'true' : 'false'}>
            ${state.status === 'sending' ? t(locale, 'submitting') : t(locale, 'submit')}
          </button>
        </form>`}
    <p class="form-status ${state.status}" role="status" tabindex="-1">${done && state.status === 'idle' ? t(locale, 'alreadyAnswered') : status}</p>
  </div>`;
}
