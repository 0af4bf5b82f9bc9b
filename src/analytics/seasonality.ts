import type { ActivityIndex } from './activity-index.js';
import { civilFromDays, daysFromCivil, NO_DAY } from './day.js';

/** Activity of one calendar month, summed over the years of the window. */
export interface SeasonMonth {
  /** Calendar month, 1 = January. */
  month: number;
  /** Attendances, messages and contributions dated in that month. */
  activities: number;
  events: number;
  /** Share of the window's activities that fall in that month (0 without activity). */
  share: number;
}

/** Years of complete calendar months that seasonality sums over. */
export const SEASONALITY_YEARS = 3;

/**
 * Seasonality (R1, product.md §3.2 "Rhythm"): activities and events per calendar month over the
 * 36 complete months that end with the last complete month at `asOf`, so that every calendar
 * month counts exactly three times; `share` = the month's activities / all of them.
 * @example seasonality(index)[6].share // July's share of the activity
 */
export function seasonality(index: ActivityIndex): SeasonMonth[] {
  const { to, from } = seasonalityWindow(index.asOfDay);
  const activities = new Float64Array(12);
  const events = new Float64Array(12);
  const monthOf = (day: number): number => civilFromDays(day).month - 1;
  for (let a = 0; a < index.count; a++) {
    const day = index.day[a] as number;
    if (day >= from && day <= to)
      activities[monthOf(day)] = (activities[monthOf(day)] as number) + 1;
  }
  for (const day of index.eventDay) {
    if (day !== NO_DAY && day >= from && day <= to)
      events[monthOf(day)] = (events[monthOf(day)] as number) + 1;
  }
  const total = activities.reduce((sum, n) => sum + n, 0);
  return Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    activities: activities[i] as number,
    events: events[i] as number,
    share: total === 0 ? 0 : (activities[i] as number) / total,
  }));
}

/**
 * First and last day of the seasonality window: the last complete month is the month of `asOf`
 * when `asOf` is its last day, else the month before.
 */
export function seasonalityWindow(asOfDay: number): { from: number; to: number } {
  const { year, month } = civilFromDays(asOfDay + 1);
  const to = daysFromCivil(year, month, 1) - 1;
  return { from: daysFromCivil(year - SEASONALITY_YEARS, month, 1), to };
}
