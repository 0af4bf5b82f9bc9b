import { DEFAULT_THRESHOLDS, type Thresholds } from '../diagnosis/rules/thresholds.js';
import type { Analysis } from '../model/analysis.js';
import type { Status } from './report-types.js';

/** One bound of a threshold of the diagnosis (a community's override, else method.md §4.1). */
function bound(thresholds: Thresholds, id: string, side: 'green' | 'red'): number {
  const threshold = thresholds[id] ?? DEFAULT_THRESHOLDS[id];
  if (!threshold) throw new Error(`no default threshold ${id}`);
  return threshold[side].value;
}

/**
 * The key figures' limits, read from the diagnosis's thresholds — the community's overrides
 * merged over the defaults of method.md §4.1 (our estimates [E] anchored on sourced figures) —
 * so that the report colours a figure as the diagnosis does. Shares are 0–1, gaps in days.
 *
 * @example reportLimits(mergeThresholds({ P1: { green: { op: '>=', value: 0.3 } } })).P1.green // 0.3
 */
export function reportLimits(thresholds: Thresholds = DEFAULT_THRESHOLDS) {
  const b = (id: string, side: 'green' | 'red') => bound(thresholds, id, side);
  return Object.freeze({
    /** P1 active share: green ≥ 25 %, amber 10–25 %, red < 10 %. */
    P1: { green: b('P1', 'green'), red: b('P1', 'red') },
    /** P3 facilitator dependency: green < 50 %, amber 50–80 %, red > 80 %. */
    P3: { green: b('P3', 'green'), red: b('P3', 'red') },
    /** P4 movement between levels: green ≥ 3 moves up a year per 100 members, red none. */
    P4: { greenPer100: b('P4', 'green') },
    /** P5 newcomer activation: green ≥ 40 %, red < 15 %. */
    P5: { green: b('P5', 'green'), red: b('P5', 'red') },
    /** P6 retention: green ≥ 60 %, amber 40–60 %, red < 40 %. */
    P6: { green: b('P6', 'green'), red: b('P6', 'red') },
    /** R1 rhythm: green ≥ 6 a year and gap ≤ 8 weeks; red gap > 12 weeks. */
    R1: {
      greenPerYear: b('R1', 'green'),
      greenGapDays: b('R1.gap', 'green'),
      redGapDays: b('R1.gap', 'red'),
    },
  });
}

/** The limits a report colours its key figures with. */
export type ReportLimits = ReturnType<typeof reportLimits>;

/** The default limits (method.md §4.1). */
export const THRESHOLDS: ReportLimits = reportLimits();

/** Modularity from which sub-groups read as clearly separated (indicative, Newman 2004) [E]. */
export const SILO_MODULARITY = 0.4;

function higherIsBetter(value: number | null, limits: { green: number; red: number }): Status {
  if (value === null) return 'none';
  if (value >= limits.green) return 'green';
  return value < limits.red ? 'red' : 'amber';
}

/** P1: share of listed members active in the trailing window (0 for an empty community). */
export function activeShare(analysis: Analysis): number {
  return analysis.members.total === 0 ? 0 : analysis.members.active / analysis.members.total;
}

/** Status of P1 active share (method.md §4.1). */
export function activeShareStatus(share: number, limits: ReportLimits = THRESHOLDS): Status {
  return higherIsBetter(share, limits.P1);
}

/** Status of P3 facilitator dependency: lower is better (method.md §4.1). */
export function facilitatorStatus(share: number, limits: ReportLimits = THRESHOLDS): Status {
  if (share < limits.P3.green) return 'green';
  return share > limits.P3.red ? 'red' : 'amber';
}

/** Status of P4 movement between levels from yearly moves up and the number of members. */
export function levelMovesStatus(
  movesUp: number,
  members: number,
  limits: ReportLimits = THRESHOLDS,
): Status {
  if (members === 0) return 'none';
  if (movesUp === 0) return 'red';
  return (movesUp / members) * 100 >= limits.P4.greenPer100 ? 'green' : 'amber';
}

/** Status of P5 newcomer activation; `none` when there were no newcomers. */
export function activationStatus(share: number | null, limits: ReportLimits = THRESHOLDS): Status {
  return higherIsBetter(share, limits.P5);
}

/** Status of P6 retention; `none` when not measurable. */
export function retentionStatus(share: number | null, limits: ReportLimits = THRESHOLDS): Status {
  return higherIsBetter(share, limits.P6);
}

/**
 * Status of R1 rhythm regularity from activities per year and the longest gap in days. Without
 * a gap (fewer than two activities), a community with under two activities a year is red.
 */
export function rhythmStatus(
  perYear: number,
  longestGapDays: number | null,
  all: ReportLimits = THRESHOLDS,
): Status {
  const limits = all.R1;
  if (longestGapDays === null) return perYear < 2 ? 'red' : 'none';
  if (longestGapDays > limits.redGapDays) return 'red';
  if (perYear >= limits.greenPerYear && longestGapDays <= limits.greenGapDays) return 'green';
  return 'amber';
}
