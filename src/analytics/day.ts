/**
 * Calendar days as integers: the number of days since 1970-01-01 (UTC). Every date of the
 * dataset is parsed once into a day number, so windows and gaps are integer arithmetic.
 */

/** Sentinel for a missing or unparsable date in typed arrays. */
export const NO_DAY = -2147483648;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Parses an ISO date (`YYYY-MM-DD`) or date-time into its UTC day number, or `NO_DAY` when it
 * cannot be read. A date-time without an offset, or with `Z`, is read by its date part (fast
 * path for millions of timestamps); one with an explicit offset goes through `Date.parse`.
 * @example parseDay('1970-01-02') // 1
 */
export function parseDay(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (match === null) return NO_DAY;
  if (iso.length > 10 && hasExplicitOffset(iso)) {
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? NO_DAY : Math.floor(ms / MS_PER_DAY);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return NO_DAY;
  return daysFromCivil(year, month, day);
}

function hasExplicitOffset(iso: string): boolean {
  const tail = iso.slice(11);
  return tail.includes('+') || tail.includes('-');
}

/**
 * Day number of a proleptic Gregorian date (H. Hinnant's `days_from_civil` algorithm).
 * @example daysFromCivil(2000, 3, 1) // 11017
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

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
