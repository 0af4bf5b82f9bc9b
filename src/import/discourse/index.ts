import type { SyncImporter } from '../importer.js';
import { kindIssue } from '../slack/settle-batch.js';
import { readDiscourse } from './read-discourse.js';

const utf8 = new TextDecoder('utf-8');

/** Whether a sample is Discourse JSON: an object with `post_stream` or `latest_posts`. */
function looksDiscourse(sample: Uint8Array): boolean {
  const text = utf8.decode(sample.subarray(0, 64 * 1024)).replace(/^\uFEFF/, '');
  return /^\s*\{/.test(text) && /"(?:post_stream|latest_posts)"\s*:/.test(text);
}

/**
 * Discourse topic JSON (`--format discourse`, `/t/{id}.json?print=true`): posts as messages, the
 * topic as thread, replies from `reply_to_post_number` (else to the topic), mentions from the
 * post's mention links; notices, deleted posts and system users are skipped.
 */
export const discourseImporter: SyncImporter = Object.freeze<SyncImporter>({
  format: 'discourse',
  kinds: ['messages'],
  detect: looksDiscourse,
  read(input) {
    const issue = kindIssue('discourse', discourseImporter.kinds, input.kind, input.fileName);
    return issue ? { ok: false, issues: [issue] } : readDiscourse(input);
  },
});
