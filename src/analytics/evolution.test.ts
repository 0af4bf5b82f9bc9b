import { describe, expect, it } from 'vitest';
import type { TimelinePoint } from '../model/analysis.js';
import { parseDay } from './day.js';
import { evolution, leastSquaresSlope } from './evolution.js';

function point(month: string, activeMembers: number, messages: number): TimelinePoint {
  return {
    month,
    activeMembers,
    newMembers: 0,
    returningMembers: 0,
    lapsedMembers: 0,
    events: 0,
    attendances: 0,
    messages,
    contributions: 0,
  };
}

/** 24 months Jan 2023 – Dec 2023 at 10 active members and 20 messages, then 2024 rising 1 a month. */
const points = [
  ...Array.from({ length: 12 }, (_, i) => point(`2023-${String(i + 1).padStart(2, '0')}`, 10, 20)),
  ...Array.from({ length: 12 }, (_, i) =>
    point(`2024-${String(i + 1).padStart(2, '0')}`, 10 + i, 20 + 2 * i),
  ),
  point('2025-01', 99, 99),
];

describe('evolution', () => {
  it('compares the last 12 complete months with the 12 before', () => {
    // asOf 2025-01-15: January 2025 is not complete; window Jan–Dec 2024.
    const result = evolution(points, parseDay('2025-01-15'));
    expect(result.lastMonth).toBe('2024-12');
    // Σ 2024 active = 120 + 66 = 186 vs 120: +55 %; messages 240 + 132 = 372 vs 240: +55 %.
    expect(result.yoyActiveMembers).toBeCloseTo(66 / 120, 12);
    expect(result.yoyMessages).toBeCloseTo(132 / 240, 12);
    expect(result.trendSlope).toBeCloseTo(1, 12);
    expect(result.messagesTrendSlope).toBeCloseTo(2, 12);
  });

  it('includes the month of asOf when asOf is its last day', () => {
    expect(evolution(points, parseDay('2024-12-31')).lastMonth).toBe('2024-12');
    expect(evolution(points, parseDay('2024-12-30')).lastMonth).toBe('2024-11');
  });

  it('has no year-over-year change without a previous year', () => {
    const result = evolution(points.slice(12), parseDay('2024-12-31'));
    expect(result.yoyActiveMembers).toBeNull();
    expect(result.yoyMessages).toBeNull();
    expect(evolution([], parseDay('2024-12-31')).trendSlope).toBe(0);
  });
});

describe('leastSquaresSlope', () => {
  it.each([
    [[1, 3, 5], 2],
    [[4, 4, 4, 4], 0],
    [[3, 1], -2],
    [[1, 2, 1, 2], 0.2],
    [[7], 0],
  ])('of %j is %d', (values, slope) => {
    expect(leastSquaresSlope(values)).toBeCloseTo(slope, 12);
  });
});
