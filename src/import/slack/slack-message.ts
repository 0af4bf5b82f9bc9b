import { z } from 'zod';
import type { MessageInput, PersonRef } from '../../model/input.js';
import type { Issue } from '../../model/issue.js';
import type { SlackChannel } from './slack-channels.js';
import { mentionedIds, slackText } from './slack-text.js';
import type { SlackUser } from './slack-users.js';

const messageSchema = z.object({
  ts: z.string().optional(),
  user: z.string().optional(),
  text: z.string().optional(),
  subtype: z.string().optional(),
  thread_ts: z.string().optional(),
  bot_id: z.string().optional(),
});

/** Subtypes that are messages people wrote; every other subtype is a system event or a bot's. */
const PEOPLE_SUBTYPES = new Set([
  'thread_broadcast',
  'reply_broadcast',
  'file_share',
  'me_message',
]);

const TS = /^\d{1,12}(?:\.\d{1,9})?$/;

/** What the messages of one export need to know about its people. */
export interface SlackPeople {
  readonly users: ReadonlyMap<string, SlackUser>;
  /** Display names by user id, to write mentions as `@name`. */
  readonly names: ReadonlyMap<string, string>;
}

/** How a Slack message names a person: the users.json entry, else the bare user id. */
export function slackRef(id: string, people: SlackPeople): PersonRef {
  return people.users.get(id)?.ref ?? { handle: { source: 'slack', value: id } };
}

/** The external id of a Slack message: `ts` is unique within its channel only. */
export function slackMessageId(channel: SlackChannel, ts: string): string {
  return `slack:${channel.id}:${ts}`;
}

/** The instant of a Slack `ts` (seconds since 1970, with microseconds) as ISO 8601. */
export function slackInstant(ts: string): string {
  return new Date(Math.round(Number(ts) * 1000)).toISOString();
}

/**
 * Reads one entry of a day file: a message, nothing for a system event or a bot's message
 * (`channel_join`, `bot_message`...), or an issue when it has no valid `ts` or no author. A
 * reply (`thread_ts` other than its own `ts`) points at its thread's first message.
 */
export function slackMessage(
  raw: unknown,
  channel: SlackChannel,
  people: SlackPeople,
  file: string,
): MessageInput | Issue | undefined {
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return { code: 'unreadable_file', file, params: { reason: 'not_slack' } };
  const { ts, user, text = '', subtype, thread_ts: threadTs, bot_id: botId } = parsed.data;
  if (subtype !== undefined && !PEOPLE_SUBTYPES.has(subtype)) return undefined;
  if ((botId !== undefined && user === undefined) || people.users.get(user ?? '')?.isBot) {
    return undefined;
  }
  if (ts === undefined || !TS.test(ts)) {
    return { code: 'invalid_value', file, params: { value: ts ?? '', expected: 'slack_ts' } };
  }
  if (!user) return { code: 'required_value', file, params: { field: 'author' } };
  const thread = threadTs && TS.test(threadTs) ? slackMessageId(channel, threadTs) : null;
  const externalId = slackMessageId(channel, ts);
  return {
    externalId,
    author: slackRef(user, people),
    channel: channel.name,
    timestamp: slackInstant(ts),
    replyTo: thread !== null && thread !== externalId ? thread : null,
    thread,
    text: slackText(text, people.names),
    mentions: mentionedIds(text).map((id) => slackRef(id, people)),
  };
}
