import type { Diagnosis } from '../model/diagnosis.js';
import type { PlanTarget } from '../model/plan.js';
import type { TargetStanding } from './comparison-schema.js';

const EPSILON = 1e-9;

/**
 * Where a target's trajectory should be after `months`: linear from the current value to the
 * 6-month target, then to the 12-month target, flat after 12 months.
 */
export function expectedValue(target: PlanTarget, months: number): number | null {
  const { current, at6, at12 } = target;
  if (current === null || at6 === null || at12 === null) return null;
  if (months <= 0) return current;
  if (months <= 6) return current + ((at6 - current) * months) / 6;
  if (months <= 12) return at6 + ((at12 - at6) * (months - 6)) / 6;
  return at12;
}

/**
 * How each target of the plan chosen at the first snapshot stands at the second: `met` when the
 * value reached the 12-month target, `onTrack` when it is at or beyond where the trajectory
 * expects it after the time elapsed, `notMet` otherwise (docs/follow.md).
 */
export function targetStandings(
  targets: readonly PlanTarget[],
  after: Diagnosis,
  months: number,
): TargetStanding[] {
  const values = new Map(after.indicators.map((i) => [i.id, i.value]));
  return targets.map((target) => {
    const actual = values.get(target.indicator) ?? null;
    const expected = expectedValue(target, months);
    const sign = target.direction === 'up' ? 1 : -1;
    const reached = (goal: number | null) =>
      goal !== null && actual !== null && sign * (actual - goal) >= -EPSILON;
    const standing =
      actual === null || target.at12 === null
        ? 'unknown'
        : reached(target.at12)
          ? 'met'
          : reached(expected)
            ? 'onTrack'
            : 'notMet';
    return {
      indicator: target.indicator,
      direction: target.direction,
      start: target.current,
      target: target.at12,
      expected,
      actual,
      standing,
    };
  });
}
