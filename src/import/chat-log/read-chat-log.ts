import type { Batch, MessageInput } from '../../model/input.js';
import { EMPTY_BATCH } from '../../model/input.js';
import type { Issue, Result } from '../../model/issue.js';
import { fail } from '../../model/issue.js';
import type { ImportInput } from '../importer.js';
import { decodeText } from '../sheet/decode-text.js';
import { parseDate } from '../sheet/parse-date.js';
import { settleBatch } from '../slack/settle-batch.js';
import { chatLine } from './chat-line.js';
import { chatMentions } from './chat-mentions.js';

interface Draft {
  readonly line: number;
  readonly timestamp: string;
  readonly nick: string;
  readonly lines: string[];
}

/** How a chat log names a person: the nick, as a handle of the `chat-log` source. */
function nickRef(nick: string) {
  return { handle: { source: 'chat-log', value: nick } };
}

function draftsOf(text: string, file: string): { drafts: Draft[]; issues: Issue[] } {
  const drafts: Draft[] = [];
  const issues: Issue[] = [];
  let current: Draft | undefined;
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const line = chatLine(raw);
    if (line.kind === 'text') {
      if (current && raw.trim() !== '') current.lines.push(raw);
      return;
    }
    current = undefined;
    if (line.kind === 'event') return;
    const date = parseDate(line.stamp);
    if (!date.ok || !date.value.includes('T')) {
      const params = { value: line.stamp, expected: 'date' };
      issues.push({ code: 'invalid_value', file, line: index + 1, params });
      return;
    }
    current = { line: index + 1, timestamp: date.value, nick: line.nick, lines: [line.text] };
    drafts.push(current);
  });
  return { drafts, issues };
}

/**
 * Reads a chat log in the `[timestamp] <nick> text` form: one message per such line, the lines
 * after it that match no form continuing its text; events (`* nick`, `-!-`) skipped. Times
 * without a zone are UTC. Such logs say nothing of replies: `replyTo` and `thread` stay null.
 * The channel is the file's name; ids are `chat-log:channel:time|nick|n`, stable on re-import.
 */
export function readChatLog({ bytes, fileName, options }: ImportInput): Result<Batch> {
  const { text } = decodeText(bytes);
  if (text.trim() === '') return fail([{ code: 'empty_file', file: fileName, params: {} }]);
  const channel = (fileName.split(/[\\/]/).at(-1) ?? '').replace(/\.[^.]*$/, '');
  const { drafts, issues } = draftsOf(text, fileName);
  if (drafts.length === 0 && issues.length === 0) {
    return fail([{ code: 'unreadable_file', file: fileName, params: { reason: 'not_chat_log' } }]);
  }
  const speakers = new Set(drafts.map((d) => d.nick));
  const seen = new Map<string, number>();
  const messages: MessageInput[] = drafts.map((draft) => {
    const key = `${draft.timestamp}|${draft.nick}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const body = draft.lines.join('\n').trim();
    return {
      externalId: `chat-log:${channel}:${key}|${n}`,
      author: nickRef(draft.nick),
      channel,
      timestamp: draft.timestamp,
      replyTo: null,
      thread: null,
      text: body,
      mentions: chatMentions(body, draft.nick, speakers).map(nickRef),
    };
  });
  return settleBatch({ ...EMPTY_BATCH, messages }, issues, options);
}
