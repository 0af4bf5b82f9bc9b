import type { Dataset } from '../model/dataset.js';
import type { Message } from '../model/message.js';
import type { ActivityIndex } from './activity-index.js';
import { NO_DAY, windowStart, YEAR_DAYS } from './day.js';
import { median } from './rhythm.js';
import { StringIndex } from './string-index.js';

/** Responsiveness of the exchange space over the last 12 months. */
export interface ReplyTimes {
  /** Threads started in the last 12 months. */
  threads: number;
  /** Share of those threads with no reply by another member up to `asOf`; null without threads. */
  unansweredShare: number | null;
  /** Median hours from a thread's start to its first reply by another member; null if none. */
  medianFirstReplyHours: number | null;
}

/**
 * Time to first reply and unanswered threads (product.md §3.2; the "silent decline" of method.md
 * P6: replies slow before meetings stop). A thread starts with a message without `replyTo` whose
 * `thread` is empty or its own id; a message belongs to the thread named by its `thread`, else by
 * its `replyTo`. The first reply is the earliest message of the thread written by someone other
 * than the starter, up to `asOf`.
 */
export function replyTimes(dataset: Dataset, index: ActivityIndex): ReplyTimes {
  const from = windowStart(index.asOfDay, YEAR_DAYS);
  const messages = dataset.messages;
  // When each thread start of the window was written (NaN for other messages); starts are then
  // found by external id through a `StringIndex` (no object per message).
  const startAt = new Float64Array(messages.length).fill(Number.NaN);
  messages.forEach((message, i) => {
    const day = index.messageDay[i] as number;
    if (day !== NO_DAY && day >= from && isThreadStart(message))
      startAt[i] = Date.parse(message.timestamp);
  });
  const isStart = (i: number): boolean => !Number.isNaN(startAt[i] as number);
  const starts = new StringIndex(
    messages.map((message) => message.externalId),
    isStart,
  );
  const firstReply = new Float64Array(messages.length).fill(Number.NaN);
  messages.forEach((message, i) => {
    const key = message.thread ?? message.replyTo;
    if (key === null || key === message.externalId || index.messageDay[i] === NO_DAY) return;
    const start = starts.indexOf(key);
    if (start < 0 || (messages[start] as Message).authorId === message.authorId) return;
    const at = Date.parse(message.timestamp);
    if (at >= (startAt[start] as number) && !(at >= (firstReply[start] as number)))
      firstReply[start] = at;
  });
  // A start id given twice counts once, with its last message (as a map keyed by id would).
  let threads = 0;
  const delays: number[] = [];
  messages.forEach((message, i) => {
    if (!isStart(i) || starts.indexOf(message.externalId) !== i) return;
    threads++;
    const reply = firstReply[i] as number;
    if (!Number.isNaN(reply)) delays.push((reply - (startAt[i] as number)) / 3_600_000);
  });
  delays.sort((a, b) => a - b);
  return {
    threads,
    unansweredShare: threads === 0 ? null : (threads - delays.length) / threads,
    medianFirstReplyHours: delays.length === 0 ? null : median(delays),
  };
}

/** True for a message that opens a thread (see `replyTimes`). */
export function isThreadStart(message: Message): boolean {
  return (
    message.replyTo === null && (message.thread === null || message.thread === message.externalId)
  );
}
