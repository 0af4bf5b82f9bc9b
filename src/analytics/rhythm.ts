import type { ActivityIndex } from './activity-index.js';
import { NO_DAY, windowStart, YEAR_DAYS } from './day.js';

/** Rhythm of synchronous activities over the last 12 months (method.md R1). */
export interface Rhythm {
  /** Events dated in the 365 days up to `asOf`. */
  activitiesPerYear: number;
  /** Longest gap, in days, between consecutive event days of the window; null under two. */
  longestGapDays: number | null;
  /** Median of those gaps; null under two event days. */
  medianGapDays: number | null;
  /** Days from the last event up to `endDay`; null without any event. */
  daysSinceLastEvent: number | null;
}

/**
 * R1 rhythm regularity (method.md §4.1): number of synchronous activities (events) in the year
 * up to `endDay`, and the gaps between consecutive distinct event days. Default thresholds [E]:
 * healthy ≥ 6/yr and gap ≤ 56 days; act when gap > 84 days.
 */
export function rhythm(index: ActivityIndex, endDay: number = index.asOfDay): Rhythm {
  const from = windowStart(endDay, YEAR_DAYS);
  let count = 0;
  let last = NO_DAY;
  const days = new Set<number>();
  for (const day of index.eventDay) {
    if (day === NO_DAY || day > endDay) continue;
    if (last === NO_DAY || day > last) last = day;
    if (day >= from) {
      count++;
      days.add(day);
    }
  }
  const sorted = Float64Array.from(days).sort();
  const gaps = sorted
    .subarray(1)
    .map((day, i) => day - (sorted[i] as number))
    .sort();
  return {
    activitiesPerYear: count,
    longestGapDays: gaps.length === 0 ? null : (gaps[gaps.length - 1] as number),
    medianGapDays: gaps.length === 0 ? null : median(gaps),
    daysSinceLastEvent: last === NO_DAY ? null : endDay - last,
  };
}

/** Median of sorted values (mean of the two middle ones for an even count). */
export function median(sorted: ArrayLike<number>): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
