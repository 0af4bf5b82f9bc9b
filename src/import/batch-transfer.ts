import type { Batch, MessageInput, PersonRef } from '../model/input.js';
import type { Result } from '../model/issue.js';

/** String fields per message: external id, channel, timestamp, reply to, thread, text. */
const FIELDS = 6;
const NO_REPLY = 2;
const NO_THREAD = 4;

/**
 * Messages as columns sent between threads: every string field joined in one string, its end
 * offsets, one flag byte per message, and the authors once each (a message gives the position
 * of its author). Copying that between threads costs about half of cloning a million message
 * objects; the receiving thread, which also writes, makes the messages from slices of the
 * string, and all the messages of one author share one author (whose key is hashed once).
 */
export interface PackedMessages {
  readonly text: string;
  readonly ends: Uint32Array;
  readonly flags: Uint8Array;
  /** The distinct authors: an email, or a name when `authorIsName` says so. */
  readonly authors: readonly string[];
  readonly authorIsName: Uint8Array;
  readonly authorOf: Uint32Array;
}

/** A read batch on its way to another thread: its messages packed when they can be. */
export type BatchTransfer =
  | { readonly read: Result<Batch>; readonly packed?: undefined }
  | { readonly read: Result<Batch>; readonly packed: PackedMessages };

/** Whether a message fits the packed form: no mentions, an author given by email alone or name alone. */
function packable(message: MessageInput): boolean {
  const { author } = message;
  if (message.mentions.length > 0 || author.handle !== undefined) return false;
  return (author.email === undefined) !== (author.name === undefined);
}

/**
 * Packs the messages of a read batch (what native message sheets give: no mentions, authors by
 * email or by name); other batches, and failed reads, go as they are.
 */
export function packBatch(read: Result<Batch>): BatchTransfer {
  if (!read.ok || read.value.messages.length === 0 || !read.value.messages.every(packable)) {
    return { read };
  }
  const messages = read.value.messages;
  const ends = new Uint32Array(messages.length * FIELDS);
  const flags = new Uint8Array(messages.length);
  const authorOf = new Uint32Array(messages.length);
  const authors: string[] = [];
  const byEmail = new Map<string, number>();
  const byName = new Map<string, number>();
  const authorIsName: number[] = [];
  // Appending (`+=`) then copying once costs a third of `join` over millions of small strings.
  let text = '';
  let at = 0;
  const add = (value: string) => {
    text += value;
    ends[at++] = text.length;
  };
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i]!;
    const { email, name } = m.author;
    const known = email === undefined ? byName : byEmail;
    const key = email ?? name ?? '';
    let k = known.get(key);
    if (k === undefined) {
      k = authors.length;
      known.set(key, k);
      authors.push(key);
      authorIsName.push(email === undefined ? 1 : 0);
    }
    authorOf[i] = k;
    flags[i] = (m.replyTo === null ? NO_REPLY : 0) | (m.thread === null ? NO_THREAD : 0);
    add(m.externalId);
    add(m.channel);
    add(m.timestamp);
    add(m.replyTo ?? '');
    add(m.thread ?? '');
    add(m.text);
  }
  return {
    read: { ...read, value: { ...read.value, messages: [] } },
    packed: { text, ends, flags, authors, authorIsName: Uint8Array.from(authorIsName), authorOf },
  };
}

const NO_MENTIONS: readonly never[] = Object.freeze([]);

/** The messages of a packed batch, equal to those `packBatch` was given. */
export function unpackMessages(packed: PackedMessages): MessageInput[] {
  const { text, ends, flags, authorOf } = packed;
  const authors: PersonRef[] = packed.authors.map((key, k) =>
    packed.authorIsName[k] ? { name: key } : { email: key },
  );
  const messages = new Array<MessageInput>(flags.length);
  let start = 0;
  let at = 0;
  const next = (): string => {
    const end = ends[at++]!;
    const value = text.slice(start, end);
    start = end;
    return value;
  };
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i]!;
    const externalId = next();
    const channel = next();
    const timestamp = next();
    const replyTo = next();
    const thread = next();
    messages[i] = {
      externalId,
      author: authors[authorOf[i]!]!,
      channel,
      timestamp,
      replyTo: flag & NO_REPLY ? null : replyTo,
      thread: flag & NO_THREAD ? null : thread,
      text: next(),
      mentions: NO_MENTIONS,
    };
  }
  return messages;
}

/** The read batch a transfer carries, its messages unpacked. */
export function unpackBatch(transfer: BatchTransfer): Result<Batch> {
  const { read, packed } = transfer;
  if (!packed || !read.ok) return read;
  return { ...read, value: { ...read.value, messages: unpackMessages(packed) } };
}
