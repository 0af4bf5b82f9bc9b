import type { TimelinePoint } from '../model/analysis.js';
import { type ActivityIndex, ATTENDANCE, CONTRIBUTION, MESSAGE } from './activity-index.js';
import { formatMonth, monthOfDay, NO_DAY } from './day.js';

/**
 * Month-by-month evolution (product.md §3.2 "Evolution"), from the month of the first activity,
 * event or join up to the month of `asOf`. activeMembers = distinct members with an activity in
 * the month; newMembers = joined in the month (`joinedAt`, or the first activity when unknown);
 * returningMembers = active this month, active at some earlier month but not the previous one;
 * lapsedMembers = active the previous month but not this one; events, attendances, messages and
 * contributions are counts of records dated in the month.
 */
export function timeline(index: ActivityIndex): TimelinePoint[] {
  const first = firstDay(index);
  if (first === NO_DAY) return [];
  const startMonth = monthOfDay(first);
  const months = monthOfDay(index.asOfDay) - startMonth + 1;
  const monthOf = monthTable(first, index.asOfDay, startMonth);
  const n = index.members.length;
  const points = Array.from({ length: months }, (_, i) => emptyPoint(formatMonth(startMonth + i)));
  const firstActivity = new Int32Array(n).fill(NO_DAY);
  const perMember = new Int32Array(n + 1);
  for (let a = 0; a < index.count; a++) {
    const day = index.day[a] as number;
    const m = index.member[a] as number;
    perMember[m + 1] = (perMember[m + 1] as number) + 1;
    if (firstActivity[m] === NO_DAY || day < (firstActivity[m] as number)) firstActivity[m] = day;
    const point = points[monthOf[day - first] as number] as TimelinePoint;
    const kind = index.kind[a];
    if (kind === ATTENDANCE) point.attendances++;
    else if (kind === MESSAGE) point.messages++;
    else if (kind === CONTRIBUTION) point.contributions++;
  }
  for (const day of index.eventDay) {
    if (day !== NO_DAY) (points[monthOf[day - first] as number] as TimelinePoint).events++;
  }
  for (let m = 0; m < n; m++) {
    const joined = index.joinDay[m] !== NO_DAY ? index.joinDay[m] : firstActivity[m];
    if (joined !== undefined && joined !== NO_DAY && joined <= index.asOfDay) {
      (points[monthOf[joined - first] as number] as TimelinePoint).newMembers++;
    }
  }
  countFlows(memberMonths(index, perMember, monthOf, first), perMember, points);
  return points;
}

/**
 * Active month offsets of every member, grouped by member (CSR over `offsets`, which holds the
 * per-member counts shifted by one on entry and becomes the offsets): memory grows with the
 * activities, not with members × months.
 */
function memberMonths(
  index: ActivityIndex,
  offsets: Int32Array,
  monthOf: Int32Array,
  first: number,
): Int32Array {
  for (let m = 1; m < offsets.length; m++) {
    offsets[m] = (offsets[m] as number) + (offsets[m - 1] as number);
  }
  const cursor = offsets.slice(0, offsets.length - 1);
  const months = new Int32Array(index.count);
  for (let a = 0; a < index.count; a++) {
    const m = index.member[a] as number;
    const slot = cursor[m] as number;
    months[slot] = monthOf[(index.day[a] as number) - first] as number;
    cursor[m] = slot + 1;
  }
  return months;
}

/** Adds each member's active, returning and lapsed months to the points. */
function countFlows(months: Int32Array, offsets: Int32Array, points: TimelinePoint[]): void {
  for (let m = 0; m + 1 < offsets.length; m++) {
    const own = months.subarray(offsets[m] as number, offsets[m + 1] as number).sort();
    let previous = -1;
    for (const month of own) {
      if (month === previous) continue;
      (points[month] as TimelinePoint).activeMembers++;
      if (previous >= 0 && month > previous + 1) {
        (points[previous + 1] as TimelinePoint).lapsedMembers++;
        (points[month] as TimelinePoint).returningMembers++;
      }
      previous = month;
    }
    if (previous >= 0 && previous + 1 < points.length) {
      (points[previous + 1] as TimelinePoint).lapsedMembers++;
    }
  }
}

/** Earliest activity, event or join day up to `asOf`, or `NO_DAY`. */
function firstDay(index: ActivityIndex): number {
  let first = NO_DAY;
  const consider = (day: number): void => {
    if (day !== NO_DAY && day <= index.asOfDay && (first === NO_DAY || day < first)) first = day;
  };
  for (let a = 0; a < index.count; a++) consider(index.day[a] as number);
  for (const day of index.eventDay) consider(day);
  for (const day of index.joinDay) consider(day);
  return first;
}

/** Month offset of every day from `first` to `last`: one calendar conversion per day, not per record. */
function monthTable(first: number, last: number, startMonth: number): Int32Array {
  const table = new Int32Array(last - first + 1);
  for (let day = first; day <= last; day++) table[day - first] = monthOfDay(day) - startMonth;
  return table;
}

function emptyPoint(month: string): TimelinePoint {
  return {
    month,
    activeMembers: 0,
    newMembers: 0,
    returningMembers: 0,
    lapsedMembers: 0,
    events: 0,
    attendances: 0,
    messages: 0,
    contributions: 0,
  };
}
