import type { SurveyResponse } from '../../model/survey.js';

/** A likert answer as a number 1–5, or null for "don't know", blank or anything else. */
export function likertValue(response: SurveyResponse, itemId: string): number | null {
  const value = response.answers[itemId];
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5
    ? value
    : null;
}

/** Whether the respondent answered the item at all ("don't know" counts as an answer). */
export function hasAnswer(response: SurveyResponse, itemId: string): boolean {
  return itemId in response.answers;
}

/** The arithmetic mean, or null for an empty list. */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** The median (mean of the two middle values for an even count), or null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
