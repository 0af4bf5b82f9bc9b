import { z } from 'zod';

const channelSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  previous_names: z.array(z.string()).optional(),
});

/** A conversation of the export: its id, stable across renames, and its current name. */
export interface SlackChannel {
  readonly id: string;
  readonly name: string;
}

/** The lists of conversations an export may hold: public, private, group and direct messages. */
export const CHANNEL_LISTS = ['channels.json', 'groups.json', 'mpims.json', 'dms.json'] as const;

/**
 * Indexes the conversations of the channel lists by the folder their day files live in: the
 * channel's current name (direct messages, which have none, use their id). Former names also
 * lead to the channel, so that a folder named before a rename still finds its id. Entries
 * without an id are ignored: their folder is then read under its own name.
 *
 * @example
 * slackChannels([[{ id: 'C01', name: 'scribble-math', previous_names: ['math-scribble'] }]])
 * // Map { 'scribble-math' => {id:'C01',...}, 'math-scribble' => {id:'C01',...} }
 */
export function slackChannels(lists: readonly unknown[]): ReadonlyMap<string, SlackChannel> {
  const byFolder = new Map<string, SlackChannel>();
  const formerNames: [string, SlackChannel][] = [];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parsed = channelSchema.safeParse(raw);
      if (!parsed.success) continue;
      const { id, name, previous_names: previous = [] } = parsed.data;
      const channel = { id, name: name || id };
      byFolder.set(channel.name, channel);
      for (const former of previous) formerNames.push([former, channel]);
    }
  }
  for (const [former, channel] of formerNames) {
    if (!byFolder.has(former)) byFolder.set(former, channel);
  }
  return byFolder;
}
