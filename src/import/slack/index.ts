import type { SyncImporter } from '../importer.js';
import { readSlack } from './read-slack.js';
import { isZip } from './read-zip.js';
import { kindIssue } from './settle-batch.js';

const latin1 = new TextDecoder('latin1');
const ENTRY_NAME = /(?:^|\/)(?:channels|users)\.json|[^/\s]+\/\d{4}-\d{2}-\d{2}\.json/;
/** Markers of the JSON files of an export folder: day files, `users.json`, `channels.json`. */
const SLACK_JSON = /"(?:ts|thread_ts|client_msg_id|is_general|real_name_normalized)"\s*:/;

/**
 * Whether a sample is a Slack export: a zip whose first entry names are `channels.json`,
 * `users.json` or `channel/YYYY-MM-DD.json`; or, for a folder (its name ends with `/`, the sample
 * is one of its files), JSON with Slack's own keys.
 */
function looksSlack(sample: Uint8Array, fileName: string): boolean {
  if (isZip(sample)) return ENTRY_NAME.test(latin1.decode(sample));
  if (!fileName.endsWith('/')) return false;
  const text = latin1.decode(sample.subarray(0, 64 * 1024)).trimStart();
  return /^[[{]/.test(text) && SLACK_JSON.test(text);
}

/**
 * Slack workspace exports (`--format slack`), as the zip Slack sends or its extracted folder
 * (`ImportInput.files`): members from `users.json`; messages, threads, replies and mentions
 * from the day files of every channel. System events and bots' messages are skipped.
 */
export const slackImporter: SyncImporter = Object.freeze<SyncImporter>({
  format: 'slack',
  kinds: ['members', 'messages'],
  detect: looksSlack,
  read(input) {
    const issue = kindIssue('slack', slackImporter.kinds, input.kind, input.fileName);
    return issue ? { ok: false, issues: [issue] } : readSlack(input);
  },
});
