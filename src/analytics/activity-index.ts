import type { Dataset } from '../model/dataset.js';
import type { Member } from '../model/member.js';
import type { MessageTable } from '../model/message-table.js';
import { NO_DAY, parseDay } from './day.js';
import { messageTable } from './message-table.js';

/** Kind of activity (`ActivityIndex.kind`): an attendance at an event. */
export const ATTENDANCE = 0;
/** Kind of activity: a message. */
export const MESSAGE = 1;
/** Kind of activity: a contribution. */
export const CONTRIBUTION = 2;

/**
 * Every dated participation of every member up to `asOf`, in columns (typed arrays): the common
 * input of all analytics. Members who do not exist yet at `asOf` and records after `asOf` are left
 * out; each date is parsed once.
 */
export interface ActivityIndex {
  /** The inclusive end of the analysis, as a day number. */
  readonly asOfDay: number;
  /** Members that exist at `asOf`, sorted by id; "member index" means a position here. */
  readonly members: readonly Member[];
  readonly indexById: ReadonlyMap<number, number>;
  /** Day joined per member index, `NO_DAY` when unknown. */
  readonly joinDay: Int32Array;
  /** 1 for the steward's team. */
  readonly isStaff: Uint8Array;
  /** Number of activities; the columns below have at least this length. */
  readonly count: number;
  readonly member: Int32Array;
  readonly day: Int32Array;
  /** `ATTENDANCE`, `MESSAGE` or `CONTRIBUTION`. */
  readonly kind: Uint8Array;
  /** 1 for an attendance as host or speaker (leading an activity). */
  readonly led: Uint8Array;
  /** Day of each `dataset.events[i]`, `NO_DAY` when after `asOf` or unreadable. */
  readonly eventDay: Int32Array;
  /** Organiser's member index of each `dataset.events[i]`, -1 when none. */
  readonly eventOrganizer: Int32Array;
  readonly eventIndexById: ReadonlyMap<number, number>;
  /** The dataset's messages in columns (`messageTable`); "message i" means a position here. */
  readonly messages: MessageTable;
  /** Day of each message, `NO_DAY` when after `asOf`, unreadable or by a non-member. */
  readonly messageDay: Int32Array;
  /** Author's member index of each message, -1 when not a member at `asOf`. */
  readonly messageAuthor: Int32Array;
}

/**
 * Builds the activity index: attendances (dated by their event), messages and contributions.
 * A member exists at `asOf` when `joinedAt <= asOf`, or when `joinedAt` is unknown and the member
 * has an activity up to `asOf` or none at all.
 */
