import { decodeWords } from 'postal-mime';
import type { MessageInput } from '../../model/input.js';
import type { Issue } from '../../model/issue.js';
import { headerText, mailAuthor, mailInstant, messageIds, ownText } from './mail-fields.js';
import { mimeText } from './mime-text.js';
import { header, parseHeaders } from './parse-headers.js';
import type { MboxEntry } from './split-mbox.js';

/** The external id of a mail: its `Message-ID`, which is meant to be unique worldwide. */
export function mailMessageId(id: string): string {
  return `mbox:${id}`;
}

/** The list a message went through: the first label of `List-Id`, else of `X-BeenThere`. */
function listName(list: string | undefined, beenThere: string | undefined): string | undefined {
  const id = /<([^<>]+)>/.exec(list ?? '')?.[1] ?? beenThere?.split('@')[0];
  return id?.split('.')[0]?.trim() || undefined;
}

/**
 * Reads one message of an mbox: author from `From`, time from `Date` (else the separator), the
 * parent from `In-Reply-To` (else the last of `References`), the thread from the first of
 * `References`, the text the author wrote. Issues carry the separator's line.
 */
export function mailMessage(
  entry: MboxEntry,
  file: string,
  fallbackChannel: string,
): MessageInput | Issue {
  const { headers, bodyStart } = parseHeaders(entry.lines);
  const at = { file, line: entry.line };
  const from = header(headers, 'from');
  const author = from === undefined ? undefined : mailAuthor(from);
  if (!author) return { code: 'required_value', ...at, params: { field: 'author' } };
  const date = header(headers, 'date');
  const timestamp = mailInstant(date, entry.separator);
  if (!timestamp) {
    return { code: 'invalid_value', ...at, params: { value: date ?? '', expected: 'date' } };
  }
  const [id] = messageIds(header(headers, 'message-id'));
  const references = messageIds(header(headers, 'references'));
  const parent = messageIds(header(headers, 'in-reply-to'))[0] ?? references.at(-1);
  const root = references[0] ?? parent;
  return {
    externalId: mailMessageId(id ?? `${timestamp}|${author.email ?? author.name}`),
    author,
    channel:
      listName(header(headers, 'list-id'), header(headers, 'x-beenthere')) ?? fallbackChannel,
    timestamp,
    replyTo: parent ? mailMessageId(parent) : null,
    thread: root ? mailMessageId(root) : null,
    text: ownText(mimeText(headers, entry.lines.slice(bodyStart))),
    mentions: [],
  };
}

/** The subject of a message, decoded; exported for tests and later use (thread titles). */
export function mailSubject(entry: MboxEntry): string {
  const raw = header(parseHeaders(entry.lines).headers, 'subject') ?? '';
  return decodeWords(headerText(raw));
}
