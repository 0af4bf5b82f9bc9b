import type { SurveyAnalysis, SurveyResponse } from '../../model/survey.js';
import type { SurveyItem } from '../../model/survey-instrument.js';
import { likertValue, mean } from './likert-values.js';

type ItemStats = SurveyAnalysis['items'][number];

/**
 * Statistics of one agreement item: `n` answers on the 1–5 scale ("don't know" is missing, counted
 * apart in the distribution), their mean, and the top-2-box — the share answering 4 or 5, the
 * usual "% favourable" of survey practice (method.md V1: "% rating 4–5 on 5"). Figures are
 * null, and the distribution empty, under `min` answers.
 * @example likertStats(item, responses, 5).top2 // 0.6
 */
export function likertStats(
  item: SurveyItem,
  responses: readonly SurveyResponse[],
  min: number,
): ItemStats {
  const values: number[] = [];
  let dontKnow = 0;
  for (const response of responses) {
    const value = likertValue(response, item.id);
    if (value !== null) values.push(value);
    else if (item.id in response.answers && response.answers[item.id] === null) dontKnow++;
  }
  const n = values.length;
  if (n < min) return { id: item.id, n, mean: null, top2: null, distribution: [] };
  const distribution = [1, 2, 3, 4, 5].map((v) => ({
    value: String(v),
    n: values.filter((x) => x === v).length,
  }));
  distribution.push({ value: 'dontKnow', n: dontKnow });
  return {
    id: item.id,
    n,
    mean: mean(values),
    top2: values.filter((v) => v >= 4).length / n,
    distribution,
  };
}

/** Chosen option ids of a single or multi answer (an unknown option id is kept as written). */
export function chosenOptions(response: SurveyResponse, itemId: string): string[] {
  const value = response.answers[itemId];
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/**
 * Statistics of a single or multi item: `n` respondents who chose something, and the count of
 * each option (in the instrument's order). Empty under `min` respondents.
 */
export function choiceStats(
  item: SurveyItem,
  responses: readonly SurveyResponse[],
  min: number,
): ItemStats {
  const answered = responses.filter((r) => chosenOptions(r, item.id).length > 0);
  const n = answered.length;
  if (n < min) return { id: item.id, n, mean: null, top2: null, distribution: [] };
  const distribution = (item.options ?? []).map((option) => ({
    value: option.id,
    n: answered.filter((r) => chosenOptions(r, item.id).includes(option.id)).length,
  }));
  return { id: item.id, n, mean: null, top2: null, distribution };
}
