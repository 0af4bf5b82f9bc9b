import type { ActivityIndex } from './activity-index.js';
import { civilFromDays, daysFromCivil, NO_DAY } from './day.js';

/** Retention of the members who joined in one calendar quarter. */
export interface Cohort {
  /** `YYYY-Qn`. */
  quarter: string;
  /** Non-staff members who joined in the quarter. */
  joined: number;
  /** Share active in days 90–179 after joining; null until that window has closed for all. */
  activeAfter90Days: number | null;
  /** Share active in days 365–454 after joining; null until that window has closed for all. */
  activeAfter1Year: number | null;
}

/** Length of the window, in days, in which a cohort member must be active (as P1's window). */
export const COHORT_WINDOW_DAYS = 90;

/**
 * Cohort retention by join quarter (product.md §3.2 "Evolution"): non-staff members grouped by
 * the quarter they joined (`joinedAt`, else their first activity); for each cohort, the share
 * with ≥ 1 activity in the 90-day window that starts 90 days (resp. 365 days) after their own
 * join day. A share is null while that window has not ended by `asOf` for the quarter's last
 * day. Quarters without newcomers are left out.
 * @example cohorts(index) // [{ quarter: '2024-Q1', joined: 4, activeAfter90Days: 0.5, ... }]
 */
export function cohorts(index: ActivityIndex): Cohort[] {
  const join = joinDays(index);
  const after90 = new Uint8Array(join.length);
  const after365 = new Uint8Array(join.length);
  for (let a = 0; a < index.count; a++) {
    const m = index.member[a] as number;
    const j = join[m] as number;
    if (j === NO_DAY) continue;
    const d = (index.day[a] as number) - j;
    if (d >= 90 && d < 90 + COHORT_WINDOW_DAYS) after90[m] = 1;
    if (d >= 365 && d < 365 + COHORT_WINDOW_DAYS) after365[m] = 1;
  }
  const byQuarter = new Map<number, { joined: number; kept90: number; kept365: number }>();
  join.forEach((j, m) => {
    if (j === NO_DAY || index.isStaff[m] === 1) return;
    const q = quarterOf(j);
    const row = byQuarter.get(q) ?? { joined: 0, kept90: 0, kept365: 0 };
    row.joined++;
    row.kept90 += after90[m] as number;
    row.kept365 += after365[m] as number;
    byQuarter.set(q, row);
  });
  return [...byQuarter.entries()]
    .sort(([a], [b]) => a - b)
    .map(([q, row]) => {
      const last = quarterEnd(q);
      const closed = (offset: number): boolean =>
        last + offset + COHORT_WINDOW_DAYS - 1 <= index.asOfDay;
      return {
        quarter: `${Math.floor(q / 4)}-Q${(q % 4) + 1}`,
        joined: row.joined,
        activeAfter90Days: closed(90) ? row.kept90 / row.joined : null,
        activeAfter1Year: closed(365) ? row.kept365 / row.joined : null,
      };
    });
}

/** Join day of each member index: `joinedAt` when known and not after `asOf`, else the first activity. */
function joinDays(index: ActivityIndex): Int32Array {
  const join = Int32Array.from(index.joinDay, (d) =>
    d !== NO_DAY && d <= index.asOfDay ? d : NO_DAY,
  );
  const known = Uint8Array.from(join, (d) => (d === NO_DAY ? 0 : 1));
  for (let a = 0; a < index.count; a++) {
    const m = index.member[a] as number;
    const day = index.day[a] as number;
    if (known[m] === 0 && (join[m] === NO_DAY || day < (join[m] as number))) join[m] = day;
  }
  return join;
}

/** Quarter index `year * 4 + (quarter − 1)` of a day number. */
function quarterOf(day: number): number {
  const { year, month } = civilFromDays(day);
  return year * 4 + Math.floor((month - 1) / 3);
}

/** Last day of a quarter index. */
function quarterEnd(q: number): number {
  const year = Math.floor(q / 4);
  const nextMonth = (q % 4) * 3 + 4;
  return nextMonth > 12 ? daysFromCivil(year + 1, 1, 1) - 1 : daysFromCivil(year, nextMonth, 1) - 1;
}
