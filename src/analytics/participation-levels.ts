import type { Level } from '../model/analysis.js';
import { LEVELS } from '../model/analysis.js';
import type { ActivityIndex } from './activity-index.js';
import { windowStart } from './day.js';

/**
 * Rules that place a member on a participation level (method.md §1.4, P2). Defaults are our
 * estimates [E], anchored on Wenger, McDermott & Snyder (2002): core ≈ 10–15 %, active ≈ 15–20 %,
 * a large peripheral majority.
 */
export interface LevelRules {
  /** Look-back, in days, for every level but "active" (default 365: the last 12 months). */
  lookbackDays: number;
  /** Core: active in at least this many of the look-back's 12 month-long slices (default 6). */
  coreMinActiveMonths: number;
  /** Core, alternatively: led at least this many activities (organised, hosted, spoke; default 2). */
  coreMinLedActivities: number;
  /** Active: a participation in the trailing window and at least this many active slices (3). */
  activeMinActiveMonths: number;
  /** Occasional: at least this many participations in the look-back (default 3); fewer is peripheral. */
  occasionalMinActivities: number;
}

/** The documented default level rules (docs/metrics.md). */
export const DEFAULT_LEVEL_RULES: Readonly<LevelRules> = Object.freeze({
  lookbackDays: 365,
  coreMinActiveMonths: 6,
  coreMinLedActivities: 2,
  activeMinActiveMonths: 3,
  occasionalMinActivities: 3,
});

/** Position of each level in `LEVELS` (0 = core ... 4 = inactive). */
export const LEVEL_RANK: Readonly<Record<Level, number>> = Object.freeze({
  core: 0,
  active: 1,
  occasional: 2,
  peripheral: 3,
  inactive: 4,
});

/**
 * Participation level of every member index at `endDay` (method.md §1.4), as positions in
 * `LEVELS`. In the look-back: core = active in ≥ `coreMinActiveMonths` slices or led ≥
 * `coreMinLedActivities` activities; active = a participation in the last `windowDays` days and
 * ≥ `activeMinActiveMonths` slices; occasional = ≥ `occasionalMinActivities` participations;
 * peripheral = fewer; inactive = nothing. Staff are classified by the same rules.
 */
export function participationLevels(
  index: ActivityIndex,
  endDay: number,
  windowDays: number,
  rules: LevelRules = DEFAULT_LEVEL_RULES,
): Uint8Array {
  const n = index.members.length;
  const from = windowStart(endDay, rules.lookbackDays);
  const recent = windowStart(endDay, windowDays);
  const total = new Int32Array(n);
  const ledCount = new Int32Array(n);
  const slices = new Uint16Array(n);
  const inWindow = new Uint8Array(n);
  for (let a = 0; a < index.count; a++) {
    const day = index.day[a] as number;
    if (day < from || day > endDay) continue;
    const m = index.member[a] as number;
    total[m] = (total[m] as number) + 1;
    ledCount[m] = (ledCount[m] as number) + (index.led[a] as number);
    slices[m] =
      (slices[m] as number) | (1 << Math.floor(((endDay - day) * 12) / rules.lookbackDays));
    if (day >= recent) inWindow[m] = 1;
  }
  index.eventOrganizer.forEach((m, e) => {
    const day = index.eventDay[e] as number;
    if (m >= 0 && day >= from && day <= endDay) ledCount[m] = (ledCount[m] as number) + 1;
  });
  const levels = new Uint8Array(n);
  for (let m = 0; m < n; m++) {
    const months = popCount(slices[m] as number);
    const level: Level =
      total[m] === 0 && ledCount[m] === 0
        ? 'inactive'
        : months >= rules.coreMinActiveMonths ||
            (ledCount[m] as number) >= rules.coreMinLedActivities
          ? 'core'
          : inWindow[m] === 1 && months >= rules.activeMinActiveMonths
            ? 'active'
            : (total[m] as number) >= rules.occasionalMinActivities
              ? 'occasional'
              : 'peripheral';
    levels[m] = LEVEL_RANK[level];
  }
  return levels;
}

/** The level names of `participationLevels`' output. */
export function levelName(rank: number): Level {
  return LEVELS[rank] ?? 'inactive';
}

/**
 * Flow between levels (method.md P4): members who moved up (e.g. peripheral → active) or down
 * between two classifications of the same members, e.g. a year apart.
 */
export function levelMoves(before: Uint8Array, after: Uint8Array): { up: number; down: number } {
  let up = 0;
  let down = 0;
  for (let m = 0; m < after.length; m++) {
    const b = before[m] as number;
    const a = after[m] as number;
    if (a < b) up++;
    else if (a > b) down++;
  }
  return { up, down };
}

function popCount(bits: number): number {
  let count = 0;
  for (let v = bits; v !== 0; v &= v - 1) count++;
  return count;
}
