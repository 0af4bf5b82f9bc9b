import { MS_PER_DAY, parseDay, parseUtcTimestamp } from './day.js';

/** In `MessageTable.replyTo` and `.thread`: the message has no such link. */
export const NO_MESSAGE = -1;
/** In `MessageTable.replyTo` and `.thread`: the link names a message that is not in the dataset. */
export const UNKNOWN_MESSAGE = -2;

/**
 * A dataset's messages as the analytics read them: one typed column per field, the same order as
 * `Dataset.messages`, and the links between messages resolved to positions. Millions of messages
 * fit in a few arrays instead of millions of objects and strings (product.md §3.2, "compact graph
 * representation"). External ids are unique within a community (the store enforces it); if a
 * dataset repeats one, links go to its last message.
 */
export interface MessageTable {
  readonly length: number;
  readonly authorId: Float64Array;
  /** Day number of each timestamp (`parseDay`), `NO_DAY` when unreadable. */
  readonly day: Int32Array;
  /** Each timestamp in ms since 1970 (`Date.parse`), NaN when unreadable. */
  readonly time: Float64Array;
  /** Position of the message each one replies to, `NO_MESSAGE` or `UNKNOWN_MESSAGE`. */
  readonly replyTo: Int32Array;
  /** Position of the message that names each one's thread, `NO_MESSAGE` or `UNKNOWN_MESSAGE`. */
  readonly thread: Int32Array;
  /** Mentions of message i: member ids `mentioned[mentionStart[i] .. mentionStart[i + 1])`. */
  readonly mentionStart: Int32Array;
  readonly mentioned: Float64Array;
}

/** Fills a `MessageTable` one message at a time, in dataset order. */
export class MessageTableBuilder {
  private authorId: Float64Array;
  private day: Int32Array;
  private time: Float64Array;
  private replyTo: Int32Array;
  private thread: Int32Array;
  private mentionStart: Int32Array;
  private mentioned = new Float64Array(16);
  private count = 0;

  /** A builder with room for `capacity` messages to begin with (it grows as needed). */
  constructor(capacity = 1024) {
    const size = Math.max(1, capacity);
    this.authorId = new Float64Array(size);
    this.day = new Int32Array(size);
    this.time = new Float64Array(size);
    this.replyTo = new Int32Array(size);
    this.thread = new Int32Array(size);
    this.mentionStart = new Int32Array(size + 1);
  }

  /** Messages added so far. */
  get length(): number {
    return this.count;
  }

  /**
   * Adds the next message: its author, its ISO timestamp, the positions of the messages it replies
   * to and that name its thread (or `NO_MESSAGE` / `UNKNOWN_MESSAGE`), and the members it mentions.
   */
  add(
    authorId: number,
    timestamp: string,
    replyTo: number,
    thread: number,
    mentions: readonly number[],
  ): void {
    if (this.count === this.authorId.length) this.grow();
    const i = this.count++;
    this.authorId[i] = authorId;
    const ms = parseUtcTimestamp(timestamp);
    if (Number.isNaN(ms)) {
      this.day[i] = parseDay(timestamp);
      this.time[i] = Date.parse(timestamp);
    } else {
      this.day[i] = Math.floor(ms / MS_PER_DAY);
      this.time[i] = ms;
    }
    this.replyTo[i] = replyTo;
    this.thread[i] = thread;
    let end = this.mentionStart[i] as number;
    if (end + mentions.length > this.mentioned.length)
      this.mentioned = grown(
        this.mentioned,
        Math.max(2 * this.mentioned.length, end + mentions.length),
      );
    for (const member of mentions) this.mentioned[end++] = member;
    this.mentionStart[i + 1] = end;
  }

  /** The table of the messages added: views on the builder's columns, not copies. */
  build(): MessageTable {
    const n = this.count;
    return {
      length: n,
      authorId: this.authorId.subarray(0, n),
      day: this.day.subarray(0, n),
      time: this.time.subarray(0, n),
      replyTo: this.replyTo.subarray(0, n),
      thread: this.thread.subarray(0, n),
      mentionStart: this.mentionStart.subarray(0, n + 1),
      mentioned: this.mentioned.subarray(0, this.mentionStart[n] as number),
    };
  }

  private grow(): void {
    const size = 2 * this.authorId.length;
    this.authorId = grown(this.authorId, size);
    this.day = grown(this.day, size);
    this.time = grown(this.time, size);
    this.replyTo = grown(this.replyTo, size);
    this.thread = grown(this.thread, size);
    this.mentionStart = grown(this.mentionStart, size + 1);
  }
}

/** A copy of `array` with room for `size` elements. */
function grown<T extends Float64Array | Int32Array>(array: T, size: number): T {
  const copy = new (array.constructor as new (size: number) => T)(size);
  copy.set(array);
  return copy;
}

/**
 * The messages of `parts` one after the other, as one table. Link columns are copied as they
 * are: the caller gives positions in the whole (or resolves them afterwards).
 */
export function concatMessageTables(parts: readonly MessageTable[]): MessageTable {
  const total = parts.reduce((sum, p) => sum + p.length, 0);
  const mentions = parts.reduce((sum, p) => sum + p.mentioned.length, 0);
  const whole = {
    length: total,
    authorId: new Float64Array(total),
    day: new Int32Array(total),
    time: new Float64Array(total),
    replyTo: new Int32Array(total),
    thread: new Int32Array(total),
    mentionStart: new Int32Array(total + 1),
    mentioned: new Float64Array(mentions),
  };
  let at = 0;
  let mentionAt = 0;
  for (const part of parts) {
    whole.authorId.set(part.authorId, at);
    whole.day.set(part.day, at);
    whole.time.set(part.time, at);
    whole.replyTo.set(part.replyTo, at);
    whole.thread.set(part.thread, at);
    whole.mentioned.set(part.mentioned, mentionAt);
    for (let i = 1; i <= part.length; i++)
      whole.mentionStart[at + i] = mentionAt + (part.mentionStart[i] as number);
    at += part.length;
    mentionAt += part.mentioned.length;
  }
  return whole;
}
