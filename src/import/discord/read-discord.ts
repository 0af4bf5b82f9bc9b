import type { Batch, MessageInput } from '../../model/input.js';
import { EMPTY_BATCH } from '../../model/input.js';
import type { Issue, Result } from '../../model/issue.js';
import { fail } from '../../model/issue.js';
import type { ImportInput } from '../importer.js';
import { readJson } from '../slack/read-json.js';
import { settleBatch } from '../slack/settle-batch.js';
import { discordExportSchema } from './discord-export.js';
import { discordMessage } from './discord-message.js';
import { withThreadRoots } from './with-thread-roots.js';

/**
 * Reads a DiscordChatExporter JSON export of one channel: every message people wrote (system
 * notices and bots left out), replies from `reference.messageId`, threads as reply chains,
 * mentions from `mentions`. The channel is named as in the export.
 */
export function readDiscord({ bytes, fileName, options }: ImportInput): Result<Batch> {
  const json = readJson(bytes, fileName);
  if (!json.ok) return json;
  const frame = discordExportSchema.safeParse(json.value);
  if (!frame.success) {
    return fail([{ code: 'unreadable_file', file: fileName, params: { reason: 'not_discord' } }]);
  }
  const channel = frame.data.channel.name || frame.data.channel.id;
  const messages: MessageInput[] = [];
  const issues: Issue[] = [];
  for (const raw of frame.data.messages) {
    const read = discordMessage(raw, channel, fileName);
    if (read === undefined) continue;
    if ('code' in read) issues.push(read);
    else messages.push(read);
  }
  return settleBatch({ ...EMPTY_BATCH, messages: withThreadRoots(messages) }, issues, options);
}
