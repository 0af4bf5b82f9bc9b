import type { Finding } from '../model/finding.js';
import type { SurveyAnalysis } from '../model/survey.js';
import { SURVEY_INSTRUMENT, type SurveyInstrument } from '../model/survey-instrument.js';
import { confidenceOf, type SurveyStrength } from './evaluate-rule.js';
import { type Thresholds, thresholdOf } from './rules/thresholds.js';
import { describeBound, holds } from './status.js';

const MAX_NEEDS = 5;

/**
 * The besoins: the survey's needs chosen by at least the `NEEDS` green share (default 25 %),
 * most chosen first, at most 5; severity 3 from half the respondents, 2 from a third, else 1;
 * actions from the instrument's option. Empty without a survey.
 * @example needFindings(analysis.survey, DEFAULT_THRESHOLDS, strength)[0]?.code // 'N-peer-exchange'
 */
export function needFindings(
  survey: SurveyAnalysis | null,
  thresholds: Thresholds,
  strength: SurveyStrength,
  instrument: SurveyInstrument = SURVEY_INSTRUMENT,
): Finding[] {
  const threshold = thresholdOf(thresholds, 'NEEDS');
  if (!survey || !threshold) return [];
  const options = instrument.items.find((i) => i.id === 'NEEDS')?.options ?? [];
  return survey.needs
    .filter((need) => holds(need.share, threshold.green))
    .slice(0, MAX_NEEDS)
    .map((need) => {
      const option = options.find((o) => o.id === need.option);
      const signal = `NEEDS.${need.option}`;
      return {
        id: `besoin-N-${need.option}`,
        kind: 'besoin' as const,
        code: `N-${need.option}`,
        title: option ? { ...option.text } : { fr: need.option, en: need.option },
        severity: need.share >= 0.5 ? 3 : need.share >= 1 / 3 ? 2 : 1,
        confidence: confidenceOf(
          {
            kind: 'besoin',
            code: need.option,
            title: { fr: '', en: '' },
            triggers: [[{ signal, when: 'green' }]],
            references: [],
            actions: [],
          },
          [signal],
          strength,
        ),
        evidence: [
          {
            indicator: signal,
            value: Number(need.share.toFixed(4)),
            threshold: `${describeBound(threshold.green)}`,
            source: threshold.evidence,
          },
        ],
        references: ['Wenger, Trayner & de Laat (2011)', 'intellectualcapital.nl needs inventory'],
        actions: [...(option?.actions ?? [])],
      };
    });
}
