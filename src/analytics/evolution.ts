import type { TimelinePoint } from '../model/analysis.js';
import { civilFromDays } from './day.js';

/** Trend and year-over-year change of the monthly figures (product.md §3.2 "Evolution"). */
export interface Evolution {
  /** Last complete month of the window, `YYYY-MM`. */
  lastMonth: string;
  /** Relative change of monthly active members, last 12 months vs the 12 before; null from 0. */
  yoyActiveMembers: number | null;
  /** Relative change of messages, last 12 months vs the 12 before; null from 0. */
  yoyMessages: number | null;
  /** Least-squares slope of monthly active members over the last 12 months (members / month). */
  trendSlope: number;
  /** Least-squares slope of monthly messages over the last 12 months (messages / month). */
  messagesTrendSlope: number;
}

/**
 * Evolution of the monthly timeline over the last 12 complete months (the month of `asOf` counts
 * when `asOf` is its last day): year-over-year change (Σ last 12 − Σ previous 12) / Σ previous 12
 * of active members (the sum of monthly active members, i.e. their monthly mean) and of messages,
 * and ordinary least-squares slopes over months x = 0..11. Months outside the timeline count 0.
 * @example evolution(timeline(index), index.asOfDay).trendSlope // -0.4 members a month
 */
export function evolution(points: readonly TimelinePoint[], asOfDay: number): Evolution {
  const { year, month } = civilFromDays(asOfDay + 1);
  const last = year * 12 + month - 2;
  const byMonth = new Map(points.map((p) => [monthIndex(p.month), p]));
  const series = (pick: (p: TimelinePoint) => number, from: number): number[] =>
    Array.from({ length: 12 }, (_, i) => {
      const point = byMonth.get(from + i);
      return point === undefined ? 0 : pick(point);
    });
  const active = (p: TimelinePoint): number => p.activeMembers;
  const messages = (p: TimelinePoint): number => p.messages;
  const lastYear = { active: series(active, last - 11), messages: series(messages, last - 11) };
  const yearBefore = { active: series(active, last - 23), messages: series(messages, last - 23) };
  return {
    lastMonth: `${String(Math.floor(last / 12)).padStart(4, '0')}-${String((last % 12) + 1).padStart(2, '0')}`,
    yoyActiveMembers: relativeChange(sum(lastYear.active), sum(yearBefore.active)),
    yoyMessages: relativeChange(sum(lastYear.messages), sum(yearBefore.messages)),
    trendSlope: leastSquaresSlope(lastYear.active),
    messagesTrendSlope: leastSquaresSlope(lastYear.messages),
  };
}

/**
 * Slope b of the ordinary least-squares line y = a + b·x through points (i, yᵢ), i = 0..n−1:
 * b = Σ (i − x̄)(yᵢ − ȳ) / Σ (i − x̄)². 0 under two points.
 * @example leastSquaresSlope([1, 3, 5]) // 2
 */
export function leastSquaresSlope(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = sum(values) / n;
  let num = 0;
  let den = 0;
  values.forEach((y, i) => {
    num += (i - meanX) * (y - meanY);
    den += (i - meanX) ** 2;
  });
  return num / den;
}

function relativeChange(now: number, before: number): number | null {
  return before === 0 ? null : (now - before) / before;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}
