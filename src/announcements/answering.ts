// Answering an announcement's form (poll): the answers given so far, their validation, and
// sending them once. Part of what <ent-targeted-announcement> loads on demand (presentation.ts).
import type { ReactiveElement, TemplateResult } from 'lit';
import { newIdempotencyKey } from '../shared/api/client.js';
import { ApiError } from '../shared/api/errors.js';
import type { Announcement, FormResponse } from '../shared/api/types.js';
import type { Locale } from '../shared/i18n.js';
import { logError } from '../shared/states.js';
import { emptyAnswer, questionForField, responseBody, validateAnswers } from './form.js';
import { fieldId, newFormState, renderForm, type FormState } from './form-view.js';

/** What the announcement element lends the form: its rendering, locale and API. */
export interface AnsweringHost {
  readonly element: ReactiveElement & { readonly locale: Locale };
  /** True once the element has left the page (its requests are abandoned). */
  aborted(): boolean;
  /** POSTs the answers. */
  send(id: string, body: FormResponse, idempotencyKey: string): Promise<unknown>;
  /** The server has this user's answers (sent now, or before); `sent` when this call recorded them. */
  recorded(id: string, sent: boolean): void;
}

export class Answering {
  private readonly forms = new Map<string, FormState>();

  constructor(private readonly host: AnsweringHost) {}

  /** The form of `a` with what this user entered; `idPrefix` keeps its ids unique in the list. */
  render(a: Announcement, idPrefix: string): TemplateResult | undefined {
    if (!a.form) return undefined;
    return renderForm(a.form, this.state(a.id), {
      locale: this.host.element.locale,
      idPrefix,
      onChange: (questionId, answer) => this.onChange(a, questionId, answer ?? emptyAnswer()),
      onSubmit: (event) => void this.submit(a, idPrefix, event),
    });
  }

  private state(id: string): FormState {
    let state = this.forms.get(id);
    if (!state) this.forms.set(id, (state = newFormState()));
    return state;
  }

  private onChange(a: Announcement, questionId: string, answer: { optionIds: string[]; text: string }): void {
    const state = this.state(a.id);
    state.answers = { ...state.answers, [questionId]: answer };
    if (state.problems.has(questionId) && a.form) {
      const problem = validateAnswers(a.form.questions, state.answers).get(questionId);
      if (problem) state.problems.set(questionId, problem);
      else state.problems.delete(questionId);
      state.problems = new Map(state.problems);
    }
    this.host.element.requestUpdate();
  }

  private async focusFirstInvalid(a: Announcement, idPrefix: string): Promise<void> {
    const element = this.host.element;
    element.requestUpdate();
    await element.updateComplete;
    const state = this.state(a.id);
    const index = a.form?.questions.findIndex((q) => state.problems.has(q.id)) ?? -1;
    if (index >= 0) element.renderRoot.querySelector<HTMLElement>(`#${fieldId(idPrefix, index)}`)?.focus();
  }

  private async submit(a: Announcement, idPrefix: string, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = a.form;
    const state = this.state(a.id);
    if (!form || state.status === 'sending') return;
    state.problems = validateAnswers(form.questions, state.answers);
    if (state.problems.size > 0) {
      state.status = 'invalid';
      await this.focusFirstInvalid(a, idPrefix);
      return;
    }
    const body = responseBody(form.questions, state.answers);
    const text = JSON.stringify(body);
    // The same answers resent after a failure carry the same key: the server records them once.
    if (!state.key || state.keyBody !== text) {
      state.key = newIdempotencyKey();
      state.keyBody = text;
    }
    state.status = 'sending';
    this.host.element.requestUpdate();
    try {
      await this.host.send(a.id, body, state.key);
      state.status = 'sent';
      state.key = undefined;
      this.host.recorded(a.id, true);
    } catch (error) {
      if (this.host.aborted()) return;
      logError('ent-targeted-announcement', error);
      if (error instanceof ApiError && (error.kind === 'conflict' || error.code === 'already-answered')) {
        state.status = 'already';
        this.host.recorded(a.id, false);
      } else if (error instanceof ApiError && error.kind === 'invalid' && error.fieldErrors.size > 0) {
        const problems = new Map<string, { key: 'server'; message: string }>();
        for (const [field, fieldError] of error.fieldErrors) {
          const id = questionForField(form.questions, field);
          if (id && !problems.has(id)) problems.set(id, { key: 'server', message: fieldError.message });
        }
        state.status = problems.size > 0 ? 'invalid' : 'failed';
        if (problems.size > 0) {
          state.problems = problems;
          await this.focusFirstInvalid(a, idPrefix);
          return;
        }
      } else {
        state.status = 'failed';
      }
    }
    const element = this.host.element;
    element.requestUpdate();
    await element.updateComplete;
    if (state.status === 'sent' || state.status === 'already') {
      const article = [...element.renderRoot.querySelectorAll<HTMLElement>('article[data-id]')].find((el) => el.dataset.id === a.id);
      article?.querySelector<HTMLElement>('.form-status')?.focus();
    }
  }
}
