import type { Diagnosis, DiagnosisIndicator } from '../model/diagnosis.js';
import type { IndicatorChange } from './comparison-schema.js';

/** Differences smaller than this are rounding, not movement. */
const EPSILON = 1e-9;

/**
 * Whether a higher value is better for an indicator, read from its green threshold (`>= 0.25`
 * means higher is better, `< 0.5` lower); null when the threshold says neither.
 */
export function higherIsBetter(indicator: DiagnosisIndicator): boolean | null {
  const green = indicator.thresholds.green.trim();
  if (green.startsWith('>')) return true;
  if (green.startsWith('<')) return false;
  return null;
}

function change(
  before: DiagnosisIndicator | undefined,
  after: DiagnosisIndicator,
): IndicatorChange {
  const a = before?.value ?? null;
  const b = after.value;
  const delta = a === null || b === null ? null : b - a;
  const direction =
    delta === null ? 'unknown' : Math.abs(delta) < EPSILON ? 'flat' : delta > 0 ? 'up' : 'down';
  const polarity = higherIsBetter(after);
  const verdict =
    direction === 'unknown' || polarity === null
      ? 'unknown'
      : direction === 'flat'
        ? 'same'
        : (direction === 'up') === polarity
          ? 'better'
          : 'worse';
  return {
    id: after.id,
    label: after.label,
    before: a,
    after: b,
    delta,
    relative: delta === null || a === null || Math.abs(a) < EPSILON ? null : delta / Math.abs(a),
    direction,
    verdict,
    statusBefore: before?.status ?? 'unknown',
    statusAfter: after.status,
  };
}

/**
 * Every indicator of the later diagnosis beside its value in the earlier one: direction, size
 * (absolute and relative) and whether the move is good news for that indicator.
 */
export function indicatorChanges(before: Diagnosis, after: Diagnosis): IndicatorChange[] {
  const earlier = new Map(before.indicators.map((i) => [i.id, i]));
  return after.indicators.map((indicator) => change(earlier.get(indicator.id), indicator));
}
