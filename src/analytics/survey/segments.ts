import type { SurveyAnalysis, SurveyResponse } from '../../model/survey.js';
import type { DimensionScore } from './dimension-scores.js';
import { respondentScore } from './dimension-scores.js';
import { mean } from './likert-values.js';
import { suppressGroups } from './suppress-groups.js';

/** What a respondent is grouped by in segments. */
export interface RespondentProfile {
  readonly level?: string | null;
  readonly region?: string | null;
  readonly orgType?: string | null;
}

/** The breakdowns of product.md §3.2: participation level, region, organisation type. */
export const SEGMENT_BYS = ['level', 'region', 'orgType'] as const;

/** The group of respondents with no value for a breakdown: kept so the groups add up to the total. */
export const UNKNOWN_GROUP = '(unknown)';

/** The one row standing for every hidden group: their names are not shown either. */
export const SUPPRESSED_GROUP = '(suppressed)';

type Segment = SurveyAnalysis['segments'][number];

/**
 * The segments of one breakdown, with confidentiality: a group under `min` respondents is
 * hidden with complementary suppression (`suppressGroups`), and within each dimension a cell
 * with fewer than `min` scores is hidden the same way, the hidden groups forced in. Hidden
 * groups are folded into one `(suppressed)` row, without their names or figures.
 */
export function segmentsBy(
  by: (typeof SEGMENT_BYS)[number],
  responses: readonly SurveyResponse[],
  profiles: readonly RespondentProfile[],
  dimensions: readonly { id: string; items: readonly string[] }[],
  min: number,
): Segment[] {
  const groups = new Map<string, SurveyResponse[]>();
  responses.forEach((response, i) => {
    const key = profiles[i]?.[by] ?? UNKNOWN_GROUP;
    groups.set(key, [...(groups.get(key) ?? []), response]);
  });
  const counts = [...groups].map(([group, members]) => ({ group, n: members.length }));
  const hiddenRows = suppressGroups(counts, min);
  const cells = new Map<string, Map<string, number | null>>();
  for (const dimension of dimensions) {
    const scores = [...groups].map(([group, members]) => {
      const values = members
        .map((r) => respondentScore(r, dimension.items))
        .filter((s): s is number => s !== null);
      return { group, n: values.length, score: mean(values) };
    });
    const hidden = suppressGroups(scores, min, hiddenRows);
    cells.set(
      dimension.id,
      new Map(scores.map((s) => [s.group, hidden.has(s.group) ? null : s.score])),
    );
  }
  const shown: Segment[] = counts
    .filter(({ group }) => !hiddenRows.has(group))
    .sort((a, b) => b.n - a.n || a.group.localeCompare(b.group))
    .map(({ group, n }) => ({
      by,
      group,
      n,
      suppressed: false,
      dimensions: dimensions.map((d) => ({ id: d.id, score: cells.get(d.id)?.get(group) ?? null })),
    }));
  if (hiddenRows.size === 0) return shown;
  const nulls = dimensions.map((d) => ({ id: d.id, score: null }));
  return [...shown, { by, group: SUPPRESSED_GROUP, n: null, suppressed: true, dimensions: nulls }];
}

/** Only dimensions that have a score overall can be broken down. */
export function scoredDimensions(scores: readonly DimensionScore[]): string[] {
  return scores.filter((s) => s.score !== null).map((s) => s.id);
}
