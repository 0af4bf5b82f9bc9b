import type { TimelinePoint } from '../../model/analysis.js';

/** Metrics compared from one year to the next. */
export const YOY_METRICS = [
  'activeMembers',
  'newMembers',
  'messages',
  'events',
  'attendances',
  'contributions',
] as const;
/** A timeline metric compared from one year to the next. */
export type YoyMetric = (typeof YOY_METRICS)[number];

/** The last 12 months against the 12 before; `change` is null when the previous value is 0. */
export interface YoyRow {
  metric: YoyMetric;
  current: number;
  previous: number;
  change: number | null;
}

/**
 * Year-over-year comparison of a timeline (sorted by month): sums over the last 12 months and the
 * 12 months before, except active members, which are a monthly average. Null under 24 months.
 */
export function yearOverYear(timeline: readonly TimelinePoint[]): YoyRow[] | null {
  if (timeline.length < 24) return null;
  const current = timeline.slice(-12);
  const previous = timeline.slice(-24, -12);
  return YOY_METRICS.map((metric) => {
    const total = (points: readonly TimelinePoint[]) =>
      points.reduce((sum, point) => sum + point[metric], 0) / (metric === 'activeMembers' ? 12 : 1);
    const now = total(current);
    const before = total(previous);
    return {
      metric,
      current: now,
      previous: before,
      change: before === 0 ? null : now / before - 1,
    };
  });
}
