import { MS_PER_DAY, parseDay, parseUtcTimestamp } from './day.js';
import { PoulsError } from './pouls-error.js';

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
  private readonly authorId: Float64Array;
  private readonly day: Int32Array;
  private readonly time: Float64Array;
  private readonly replyTo: Int32Array;
  private readonly thread: Int32Array;
  private readonly mentionStart: Int32Array;
  private mentioned = new Float64Array(16);
  private length = 0;

  /** A builder for `capacity` messages (the exact count: the columns are not grown). */
  constructor(private readonly capacity: number) {
    this.authorId = new Float64Array(capacity);
    this.day = new Int32Array(capacity);
    this.time = new Float64Array(capacity);
    this.replyTo = new Int32Array(capacity);
    this.thread = new Int32Array(capacity);
    this.mentionStart = new Int32Array(capacity + 1);
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
    const i = this.length++;
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
    if (end + mentions.length > this.mentioned.length) {
      const grown = new Float64Array(Math.max(2 * this.mentioned.length, end + mentions.length));
      grown.set(this.mentioned);
      this.mentioned = grown;
    }
    for (const member of mentions) this.mentioned[end++] = member;
    this.mentionStart[i + 1] = end;
  }

  /** The table; every message announced to the constructor must have been added. */
  build(): MessageTable {
    if (this.length !== this.capacity)
      throw new PoulsError('internal', `${this.length} messages added, ${this.capacity} announced`);
    return {
      length: this.length,
      authorId: this.authorId,
      day: this.day,
      time: this.time,
      replyTo: this.replyTo,
      thread: this.thread,
      mentionStart: this.mentionStart,
      mentioned: this.mentioned.slice(0, this.mentionStart[this.length] as number),
    };
  }
}
