import type { SyncImporter } from '../importer.js';
import { decodeText } from '../sheet/decode-text.js';
import { kindIssue } from '../slack/settle-batch.js';
import { isChatMessageLine } from './chat-line.js';
import { readChatLog } from './read-chat-log.js';

/** Whether a sample is a chat log: its first non-empty line is `[timestamp] <nick> text`. */
function looksChatLog(sample: Uint8Array): boolean {
  const { text } = decodeText(sample.subarray(0, 16 * 1024));
  const first = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '');
  return first !== undefined && isChatMessageLine(first);
}

/**
 * Chat logs in the common `[timestamp] <nick> text` form (`--format chat-log`: IRC clients,
 * Gitter archives): messages by nick, `@nick` and `nick:` mentions; no replies (logs have none).
 */
export const chatLogImporter: SyncImporter = Object.freeze<SyncImporter>({
  format: 'chat-log',
  kinds: ['messages'],
  detect: looksChatLog,
  read(input) {
    const issue = kindIssue('chat-log', chatLogImporter.kinds, input.kind, input.fileName);
    return issue ? { ok: false, issues: [issue] } : readChatLog(input);
  },
});
