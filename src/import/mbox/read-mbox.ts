import type { Batch, MessageInput } from '../../model/input.js';
import { EMPTY_BATCH } from '../../model/input.js';
import type { Issue, Result } from '../../model/issue.js';
import { fail } from '../../model/issue.js';
import type { ImportInput } from '../importer.js';
import { settleBatch } from '../slack/settle-batch.js';
import { mailMessage } from './mail-message.js';
import { splitMbox } from './split-mbox.js';

const binary = new TextDecoder('latin1');

/** A file's name without folder and extension (`archives/cppn.mbox` → `cppn`). */
function stem(fileName: string): string {
  return (fileName.split(/[\\/]/).at(-1) ?? '').replace(/\.[^.]*$/, '');
}

/** Marks thread starts: a message others name as their thread's root is its own thread. */
function withThreadStarts(messages: readonly MessageInput[]): MessageInput[] {
  const roots = new Set(messages.map((m) => m.thread).filter((id) => id !== null));
  return messages.map((m) =>
    m.thread === null && roots.has(m.externalId) ? { ...m, thread: m.externalId } : m,
  );
}

/**
 * Reads a mailing-list archive in mbox form (Mailman, pipermail, Google Groups takeout, mail
 * clients): one message per `From ` separator, decoded and threaded by `In-Reply-To` and
 * `References`. The channel is the list's name, else the file's name.
 */
export function readMbox({ bytes, fileName, options }: ImportInput): Result<Batch> {
  const text = binary.decode(bytes).replace(/^\xef\xbb\xbf/, '');
  if (text.trim() === '') return fail([{ code: 'empty_file', file: fileName, params: {} }]);
  const entries = splitMbox(text);
  if (entries.length === 0) {
    return fail([{ code: 'unreadable_file', file: fileName, params: { reason: 'not_mbox' } }]);
  }
  const messages: MessageInput[] = [];
  const issues: Issue[] = [];
  for (const entry of entries) {
    const read = mailMessage(entry, fileName, stem(fileName));
    if ('code' in read) issues.push(read);
    else messages.push(read);
  }
  return settleBatch({ ...EMPTY_BATCH, messages: withThreadStarts(messages) }, issues, options);
}
