import type { Batch, MessageInput } from '../../model/input.js';
import { EMPTY_BATCH } from '../../model/input.js';
import type { Issue, Result } from '../../model/issue.js';
import { fail } from '../../model/issue.js';
import type { ImportInput } from '../importer.js';
import { readJson } from './read-json.js';
import { settleBatch } from './settle-batch.js';
import { CHANNEL_LISTS, type SlackChannel, slackChannels } from './slack-channels.js';
import { type SlackFiles, slackFiles } from './slack-files.js';
import { type SlackPeople, slackMessage } from './slack-message.js';
import { slackUsers } from './slack-users.js';

const DAY_FILE = /^(?:.*\/)?([^/]+)\/\d{4}-\d{2}-\d{2}\.json$/;

function readPeople(files: SlackFiles): Result<SlackPeople> {
  const path = 'users.json';
  const json = readJson(files.entries.get(path) ?? new Uint8Array(), files.locate(path));
  if (!json.ok) return json;
  const { users, issues } = slackUsers(json.value, files.locate(path));
  if (issues.length > 0) return fail(issues);
  const names = new Map([...users].map(([id, user]) => [id, user.member.name]));
  return { ok: true, value: { users, names } };
}

function readChannels(files: SlackFiles): Result<ReadonlyMap<string, SlackChannel>> {
  const lists: unknown[] = [];
  for (const path of CHANNEL_LISTS) {
    const bytes = files.entries.get(path);
    if (bytes === undefined) continue;
    const json = readJson(bytes, files.locate(path));
    if (!json.ok) return json;
    lists.push(json.value);
  }
  return { ok: true, value: slackChannels(lists) };
}

function readDay(
  bytes: Uint8Array,
  channel: SlackChannel,
  people: SlackPeople,
  file: string,
): { messages: MessageInput[]; issues: Issue[] } {
  const messages: MessageInput[] = [];
  const json = readJson(bytes, file);
  if (!json.ok) return { messages, issues: [...json.issues] };
  if (!Array.isArray(json.value)) {
    return {
      messages,
      issues: [{ code: 'unreadable_file', file, params: { reason: 'not_slack' } }],
    };
  }
  const issues: Issue[] = [];
  for (const raw of json.value) {
    const read = slackMessage(raw, channel, people, file);
    if (read === undefined) continue;
    if ('code' in read) issues.push(read);
    else messages.push(read);
  }
  return { messages, issues };
}

/**
 * Reads a Slack workspace export (a zip, or the files of its folder): members from `users.json`
 * (bots left out), and for the `messages` kind every person's message of every day file, in
 * path order. A day file's folder is its channel's current name; the channel id from the lists
 * keeps message ids stable across renames.
 */
export function readSlack(input: ImportInput): Result<Batch> {
  const files = slackFiles(input);
  if (!files.ok) return files;
  const people = readPeople(files.value);
  if (!people.ok) return people;
  const members = [...people.value.users.values()].filter((u) => !u.isBot).map((u) => u.member);
  if (input.kind === 'members') return { ok: true, value: { ...EMPTY_BATCH, members } };
  const channels = readChannels(files.value);
  if (!channels.ok) return channels;
  const messages: MessageInput[] = [];
  const issues: Issue[] = [];
  const days = [...files.value.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [path, bytes] of days) {
    const folder = DAY_FILE.exec(path)?.[1];
    if (folder === undefined) continue;
    const channel = channels.value.get(folder) ?? { id: folder, name: folder };
    const day = readDay(bytes, channel, people.value, files.value.locate(path));
    messages.push(...day.messages);
    issues.push(...day.issues);
  }
  return settleBatch({ ...EMPTY_BATCH, members, messages }, issues, input.options);
}
