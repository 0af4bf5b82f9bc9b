import { z } from 'zod';
import type { MessageInput, PersonRef } from '../../model/input.js';
import type { Issue } from '../../model/issue.js';
import { normaliseName } from '../normalise-name.js';
import { htmlText, mentionedUsernames } from './html-text.js';

/** One post of Discourse's API (`post_stream.posts[]`, `latest_posts[]`), fields Pouls reads. */
const postSchema = z.object({
  username: z.string().min(1),
  name: z.string().nullish(),
  created_at: z.string(),
  cooked: z.string().nullish(),
  post_number: z.number().int().positive(),
  topic_id: z.number().int(),
  reply_to_post_number: z.number().int().positive().nullish(),
  post_type: z.number().optional(),
  user_id: z.number().optional(),
  deleted_at: z.string().nullish(),
});

/** Regular posts (1) and whispers (4); moderator actions (2) and small actions (3) are notices. */
const PEOPLE_POST_TYPES = new Set([1, 4]);

/** How a Discourse post names a person: the username as handle, with the full name if set. */
export function discourseRef(username: string, name?: string | null): PersonRef {
  const full = normaliseName(name ?? '');
  return { handle: { source: 'discourse', value: username }, ...(full ? { name: full } : {}) };
}

/** The external id of a post: its topic and its number in the topic. */
export function discoursePostId(topicId: number, postNumber: number): string {
  return `discourse:${topicId}:${postNumber}`;
}

/**
 * Reads one post as a message: the topic is the thread (its first post), a post answers the
 * post it names (`reply_to_post_number`) or else the topic's first post. Deleted posts, system
 * users (negative ids) and notices give nothing; a post missing its fields gives an issue.
 */
export function discoursePost(
  raw: unknown,
  channel: string,
  file: string,
): MessageInput | Issue | undefined {
  const parsed = postSchema.safeParse(raw);
  if (!parsed.success) {
    return { code: 'unreadable_file', file, params: { reason: 'not_discourse' } };
  }
  const post = parsed.data;
  const isNotice = !PEOPLE_POST_TYPES.has(post.post_type ?? 1);
  if (isNotice || post.deleted_at || (post.user_id ?? 0) < 0) return undefined;
  const time = Date.parse(post.created_at);
  if (Number.isNaN(time)) {
    return { code: 'invalid_value', file, params: { value: post.created_at, expected: 'date' } };
  }
  const thread = discoursePostId(post.topic_id, 1);
  const parent = post.reply_to_post_number ?? (post.post_number > 1 ? 1 : null);
  const cooked = post.cooked ?? '';
  return {
    externalId: discoursePostId(post.topic_id, post.post_number),
    author: discourseRef(post.username, post.name),
    channel,
    timestamp: new Date(time).toISOString(),
    replyTo: parent === null ? null : discoursePostId(post.topic_id, parent),
    thread,
    text: htmlText(cooked),
    mentions: mentionedUsernames(cooked)
      .filter((username) => username !== post.username)
      .map((username) => discourseRef(username)),
  };
}
