import type { ActivityIndex } from './activity-index.js';
import { NO_DAY, windowStart, YEAR_DAYS } from './day.js';

/** Days after joining within which a newcomer's first participation counts (method.md P5). */
export const ACTIVATION_DAYS = 90;

/**
 * P5 newcomer activation (method.md §4.1): among non-staff members who joined in the 12 months
 * up to `endDay` and at least 90 days before it (so everyone had 90 days to take part), the share
 * with ≥ 1 participation no later than 90 days after joining. Members with an unknown `joinedAt`
 * are left out; null when nobody qualifies. Default thresholds [E]: healthy ≥ 0.4, act < 0.15.
 */
export function newcomerActivation(
  index: ActivityIndex,
  endDay: number = index.asOfDay,
): number | null {
  const from = windowStart(endDay, YEAR_DAYS);
  const latest = endDay - ACTIVATION_DAYS;
  const n = index.members.length;
  const cohort = new Uint8Array(n);
  let size = 0;
  for (let m = 0; m < n; m++) {
    const joined = index.joinDay[m] as number;
    if (joined !== NO_DAY && joined >= from && joined <= latest && index.isStaff[m] === 0) {
      cohort[m] = 1;
      size++;
    }
  }
  if (size === 0) return null;
  const activated = new Uint8Array(n);
  let count = 0;
  for (let a = 0; a < index.count; a++) {
    const m = index.member[a] as number;
    if (cohort[m] === 0 || activated[m] === 1) continue;
    if ((index.day[a] as number) <= (index.joinDay[m] as number) + ACTIVATION_DAYS) {
      activated[m] = 1;
      count++;
    }
  }
  return count / size;
}
