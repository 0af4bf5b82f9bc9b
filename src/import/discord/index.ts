import type { SyncImporter } from '../importer.js';
import { kindIssue } from '../slack/settle-batch.js';
import { readDiscord } from './read-discord.js';

const utf8 = new TextDecoder('utf-8');

/** Whether a sample is a DiscordChatExporter JSON export: an object opening on `"guild"`. */
function looksDiscord(sample: Uint8Array): boolean {
  const text = utf8.decode(sample.subarray(0, 64 * 1024)).replace(/^\uFEFF/, '');
  return /^\s*\{\s*"guild"\s*:\s*\{/.test(text) && /"(?:channel|messages)"\s*:/.test(text);
}

/**
 * DiscordChatExporter JSON exports (`--format discord`), one channel per file: messages,
 * replies, reply chains as threads and mentions; system notices and bots are skipped.
 */
export const discordImporter: SyncImporter = Object.freeze<SyncImporter>({
  format: 'discord',
  kinds: ['messages'],
  detect: looksDiscord,
  read(input) {
    const issue = kindIssue('discord', discordImporter.kinds, input.kind, input.fileName);
    return issue ? { ok: false, issues: [issue] } : readDiscord(input);
  },
});
