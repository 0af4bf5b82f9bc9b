import type { ContributionInput, MessageInput, PersonRef, TieInput } from '../model/input.js';
import type { BulkSink } from './bulk-sink.js';
import type { PersonResolver } from './person-resolver.js';

/**
 * Records per step: the people a chunk names are resolved (and the new ones created) before its
 * rows are written, so member ids follow the same order whatever the database.
 */
const CHUNK = 2000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * Adds messages not yet stored (keyed by external id) and their mentions; `erased` counts the
 * messages left out because their author is an erased person.
 */
export async function writeMessages(
  sink: BulkSink,
  messages: readonly MessageInput[],
  people: PersonResolver,
  progress: (records: number) => void = () => {},
): Promise<{ added: number; erased: number }> {
  let added = 0;
  let erased = 0;
  for (const all of chunks(messages)) {
    const resolved = await people.resolveAll(all.map((m) => m.author));
    // An erased person's messages are already there as anonymous placeholders: not added again.
    const kept = resolved.map((author) => !people.isErased(author));
    const chunk = all.filter((_, i) => kept[i]);
    erased += all.length - chunk.length;
    const authors = resolved.filter((_, i) => kept[i]);
    const ids = await sink.addMessages(chunk, authors);
    progress(all.length);
    // Mentions of the messages stored, people resolved in message order (none in native files).
    const named: PersonRef[] = [];
    for (let i = 0; i < chunk.length; i++) {
      if (ids[i] === undefined) continue;
      added++;
      for (const ref of chunk[i]!.mentions) named.push(ref);
    }
    if (named.length === 0) continue;
    const members = await people.resolveAll(named);
    const mentions: [number, number][] = [];
    let at = 0;
    for (let i = 0; i < chunk.length; i++) {
      const id = ids[i];
      if (id === undefined) continue;
      const seen = new Set<number>();
      for (let k = 0; k < chunk[i]!.mentions.length; k++) {
        const memberId = members[at++]!;
        if (!seen.has(memberId)) mentions.push([id, memberId]);
        seen.add(memberId);
      }
    }
    for (const part of chunks(mentions)) await sink.addMentions(part);
  }
  return { added, erased };
}

/**
 * Adds contributions not yet stored (same author, date, kind and title); `erased` counts those
 * left out because their author is an erased person.
 */
export async function writeContributions(
  sink: BulkSink,
  contributions: readonly ContributionInput[],
  people: PersonResolver,
  progress: (records: number) => void = () => {},
): Promise<{ added: number; erased: number }> {
  let added = 0;
  let erased = 0;
  for (const chunk of chunks(contributions)) {
    const authors = await people.resolveAll(chunk.map((c) => c.author));
    // An erased person's contributions stay as their anonymous placeholders: not added again.
    const rows = chunk
      .map((c, i) => ({ authorId: authors[i]!, date: c.date, kind: c.kind, title: c.title }))
      .filter((c) => !people.isErased(c.authorId));
    erased += chunk.length - rows.length;
    added += await sink.addContributions(rows);
    progress(chunk.length);
  }
  return { added, erased };
}

/** Adds declared ties not yet stored (same source, target and date). */
export async function writeTies(
  sink: BulkSink,
  ties: readonly TieInput[],
  people: PersonResolver,
  progress: (records: number) => void = () => {},
): Promise<number> {
  let added = 0;
  for (const chunk of chunks(ties)) {
    // Source then target, tie after tie: the order in which new people get their ids.
    const ends = await people.resolveAll(chunk.flatMap((t) => [t.source, t.target]));
    added += await sink.addTies(
      chunk.map((t, i) => ({
        sourceId: ends[2 * i]!,
        targetId: ends[2 * i + 1]!,
        weight: t.weight,
        date: t.date ?? '',
      })),
    );
    progress(chunk.length);
  }
  return added;
}
