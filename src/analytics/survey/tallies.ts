import type { SurveyAnalysis, SurveyResponse } from '../../model/survey.js';
import type { SurveyItem } from '../../model/survey-instrument.js';
import { chosenOptions } from './item-stats.js';

type Tally = SurveyAnalysis['needs'][number];

/**
 * Ranks the options of a choice item by the share of its respondents choosing each (ties in
 * instrument order); empty when the item is missing or has fewer than `min` respondents.
 * @example tally(needsItem, responses, 5)[0] // { option: 'peer-exchange', n: 21, share: 0.47 }
 */
export function tally(
  item: SurveyItem | undefined,
  responses: readonly SurveyResponse[],
  min: number,
): Tally[] {
  if (!item?.options) return [];
  const answered = responses.filter((r) => chosenOptions(r, item.id).length > 0);
  if (answered.length < min) return [];
  return item.options
    .map((option) => {
      const n = answered.filter((r) => chosenOptions(r, item.id).includes(option.id)).length;
      return { option: option.id, n, share: n / answered.length };
    })
    .filter((t) => t.n > 0)
    .sort((a, b) => b.n - a.n);
}
