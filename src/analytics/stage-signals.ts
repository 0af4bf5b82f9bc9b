import type { Dataset } from '../model/dataset.js';
import { type ActivityIndex, CONTRIBUTION } from './activity-index.js';
import { NO_DAY, windowStart, YEAR_DAYS } from './day.js';
import { facilitatorShare } from './facilitator-share.js';
import { LEVEL_RANK } from './participation-levels.js';
import { retention } from './retention.js';
import type { Rhythm } from './rhythm.js';
import type { StageSignals } from './stage.js';

/** Indicator values already computed at `asOf`, reused by `stageSignals`. */
export interface CurrentIndicators {
  levels: Uint8Array;
  rhythm: Rhythm;
  facilitatorShare: number;
  retention: number | null;
}

/**
 * Gathers the signals of the stage heuristic (method.md §8): R1, P2 (non-staff core), P3 and P6
 * now and one year earlier, K1 contributions, age and the year-over-year change of distinct
 * active members.
 */
export function stageSignals(
  dataset: Dataset,
  index: ActivityIndex,
  current: CurrentIndicators,
): StageSignals {
  const end = index.asOfDay;
  const lastFrom = windowStart(end, YEAR_DAYS);
  const previousFrom = lastFrom - YEAR_DAYS;
  const seen = new Uint8Array(index.members.length);
  let first = NO_DAY;
  let activitiesLastYear = 0;
  let contributionsPerYear = 0;
  for (let a = 0; a < index.count; a++) {
    const day = index.day[a] as number;
    const m = index.member[a] as number;
    if (first === NO_DAY || day < first) first = day;
    if (day >= lastFrom) {
      activitiesLastYear++;
      if (index.kind[a] === CONTRIBUTION) contributionsPerYear++;
      seen[m] = (seen[m] as number) | 2;
    } else if (day >= previousFrom) {
      seen[m] = (seen[m] as number) | 1;
    }
  }
  for (const day of index.eventDay)
    if (day !== NO_DAY && (first === NO_DAY || day < first)) first = day;
  let activeBefore = 0;
  let activeNow = 0;
  for (const flags of seen) {
    activeBefore += flags & 1;
    activeNow += (flags & 2) >> 1;
  }
  let core = 0;
  let nonStaff = 0;
  current.levels.forEach((level, m) => {
    if (index.isStaff[m] === 1) return;
    nonStaff++;
    if (level === LEVEL_RANK.core) core++;
  });
  return {
    ageDays: first === NO_DAY ? null : end - first,
    activitiesLastYear,
    eventsPerYear: current.rhythm.activitiesPerYear,
    longestGapDays: current.rhythm.longestGapDays,
    coreMembers: core,
    coreShare: nonStaff === 0 ? 0 : core / nonStaff,
    facilitatorShare: current.facilitatorShare,
    facilitatorShareBefore: facilitatorShare(dataset, index, end - YEAR_DAYS),
    retention: current.retention,
    retentionBefore: retention(index, end - YEAR_DAYS),
    contributionsPerYear,
    activeMembersTrend: activeBefore === 0 ? null : (activeNow - activeBefore) / activeBefore,
  };
}
