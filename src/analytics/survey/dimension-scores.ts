import type { SurveyResponse } from '../../model/survey.js';
import type { SurveyInstrument } from '../../model/survey-instrument.js';
import { cronbachAlpha } from './cronbach-alpha.js';
import { likertValue, mean } from './likert-values.js';

/** The agreement items of a dimension, in instrument order. */
export function dimensionItems(instrument: SurveyInstrument, dimension: string): string[] {
  return instrument.items
    .filter((item) => item.dimension === dimension && item.type === 'likert5')
    .map((item) => item.id);
}

/**
 * A respondent's score on a dimension: the mean of their answers to its agreement items, when
 * they answered at least half of them (a common pro-rating rule); null otherwise.
 * @example respondentScore(response, ['D1', 'D2', 'D3']) // 4.5 when D1 = 4, D2 = 5, D3 = "don't know"
 */
export function respondentScore(
  response: SurveyResponse,
  itemIds: readonly string[],
): number | null {
  const values = itemIds
    .map((id) => likertValue(response, id))
    .filter((v): v is number => v !== null);
  return values.length * 2 >= itemIds.length && values.length > 0 ? mean(values) : null;
}

/** A dimension's score (mean of respondent scores, 1–5), its n and Cronbach's alpha. */
export interface DimensionScore {
  readonly id: string;
  readonly score: number | null;
  readonly alpha: number | null;
  readonly n: number;
}

/**
 * Scores one dimension over the responses: the mean of respondent scores, their count, and
 * Cronbach's alpha of its items over complete cases; figures null under `min` respondents.
 */
export function dimensionScore(
  id: string,
  itemIds: readonly string[],
  responses: readonly SurveyResponse[],
  min: number,
): DimensionScore {
  const scores = responses
    .map((r) => respondentScore(r, itemIds))
    .filter((s): s is number => s !== null);
  const n = scores.length;
  if (n < min) return { id, score: null, alpha: null, n };
  const rows = responses.map((r) => itemIds.map((item) => likertValue(r, item)));
  const complete = rows.filter((row) => row.every((v) => v !== null)).length;
  return { id, score: mean(scores), alpha: complete >= min ? cronbachAlpha(rows) : null, n };
}
