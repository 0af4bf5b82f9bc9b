import type { Dataset } from '../model/dataset.js';
import type { Message } from '../model/message.js';
import {
  type MessageTable,
  MessageTableBuilder,
  NO_MESSAGE,
  UNKNOWN_MESSAGE,
} from '../model/message-table.js';
import { StringIndex } from './string-index.js';

/**
 * The dataset's messages in columns: the table the loader built, else one built from
 * `dataset.messages`, with `replyTo` and `thread` resolved by external id (the last message
 * holding an id when a dataset repeats it). Every analytics function reads messages through it.
 */
export function messageTable(dataset: Dataset): MessageTable {
  return dataset.messageTable ?? tableOf(dataset.messages);
}

function tableOf(messages: readonly Message[]): MessageTable {
  const byExternalId = new StringIndex(messages.map((m) => m.externalId));
  const positionOf = (externalId: string | null): number => {
    if (externalId === null) return NO_MESSAGE;
    const position = byExternalId.indexOf(externalId);
    return position < 0 ? UNKNOWN_MESSAGE : position;
  };
  const builder = new MessageTableBuilder(messages.length);
  for (const m of messages)
    builder.add(m.authorId, m.timestamp, positionOf(m.replyTo), positionOf(m.thread), m.mentions);
  return builder.build();
}

/**
 * True for message `i` when it opens a thread: no `replyTo`, and no thread or its own
 * (see `replyTimes`).
 */
export function isThreadStart(table: MessageTable, i: number): boolean {
  const thread = table.thread[i] as number;
  return table.replyTo[i] === NO_MESSAGE && (thread === NO_MESSAGE || thread === i);
}
