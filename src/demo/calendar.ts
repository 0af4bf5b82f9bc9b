/** Date helpers for the demo: plain ISO strings, UTC arithmetic, Québec (Eastern) local time. */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date (its `YYYY-MM-DD` part). */
export function toDay(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);
}

/** The ISO date `YYYY-MM-DD` of a day number. */
export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Adds whole days to an ISO date. */
export function addDays(date: string, days: number): string {
  return fromDay(toDay(date) + days);
}

/** Day of the week of an ISO date, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return (toDay(date) + 4) % 7;
}

/** The n-th Sunday (1-based) of a month, as an ISO date. */
function nthSunday(year: number, month: number, n: number): string {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const offset = (7 - weekday(first)) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

const daylightBounds = new Map<number, readonly [string, string]>();

/** True when Eastern daylight time applies (second Sunday of March to first Sunday of November). */
export function isDaylightTime(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let bounds = daylightBounds.get(year);
  if (bounds === undefined) {
    bounds = [nthSunday(year, 3, 2), nthSunday(year, 11, 1)];
    daylightBounds.set(year, bounds);
  }
  return date >= bounds[0] && date < bounds[1];
}

/**
 * The UTC ISO date-time of a Québec local wall-clock time.
 * @example localToUtc('2024-01-10', 12, 0) // '2024-01-10T17:00:00.000Z'
 */
export function localToUtc(date: string, hour: number, minute: number): string {
  const offset = isDaylightTime(date) ? 4 : 5;
  const ms = Date.parse(`${date}T00:00:00Z`) + ((hour + offset) * 60 + minute) * 60_000;
  return new Date(ms).toISOString();
}

/** Adds minutes to an ISO date-time. */
export function addMinutes(timestamp: string, minutes: number): string {
  return new Date(Date.parse(timestamp) + Math.round(minutes) * 60_000).toISOString();
}

/** Every month `YYYY-MM` from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return out;
    out.push(key);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
}

/** Number of days in a month `YYYY-MM`. */
export function daysInMonth(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

const SEASON: readonly number[] = [0.95, 1, 1, 1, 0.95, 0.85, 0.45, 0.55, 1.05, 1.1, 1.05, 0.7];

/**
 * The community's momentum in a month (1 = a good month of 2021): growth through 2021–2022, a
 * slump from early 2023, a partial recovery in 2024, times a seasonal factor (quiet summers and
 * Decembers). It scales message volume and attendance.
 */
export function momentum(month: string): number {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const season = SEASON[m - 1] ?? 1;
  let base: number;
  if (year <= 2020) base = 0.75;
  else if (year === 2021) base = 0.8 + (0.3 * (m - 1)) / 11;
  else if (year === 2022) base = m <= 10 ? 1.2 : 1.05;
  else if (year === 2023) base = m <= 2 ? 0.7 - 0.1 * m : 0.32;
  else base = m <= 1 ? 0.45 : 0.68;
  return base * season;
}