export function activityIndex(dataset: Dataset, asOfDay: number): ActivityIndex {
  const all = dataset.members;
  const allIndex = positionsById(all);
  const firstDay = new Int32Array(all.length).fill(NO_DAY);
  const messages = messageTable(dataset);
  const capacity = dataset.attendance.length + messages.length + dataset.contributions.length;
  const raw = { member: new Int32Array(capacity), day: new Int32Array(capacity) };
  const kind = new Uint8Array(capacity);
  const led = new Uint8Array(capacity);
  let count = 0;
  const push = (memberId: number, day: number, k: number, isLed: boolean): void => {
    const m = allIndex.get(memberId);
    if (m === undefined || day === NO_DAY) return;
    if (firstDay[m] === NO_DAY || day < (firstDay[m] as number)) firstDay[m] = day;
    if (day > asOfDay) return;
    raw.member[count] = m;
    raw.day[count] = day;
    kind[count] = k;
    led[count] = isLed ? 1 : 0;
    count++;
  };

  const eventDay = new Int32Array(dataset.events.length);
  const eventIndexById = new Map<number, number>();
  dataset.events.forEach((event, i) => {
    const day = parseDay(event.date);
    eventDay[i] = day > asOfDay ? NO_DAY : day;
    eventIndexById.set(event.id, i);
  });
  for (const a of dataset.attendance) {
    const e = eventIndexById.get(a.eventId);
    if (e !== undefined)
      push(a.memberId, eventDay[e] as number, ATTENDANCE, a.role !== 'participant');
  }
  const messageDay = new Int32Array(messages.length);
  const messageAuthor = new Int32Array(messages.length);
  for (let i = 0; i < messages.length; i++) {
    const day = messages.day[i] as number;
    const authorId = messages.authorId[i] as number;
    messageDay[i] = day > asOfDay ? NO_DAY : day;
    messageAuthor[i] = allIndex.get(authorId) ?? -1;
    push(authorId, day, MESSAGE, false);
  }
  for (const c of dataset.contributions) push(c.authorId, parseDay(c.date), CONTRIBUTION, false);

  const existing = existingMembers(all, firstDay, asOfDay);
  const indexById = new Map<number, number>();
  const remap = new Int32Array(all.length).fill(-1);
  existing.forEach((i, position) => {
    remap[i] = position;
    indexById.set((all[i] as Member).id, position);
  });
  let kept = 0;
  for (let a = 0; a < count; a++) {
    const m = remap[raw.member[a] as number] as number;
    if (m < 0) continue;
    raw.member[kept] = m;
    raw.day[kept] = raw.day[a] as number;
    kind[kept] = kind[a] as number;
    led[kept] = led[a] as number;
    kept++;
  }
  for (let i = 0; i < messageAuthor.length; i++) {
    const author = messageAuthor[i] as number;
    messageAuthor[i] = author < 0 ? -1 : (remap[author] as number);
    if ((messageAuthor[i] as number) < 0) messageDay[i] = NO_DAY;
  }
  const members = existing.map((i) => all[i] as Member);
  return {
    asOfDay,
    members,
    indexById,
    joinDay: Int32Array.from(members, (m) => (m.joinedAt === null ? NO_DAY : parseDay(m.joinedAt))),
    isStaff: Uint8Array.from(members, (m) => (m.staff ? 1 : 0)),
    count: kept,
    member: raw.member,
    day: raw.day,
    kind,
    led,
    eventDay,
    eventOrganizer: Int32Array.from(dataset.events, (e) =>
      e.organizerId === null ? -1 : (indexById.get(e.organizerId) ?? -1),
    ),
    eventIndexById,
    messages,
    messageDay,
    messageAuthor,
  };
}

/** Positions in `all` of the members that exist at `asOfDay`, sorted by member id. */
function existingMembers(all: readonly Member[], firstDay: Int32Array, asOfDay: number): number[] {
  const result: number[] = [];
  all.forEach((member, i) => {
    const joined = member.joinedAt === null ? NO_DAY : parseDay(member.joinedAt);
    const first = firstDay[i] as number;
    const exists = joined !== NO_DAY ? joined <= asOfDay : first === NO_DAY || first <= asOfDay;
    if (exists) result.push(i);
  });
  return result.sort((a, b) => (all[a] as Member).id - (all[b] as Member).id);
}

/**
 * Number of activities of each member index with a day in `[fromDay, toDay]`.
 * @example countByMember(index, index.asOfDay - 364, index.asOfDay) // the last 12 months
 */
export function countByMember(index: ActivityIndex, fromDay: number, toDay: number): Int32Array {
  const counts = new Int32Array(index.members.length);
  for (let a = 0; a < index.count; a++) {
    const day = index.day[a] as number;
    if (day >= fromDay && day <= toDay) {
      const m = index.member[a] as number;
      counts[m] = (counts[m] as number) + 1;
    }
  }
  return counts;
}

/**
 * Position of each member by id: a dense array when ids are small integers (store ids: millions of
 * lookups without hashing), else a map.
 */
function positionsById(members: readonly Member[]): { get(id: number): number | undefined } {
  let maxId = -1;
  for (const m of members) {
    if (!Number.isInteger(m.id) || m.id < 0) return new Map(members.map((x, i) => [x.id, i]));
    maxId = Math.max(maxId, m.id);
  }
  if (maxId > 4 * members.length + 1024) return new Map(members.map((x, i) => [x.id, i]));
  const positions = new Int32Array(maxId + 1).fill(-1);
  members.forEach((m, i) => {
    positions[m.id] = i;
  });
  return {
    get(id: number): number | undefined {
      const position = id >= 0 && id <= maxId ? (positions[id] as number) : -1;
      return position < 0 ? undefined : position;
    },
  };
}
