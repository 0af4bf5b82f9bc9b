import { NO_MESSAGE } from '../model/message-table.js';
import type { ActivityIndex } from './activity-index.js';
import { NO_DAY, windowStart, YEAR_DAYS } from './day.js';
import { isThreadStart } from './message-table.js';
import { median } from './rhythm.js';

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
export function replyTimes(index: ActivityIndex): ReplyTimes {
  const from = windowStart(index.asOfDay, YEAR_DAYS);
  const { messages, messageDay } = index;
  // When each thread start of the window was written (NaN for other messages).
  const startAt = new Float64Array(messages.length).fill(Number.NaN);
  for (let i = 0; i < messages.length; i++) {
    const day = messageDay[i] as number;
    if (day !== NO_DAY && day >= from && isThreadStart(messages, i))
      startAt[i] = messages.time[i] as number;
  }
  const firstReply = new Float64Array(messages.length).fill(Number.NaN);
  for (let i = 0; i < messages.length; i++) {
    const thread = messages.thread[i] as number;
    const start = thread === NO_MESSAGE ? (messages.replyTo[i] as number) : thread;
    if (start < 0 || start === i || messageDay[i] === NO_DAY) continue;
    if (Number.isNaN(startAt[start] as number)) continue;
    if (messages.authorId[start] === messages.authorId[i]) continue;
    const at = messages.time[i] as number;
    if (at >= (startAt[start] as number) && !(at >= (firstReply[start] as number)))
      firstReply[start] = at;
  }
  let threads = 0;
  const delays: number[] = [];
  for (let i = 0; i < messages.length; i++) {
    if (Number.isNaN(startAt[i] as number)) continue;
    threads++;
    const reply = firstReply[i] as number;
    if (!Number.isNaN(reply)) delays.push((reply - (startAt[i] as number)) / 3_600_000);
  }
  delays.sort((a, b) => a - b);
  return {
    threads,
    unansweredShare: threads === 0 ? null : (threads - delays.length) / threads,
    medianFirstReplyHours: delays.length === 0 ? null : median(delays),
  };
}
