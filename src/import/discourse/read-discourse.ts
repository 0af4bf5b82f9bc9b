import { z } from 'zod';
import type { Batch, MessageInput } from '../../model/input.js';
import { EMPTY_BATCH } from '../../model/input.js';
import type { Issue, Result } from '../../model/issue.js';
import { fail } from '../../model/issue.js';
import type { ImportInput } from '../importer.js';
import { readJson } from '../slack/read-json.js';
import { settleBatch } from '../slack/settle-batch.js';
import { discoursePost } from './discourse-post.js';

const topicSchema = z.union([
  z.object({
    post_stream: z.object({ posts: z.array(z.unknown()) }),
    category_id: z.number().nullish(),
  }),
  z.object({ latest_posts: z.array(z.unknown()) }),
]);

/**
 * Reads Discourse JSON: a topic (`/t/{id}.json`, `post_stream.posts`) or a list of latest posts
 * (`/posts.json`, `latest_posts`). The channel is the topic's category id as text (the topic JSON
 * does not name categories), empty when absent.
 */
export function readDiscourse({ bytes, fileName, options }: ImportInput): Result<Batch> {
  const json = readJson(bytes, fileName);
  if (!json.ok) return json;
  const topic = topicSchema.safeParse(json.value);
  if (!topic.success) {
    return fail([{ code: 'unreadable_file', file: fileName, params: { reason: 'not_discourse' } }]);
  }
  const { data } = topic;
  const posts = 'post_stream' in data ? data.post_stream.posts : data.latest_posts;
  const category = 'category_id' in data ? data.category_id : undefined;
  const channel = category === undefined || category === null ? '' : String(category);
  const messages: MessageInput[] = [];
  const issues: Issue[] = [];
  for (const raw of posts) {
    const read = discoursePost(raw, channel, fileName);
    if (read === undefined) continue;
    if ('code' in read) issues.push(read);
    else messages.push(read);
  }
  return settleBatch({ ...EMPTY_BATCH, messages }, issues, options);
}
