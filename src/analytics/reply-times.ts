import type { Dataset } from '../model/dataset.js';
import type { Message } from '../model/message.js';
import type { ActivityIndex } from './activity-index.js';
import { NO_DAY, windowStart, YEAR_DAYS } from './day.js';
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
export function replyTimes(dataset: Dataset, index: ActivityIndex): ReplyTimes {
  const from = windowStart(index.asOfDay, YEAR_DAYS);
  const starts = new Map<string, { author: number; at: number; firstReply: number }>();
  dataset.messages.forEach((message, i) => {
    const day = index.messageDay[i] as number;
    if (day === NO_DAY || day < from || !isThreadStart(message)) return;
    const at = Date.parse(message.timestamp);
    if (!Number.isNaN(at))
      starts.set(message.externalId, { author: message.authorId, at, firstReply: Number.NaN });
  });
  dataset.messages.forEach((message, i) => {
    const key = message.thread ?? message.replyTo;
    if (key === null || key === message.externalId || index.messageDay[i] === NO_DAY) return;
    const start = starts.get(key);
    if (start === undefined || start.author === message.authorId) return;
    const at = Date.parse(message.timestamp);
    if (at >= start.at && !(at >= start.firstReply)) start.firstReply = at;
  });
  const delays: number[] = [];
  for (const start of starts.values()) {
    if (!Number.isNaN(start.firstReply)) delays.push((start.firstReply - start.at) / 3_600_000);
  }
  delays.sort((a, b) => a - b);
  return {
    threads: starts.size,
    unansweredShare: starts.size === 0 ? null : (starts.size - delays.length) / starts.size,
    medianFirstReplyHours: delays.length === 0 ? null : median(delays),
  };
}

/** True for a message that opens a thread (see `replyTimes`). */
export function isThreadStart(message: Message): boolean {
  return (
    message.replyTo === null && (message.thread === null || message.thread === message.externalId)
  );
}
