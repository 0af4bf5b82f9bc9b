import type { Batch, MessageInput } from '../../model/input.js';
import { EMPTY_BATCH } from '../../model/input.js';
import type { Result } from '../../model/issue.js';
import type { ImportOptions } from '../importer.js';
import { personKey } from '../person-ref.js';
import type { FieldReader } from './field-reader.js';
import type { FieldOf } from './header-aliases.js';
import { readRows } from './read-rows.js';
import type { Sheet, SheetRow } from './sheet.js';

type Field = FieldOf<'messages'>;

function messageOf(read: FieldReader<Field>, row: SheetRow): MessageInput | undefined {
  const author = read.requiredPerson(row, 'author');
  const timestamp = read.requiredDate(row, 'timestamp', 'instant');
  if (author === null || timestamp === null) return undefined;
  return {
    externalId: read.text(row, 'id') ?? `${timestamp}|${personKey(author)}`,
    author,
    channel: read.text(row, 'channel') ?? '',
    timestamp,
    replyTo: read.text(row, 'reply_to'),
    thread: read.text(row, 'thread'),
    text: read.text(row, 'text') ?? '',
    mentions: [],
  };
}

/**
 * Reads a messages sheet (product.md §5): each row needs an author and a timestamp (the text
 * column is required, an empty text is allowed); the external id defaults to
 * `${timestamp}|${author}`; a missing channel is `''`; mentions are not read from native sheets.
 */
export function readMessages(sheet: Sheet, options: ImportOptions): Result<Batch> {
  const read = readRows(sheet, 'messages', options, ['timestamp'], messageOf);
  return read.ok ? { ...read, value: { ...EMPTY_BATCH, messages: read.value } } : read;
}
