import type { IndicatorStatus } from '../model/diagnosis.js';
import type { Bound, Threshold } from './rules/thresholds.js';

/** Whether `value op bound` holds. */
export function holds(value: number, bound: Bound): boolean {
  switch (bound.op) {
    case '<':
      return value < bound.value;
    case '<=':
      return value <= bound.value;
    case '>':
      return value > bound.value;
    case '>=':
      return value >= bound.value;
  }
}

/**
 * The colour of a value (method.md §4.1): green when the green bound holds, red when the red
 * bound holds, amber in between, unknown without a value or threshold.
 * @example statusOf(0.65, { green: { op: '<', value: 0.5 }, red: { op: '>', value: 0.8 }, evidence: 'E' }) // 'amber'
 */
export function statusOf(value: number | null, threshold: Threshold | undefined): IndicatorStatus {
  if (value === null || !Number.isFinite(value) || !threshold) return 'unknown';
  if (holds(value, threshold.green)) return 'green';
  if (holds(value, threshold.red)) return 'red';
  return 'amber';
}

/** A bound in words: `< 0.5`. */
export function describeBound(bound: Bound): string {
  return `${bound.op} ${Number(bound.value.toFixed(4))}`;
}
