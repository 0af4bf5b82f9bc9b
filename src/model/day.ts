/**
 * Calendar days as integers: the number of days since 1970-01-01 (UTC). Dates are parsed here,
 * once, by the store's loader and by the analytics alike (src/analytics/day.ts has the rest of
 * the day arithmetic).
 */

/** Sentinel for a missing or unparsable date in typed arrays. */
export const NO_DAY = -2147483648;

/** Milliseconds in a day. */
export const MS_PER_DAY = 86_400_000;
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

const DIGIT_0 = 48;

/** The number written by the `count` ASCII digits of `text` from `at`, or NaN. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Milliseconds since 1970 of a UTC timestamp in the store's form, `YYYY-MM-DDTHH:MM:SSZ` or
 * `YYYY-MM-DDTHH:MM:SS.sssZ`, read digit by digit (millions of timestamps: no regular expression,
 * no `Date.parse`); NaN for any other form, which the caller then reads with `Date.parse`. Where
 * both read a timestamp they agree, a day beyond the month's end included (Feb. 30 is Mar. 1).
 * @example parseUtcTimestamp('1970-01-02T00:00:01Z') // 86_401_000
 */
export function parseUtcTimestamp(iso: string): number {
  const long = iso.length === 24;
  if (!(long || iso.length === 20) || iso.charCodeAt(iso.length - 1) !== 90 /* Z */)
    return Number.NaN;
  if (iso[4] !== '-' || iso[7] !== '-' || iso[10] !== 'T' || iso[13] !== ':' || iso[16] !== ':')
    return Number.NaN;
  if (long && iso[19] !== '.') return Number.NaN;
  const month = digits(iso, 5, 2);
  const day = digits(iso, 8, 2);
  const hours = digits(iso, 11, 2);
  const minutes = digits(iso, 14, 2);
  const seconds = digits(iso, 17, 2);
  const ms = long ? digits(iso, 20, 3) : 0;
  // NaN fails every comparison below, so a non-digit falls back too.
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return Number.NaN;
  if (!(hours <= 23 && minutes <= 59 && seconds <= 59 && ms >= 0)) return Number.NaN;
  const year = digits(iso, 0, 4);
  if (Number.isNaN(year)) return Number.NaN;
  return (
    daysFromCivil(year, month, day) * MS_PER_DAY +
    ((hours * 60 + minutes) * 60 + seconds) * 1000 +
    ms
  );
}
