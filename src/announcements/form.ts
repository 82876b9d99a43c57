// Announcement forms: the answers a user is typing, their validation, and the request body.
import type { FormQuestion, FormResponse } from '../shared/api/types.js';

export interface Answer {
  optionIds: string[];
  text: string;
}

export type Answers = Record<string, Answer>;

export type FieldProblem =
  | { key: 'invalid.required' | 'invalid.requiredChoice' | 'invalid.requiredChoices' }
  | { key: 'invalid.tooLong'; max: number }
  /** A message from the server (422), already localised by it. */
  | { key: 'server'; message: string };

/** Longest short-text answer the contract accepts. */
export const MAX_TEXT = 2000;

export function emptyAnswer(): Answer {
  return { optionIds: [], text: '' };
}

export function maxLengthOf(question: FormQuestion): number {
  return Math.min(question.maxLength ?? MAX_TEXT, MAX_TEXT);
}

/** Problems per question id, in question order; empty when the answers can be sent. */
export function validateAnswers(questions: readonly FormQuestion[], answers: Answers): Map<string, FieldProblem> {
  const problems = new Map<string, FieldProblem>();
  for (const question of questions) {
    const answer = answers[question.id] ?? emptyAnswer();
    if (question.type === 'text') {
      const text = answer.text.trim();
      if (question.required && text === '') problems.set(question.id, { key: 'invalid.required' });
      else if (answer.text.length > maxLengthOf(question)) problems.set(question.id, { key: 'invalid.tooLong', max: maxLengthOf(question) });
    } else {
      const known = new Set((question.options ?? []).map((o) => o.id));
      const chosen = answer.optionIds.filter((id) => known.has(id));
      if (question.required && chosen.length === 0) {
        problems.set(question.id, { key: question.type === 'single' ? 'invalid.requiredChoice' : 'invalid.requiredChoices' });
      }
    }
  }
  return problems;
}

/** The `FormResponse` body: one entry per answered question, nothing for skipped optional ones. */
export function responseBody(questions: readonly FormQuestion[], answers: Answers): FormResponse {
  const out: FormResponse = { answers: [] };
  for (const question of questions) {
    const answer = answers[question.id] ?? emptyAnswer();
    if (question.type === 'text') {
      const text = answer.text.trim();
      if (text !== '') out.answers.push({ questionId: question.id, text });
    } else {
      const known = new Set((question.options ?? []).map((o) => o.id));
      let optionIds = answer.optionIds.filter((id) => known.has(id));
      if (question.type === 'single') optionIds = optionIds.slice(0, 1);
      if (optionIds.length > 0) out.answers.push({ questionId: question.id, optionIds });
    }
  }
  return out;
}

/** Maps a 422's field paths (`answers.q1`, `answers[0]`, `q1`) to question ids. */
export function questionForField(questions: readonly FormQuestion[], field: string): string | undefined {
  const ids = new Set(questions.map((q) => q.id));
  const dotted = /^answers\.([^.[\]]+)/.exec(field);
  if (dotted && ids.has(dotted[1]!)) return dotted[1];
  const indexed = /^answers\[(\d+)\]/.exec(field);
  if (indexed) return questions[Number(indexed[1])]?.id;
  return ids.has(field) ? field : undefined;
}
