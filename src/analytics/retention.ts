import type { ActivityIndex } from './activity-index.js';
import { windowStart, YEAR_DAYS } from './day.js';

/**
 * P6 retention (method.md §4.1): among non-staff members with ≥ 1 participation in the previous
 * 12 months (days 366–730 before `endDay`), the share with ≥ 1 participation in the last 12
 * months. null when nobody was active the previous year. Default thresholds [E]: healthy ≥ 0.6,
 * watch 0.4–0.6, act < 0.4.
 */
export function retention(index: ActivityIndex, endDay: number = index.asOfDay): number | null {
  const lastFrom = windowStart(endDay, YEAR_DAYS);
  const previousFrom = lastFrom - YEAR_DAYS;
  const seen = new Uint8Array(index.members.length);
  for (let a = 0; a < index.count; a++) {
    const day = index.day[a] as number;
    const m = index.member[a] as number;
    if (day < previousFrom || day > endDay || index.isStaff[m] === 1) continue;
    seen[m] = (seen[m] as number) | (day >= lastFrom ? 2 : 1);
  }
  let previous = 0;
  let retained = 0;
  for (const flags of seen) {
    if ((flags & 1) === 0) continue;
    previous++;
    if ((flags & 2) !== 0) retained++;
  }
  return previous === 0 ? null : retained / previous;
}
