import type { MessageInput, PersonRef } from '../../model/input.js';
import type { Issue } from '../../model/issue.js';
import { normaliseName } from '../normalise-name.js';
import { type DiscordUser, discordMessageSchema } from './discord-export.js';

/** Message types people write; the others (joins, pins, calls, boosts...) are system notices. */
const PEOPLE_TYPES = new Set(['Default', 'Reply']);

/** How a Discord export names a person: their user id as handle, and their display name. */
export function discordRef(user: DiscordUser): PersonRef {
  const name = normaliseName(user.nickname || user.name || '');
  return { handle: { source: 'discord', value: user.id }, ...(name ? { name } : {}) };
}

/** The external id of a Discord message (snowflakes are unique across Discord). */
export function discordMessageId(id: string): string {
  return `discord:${id}`;
}

/**
 * Reads one message of the export: a message (its `thread` is left to the caller), nothing for
 * a system notice or a bot's message, or an issue when it lacks an id, an author or a valid
 * timestamp.
 */
export function discordMessage(
  raw: unknown,
  channel: string,
  file: string,
): MessageInput | Issue | undefined {
  const parsed = discordMessageSchema.safeParse(raw);
  if (!parsed.success) return { code: 'unreadable_file', file, params: { reason: 'not_discord' } };
  const {
    id,
    type = 'Default',
    timestamp,
    content,
    author,
    mentions = [],
    reference,
  } = parsed.data;
  if (!PEOPLE_TYPES.has(type) || author.isBot) return undefined;
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) {
    return { code: 'invalid_value', file, params: { value: timestamp, expected: 'date' } };
  }
  const parent = reference?.messageId;
  return {
    externalId: discordMessageId(id),
    author: discordRef(author),
    channel,
    timestamp: new Date(time).toISOString(),
    replyTo: parent ? discordMessageId(parent) : null,
    thread: null,
    text: content ?? '',
    mentions: mentions.filter((user) => user.id !== author.id).map(discordRef),
  };
}
