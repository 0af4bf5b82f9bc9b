import type { SurveyAnalysis, SurveyResponse } from '../../model/survey.js';
import { SCORED_DIMENSIONS, type SurveyInstrument } from '../../model/survey-instrument.js';
import { dimensionItems, dimensionScore } from './dimension-scores.js';
import { choiceStats, likertStats } from './item-stats.js';
import { likertValue, median } from './likert-values.js';
import { type RespondentProfile, SEGMENT_BYS, segmentsBy } from './segments.js';
import { tally } from './tallies.js';
import { themes } from './themes.js';

/** What the survey analysis needs besides the responses. */
export interface SurveyContext {
  /** Members of the community: the denominator of the response rate. */
  readonly members: number;
  /** A respondent's level, region and organisation type, for segments (default: from answers). */
  readonly profileOf?: (response: SurveyResponse) => RespondentProfile;
  /** The smallest group whose figures are shown (default 5, product.md §3.10). */
  readonly minGroupSize?: number;
}

/** The profile a response declares itself: `LEVEL`, `REG` and `ORG` answers. */
export function declaredProfile(response: SurveyResponse): RespondentProfile {
  const text = (id: string) => {
    const value = response.answers[id];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  return { level: text('LEVEL'), region: text('REG'), orgType: text('ORG') };
}

/**
 * The `survey` object of `pouls analyze --json` (product.md §3.2, §6; docs/survey.md): response
 * rate, per-item statistics, dimension scores with Cronbach's alpha, segments with
 * confidentiality (no figure on fewer than 5 respondents, complementary suppression), needs,
 * formats, slots, frequency, obstacles, hours, D1 and themes of the value stories. Under 5
 * respondents every figure but the count is withheld. Pure and deterministic.
 * @example analyseSurvey(responses, SURVEY_INSTRUMENT, { members: 120 }).responseRate
 */
export function analyseSurvey(
  responses: readonly SurveyResponse[],
  instrument: SurveyInstrument,
  context: SurveyContext,
): SurveyAnalysis {
  const min = context.minGroupSize ?? 5;
  const respondents = responses.length;
  const open = respondents >= min;
  const shown = open ? responses : [];
  const item = (id: string) => instrument.items.find((i) => i.id === id);
  const dimensionDefs = SCORED_DIMENSIONS.map((id) => ({
    id,
    items: dimensionItems(instrument, id),
  })).filter((d) => d.items.length > 0);
  const dimensions = dimensionDefs.map((d) => dimensionScore(d.id, d.items, shown, min));
  const profileOf = context.profileOf ?? declaredProfile;
  const profiles = shown.map(profileOf);
  const hours = shown
    .map((r) => r.answers.HOURS)
    .filter((v): v is number => typeof v === 'number' && v >= 0);
  return {
    instrumentId: instrument.id,
    respondents,
    responseRate: context.members > 0 ? Math.min(1, respondents / context.members) : null,
    minGroupSize: min,
    dimensions,
    items: instrument.items.flatMap((i) => {
      if (i.type === 'likert5') return [likertStats(i, shown, min)];
      if (i.type === 'single' || i.type === 'multi')
        return i.dimension === 'consent' ? [] : [choiceStats(i, shown, min)];
      return [];
    }),
    segments: SEGMENT_BYS.flatMap((by) => segmentsBy(by, shown, profiles, dimensionDefs, min)),
    needs: tally(item('NEEDS'), shown, min),
    formats: tally(item('FORMATS'), shown, min),
    slots: tally(item('SLOTS'), shown, min),
    frequency: tally(item('FREQ'), shown, min),
    obstacles: tally(item('OBS'), shown, min).map((t) => ({
      ...t,
      frein: item('OBS')?.options?.find((o) => o.id === t.option)?.frein ?? null,
    })),
    hoursPerMonth:
      hours.length >= min
        ? { median: median(hours), n: hours.length }
        : { median: null, n: hours.length },
    domainClarity: domainClarity(shown, min),
    themes: themes(
      shown.flatMap((r) => {
        const text = r.answers.STORY;
        return typeof text === 'string' && text.trim() !== ''
          ? [{ text: text.trim(), quotable: r.consent.quotes }]
          : [];
      }),
    ),
  };
}

/** Indicator D1 (method.md §4.1): share agreeing (4–5) that the purpose is clear (`D1`) and relevant (`D2`). */
function domainClarity(responses: readonly SurveyResponse[], min: number): number | null {
  const both = responses.filter(
    (r) => likertValue(r, 'D1') !== null && likertValue(r, 'D2') !== null,
  );
  if (both.length < min) return null;
  return (
    both.filter((r) => (likertValue(r, 'D1') ?? 0) >= 4 && (likertValue(r, 'D2') ?? 0) >= 4)
      .length / both.length
  );
}
