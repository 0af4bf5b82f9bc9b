import type { Dataset } from '../model/dataset.js';
import type { Member } from '../model/member.js';
import type { ActivityIndex } from './activity-index.js';
import { NO_DAY, parseDay } from './day.js';
import { PairWeights } from './pair-weights.js';
import { graphFromPairs, type WeightedGraph } from './weighted-graph.js';

/**
 * The members' interaction network (product.md §6, method.md §4.2): one undirected weighted graph
 * whose nodes are the members with at least one tie, labelled by member id. weight(a, b) =
 * events both attended + replies and mentions between them, either way + declared tie weights.
 * A reply links a message's author to the author of the message whose `externalId` equals its
 * `replyTo`. Records after `asOf` (and, with `sinceDay`, before it) are left out; undated ties
 * always count. Self-loops are dropped.
 */
export function networkGraph(
  dataset: Dataset,
  index: ActivityIndex,
  sinceDay: number = NO_DAY,
): WeightedGraph {
  const n = index.members.length;
  const pairs = new PairWeights(n);
  const add: AddPair = (a, b, weight) => pairs.add(a, b, weight);
  const inRange = (day: number): boolean => day !== NO_DAY && day >= sinceDay;
  addCoAttendance(dataset, index, inRange, add);
  addReplies(index, inRange, add);
  for (const tie of dataset.ties) {
    const day = tie.date === null ? null : parseDay(tie.date);
    if (day !== null && (!inRange(day) || day > index.asOfDay)) continue;
    add(
      index.indexById.get(tie.sourceId) ?? -1,
      index.indexById.get(tie.targetId) ?? -1,
      tie.weight,
    );
  }
  return graphFromPairs(pairs, (m) => (index.members[m] as Member).id);
}

type AddPair = (a: number, b: number, weight: number) => void;

/** One unit of weight for every event two members both attended (each attendee counted once). */
function addCoAttendance(
  dataset: Dataset,
  index: ActivityIndex,
  inRange: (day: number) => boolean,
  add: AddPair,
): void {
  const byEvent = new Map<number, number[]>();
  for (const a of dataset.attendance) {
    const e = index.eventIndexById.get(a.eventId);
    const m = index.indexById.get(a.memberId);
    if (e === undefined || m === undefined || !inRange(index.eventDay[e] as number)) continue;
    const list = byEvent.get(e);
    if (list === undefined) byEvent.set(e, [m]);
    else list.push(m);
  }
  for (const list of byEvent.values()) {
    const attendees = [...new Set(list)];
    for (let i = 0; i < attendees.length; i++) {
      for (let j = i + 1; j < attendees.length; j++) {
        add(attendees[i] as number, attendees[j] as number, 1);
      }
    }
  }
}

/**
 * One unit per reply (author ↔ replied-to author, when the replied-to message is up to `asOf`)
 * and per mention (author ↔ mentioned).
 */
function addReplies(index: ActivityIndex, inRange: (day: number) => boolean, add: AddPair): void {
  const { messages, messageDay, messageAuthor: authors } = index;
  for (let i = 0; i < messages.length; i++) {
    if (!inRange(messageDay[i] as number)) continue;
    const author = authors[i] as number;
    const parent = messages.replyTo[i] as number;
    if (parent >= 0 && messageDay[parent] !== NO_DAY) add(author, authors[parent] as number, 1);
    const end = messages.mentionStart[i + 1] as number;
    for (let k = messages.mentionStart[i] as number; k < end; k++)
      add(author, index.indexById.get(messages.mentioned[k] as number) ?? -1, 1);
  }
}
