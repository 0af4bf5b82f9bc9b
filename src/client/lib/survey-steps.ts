import type { SurveyAnswer } from '../../model/survey.js';
import type { SurveyItem } from '../../model/survey-instrument.js';

/** A member's answers by item id; a likert `null` is "don't know", a missing key is blank. */
export type Answers = Record<string, SurveyAnswer>;

/**
 * The pages of the survey on a phone: consecutive items of one dimension form a page, so a
 * member sees a few related questions at a time and their progress is saved between pages.
 */
export function surveySteps(items: readonly SurveyItem[]): SurveyItem[][] {
  const steps: SurveyItem[][] = [];
  let previous: string | undefined;
  for (const item of items) {
    const last = steps[steps.length - 1];
    if (last && item.dimension === previous) last.push(item);
    else steps.push([item]);
    previous = item.dimension;
  }
  return steps;
}

/** Tells whether an item has an answer (a likert "don't know" counts as one). */
export function isAnswered(answers: Answers, item: SurveyItem): boolean {
  if (!(item.id in answers)) return false;
  const value = answers[item.id];
  if (item.type === 'likert5') return value === null || typeof value === 'number';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return typeof value === 'number';
}

/** The share of items answered, 0–1. */
export function progressOf(answers: Answers, items: readonly SurveyItem[]): number {
  if (items.length === 0) return 1;
  return items.filter((item) => isAnswered(answers, item)).length / items.length;
}

/** What the member consented to, read from the consent items (`CONSENT_QUOTE`, `CONSENT_ID`). */
export function consentOf(answers: Answers): { quotes: boolean; identified: boolean } {
  return { quotes: answers.CONSENT_QUOTE === 'yes', identified: answers.CONSENT_ID === 'yes' };
}

/** The answers with blanks removed: empty texts, empty lists and empty names are not sent. */
export function cleanAnswers(answers: Answers): Answers {
  const clean: Answers = {};
  for (const [id, value] of Object.entries(answers)) {
    if (typeof value === 'string' && value.trim() === '') continue;
    if (Array.isArray(value)) {
      const kept = (value as unknown[]).filter((v) =>
        typeof v === 'string' ? v !== '' : Boolean((v as { name?: string }).name?.trim()),
      );
      if (kept.length === 0) continue;
      clean[id] = kept as SurveyAnswer;
      continue;
    }
    clean[id] = value;
  }
  return clean;
}
