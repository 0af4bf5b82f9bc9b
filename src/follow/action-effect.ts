import type { Dataset } from '../model/dataset.js';

const DAY_MS = 86_400_000;

/** A dated action and the members it touched. */
export interface DatedAction {
  /** ISO date of the action (an event's day, a deliverable's date). */
  readonly date: string;
  readonly memberIds: readonly number[];
}

/** Participation of a group of members in the N days before and after an action. */
export interface WindowFigures {
  readonly members: number;
  /** Activities (attendances, messages, contributions) in each window. */
  readonly before: number;
  readonly after: number;
  /** Members with at least one activity in each window. */
  readonly activeBefore: number;
  readonly activeAfter: number;
  /** Members with more, fewer or as many activities after as before. */
  readonly more: number;
  readonly fewer: number;
  readonly same: number;
  /** (after − before) ÷ before; null from zero. */
  readonly relative: number | null;
}

/** The before/after reading of one action (docs/follow.md: no control group, limits). */
export interface ActionEffect {
  readonly date: string;
  readonly days: number;
  /** The members the action touched. */
  readonly touched: WindowFigures;
  /** The other non-staff members over the same windows: a reference, not a control group. */
  readonly others: WindowFigures;
  /** False when the data ends before the after-window does (the figures undercount). */
  readonly complete: boolean;
}

const dayOf = (iso: string) => Math.floor(Date.parse(iso.slice(0, 10)) / DAY_MS);

/** Every activity of the dataset as (member, day). */
function activities(dataset: Dataset): Array<[number, number]> {
  const eventDay = new Map(dataset.events.map((e) => [e.id, dayOf(e.date)]));
  const rows: Array<[number, number]> = [];
  for (const a of dataset.attendance) {
    const day = eventDay.get(a.eventId);
    if (day !== undefined) rows.push([a.memberId, day]);
  }
  for (const m of dataset.messages) rows.push([m.authorId, dayOf(m.timestamp)]);
  for (const c of dataset.contributions) rows.push([c.authorId, dayOf(c.date)]);
  return rows;
}

function figures(ids: readonly number[], counts: Map<number, [number, number]>): WindowFigures {
  let before = 0;
  let after = 0;
  let activeBefore = 0;
  let activeAfter = 0;
  let more = 0;
  let fewer = 0;
  for (const id of ids) {
    const [b, a] = counts.get(id) ?? [0, 0];
    before += b;
    after += a;
    if (b > 0) activeBefore++;
    if (a > 0) activeAfter++;
    if (a > b) more++;
    if (a < b) fewer++;
  }
  return {
    members: ids.length,
    before,
    after,
    activeBefore,
    activeAfter,
    more,
    fewer,
    same: ids.length - more - fewer,
    relative: before === 0 ? null : (after - before) / before,
  };
}

/**
 * The change in participation of the members an action touched: their activities in the `days`
 * days after the action (the day itself excluded) against the `days` days before it, beside the
 * same figures for the other non-staff members. `dataEnd` is the last day the data covers.
 * A before/after reading, not a causal estimate (docs/follow.md).
 *
 * @example
 * actionEffect(dataset, { date: '2024-03-12', memberIds: [4, 9] }, { days: 60, dataEnd: '2024-11-15' })
 */
export function actionEffect(
  dataset: Dataset,
  action: DatedAction,
  options: { days: number; dataEnd: string },
): ActionEffect {
  const day = dayOf(action.date);
  const counts = new Map<number, [number, number]>();
  for (const [member, at] of activities(dataset)) {
    const offset = at - day;
    if (offset === 0 || Math.abs(offset) > options.days) continue;
    const row = counts.get(member) ?? [0, 0];
    row[offset < 0 ? 0 : 1]++;
    counts.set(member, row);
  }
  const touched = [...new Set(action.memberIds)];
  const isTouched = new Set(touched);
  const others = dataset.members.filter((m) => !m.staff && !isTouched.has(m.id)).map((m) => m.id);
  return {
    date: action.date.slice(0, 10),
    days: options.days,
    touched: figures(touched, counts),
    others: figures(others, counts),
    complete: dayOf(options.dataEnd) >= day + options.days,
  };
}
