import type { SyncImporter } from '../importer.js';
import { kindIssue } from '../slack/settle-batch.js';
import { readMbox } from './read-mbox.js';

const binary = new TextDecoder('latin1');

/** Whether a sample is an mbox: a `From ` separator line first, then mail header fields. */
function looksMbox(sample: Uint8Array): boolean {
  const lines = binary.decode(sample.subarray(0, 16 * 1024)).split(/\r?\n/, 12);
  if (!/^From \S/.test(lines[0] ?? '')) return false;
  return lines
    .slice(1)
    .some((line) => /^(?:From|Date|Subject|Message-ID|Return-Path):/i.test(line));
}

/**
 * Mailing-list archives in mbox form (`--format mbox`): one message per mail, author from
 * `From`, replies from `In-Reply-To`/`References`, text from the plain-text part.
 */
export const mboxImporter: SyncImporter = Object.freeze<SyncImporter>({
  format: 'mbox',
  kinds: ['messages'],
  detect: looksMbox,
  read(input) {
    const issue = kindIssue('mbox', mboxImporter.kinds, input.kind, input.fileName);
    return issue ? { ok: false, issues: [issue] } : readMbox(input);
  },
});
