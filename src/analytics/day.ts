/**
 * Calendar days as integers: the number of days since 1970-01-01 (UTC). Every date of the
 * dataset is parsed once into a day number, so windows and gaps are integer arithmetic.
 */

export { daysFromCivil, NO_DAY, parseDay } from '../model/day.js';

/** The `{year, month, day}` of a day number (H. Hinnant's `civil_from_days`). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Formats a day number as `YYYY-MM-DD`. */
export function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Month index `year * 12 + (month - 1)` of a day number: consecutive months differ by 1. */
export function monthOfDay(days: number): number {
  const { year, month } = civilFromDays(days);
  return year * 12 + month - 1;
}

/** Formats a month index as `YYYY-MM`. */
export function formatMonth(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  return `${String(year).padStart(4, '0')}-${pad2(monthIndex - year * 12 + 1)}`;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** Days in the "last 12 months" window used by P2–P6 and R1. */
export const YEAR_DAYS = 365;

/**
 * First day of the trailing window of `length` days that ends on `endDay` (inclusive).
 * @example windowStart(100, 90) // 11: days 11..100 are 90 days
 */
export function windowStart(endDay: number, length: number): number {
  return endDay - length + 1;
}
