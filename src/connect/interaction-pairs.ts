import type { Dataset } from '../model/dataset.js';

const DAY_MS = 86_400_000;

/** The day number (days since 1970-01-01) of an ISO date or date-time. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(iso.slice(0, 10)) / DAY_MS);
}

/** One interaction between two members on a day: co-attendance, reply, mention or declared tie. */
export interface Interaction {
  readonly a: number;
  readonly b: number;
  readonly day: number;
  readonly weight: number;
}

/**
 * Every dated interaction of the dataset, as the network of product.md §6 counts them: events
 * both attended, replies and mentions (either way), declared ties (undated ties on day
 * `-Infinity`, so that they count at any date).
 */
export function interactions(dataset: Dataset): Interaction[] {
  const out: Interaction[] = [];
  const byEvent = new Map<number, number[]>();
  for (const a of dataset.attendance) {
    const list = byEvent.get(a.eventId) ?? [];
    list.push(a.memberId);
    byEvent.set(a.eventId, list);
  }
  for (const event of dataset.events) {
    const people = [...new Set(byEvent.get(event.id) ?? [])];
    const day = dayNumber(event.date);
    for (let i = 0; i < people.length; i++)
      for (let j = i + 1; j < people.length; j++)
        out.push({ a: people[i] as number, b: people[j] as number, day, weight: 1 });
  }
  const authorOf = new Map(dataset.messages.map((m) => [m.externalId, m.authorId]));
  for (const m of dataset.messages) {
    const day = dayNumber(m.timestamp);
    const to = m.replyTo === null ? undefined : authorOf.get(m.replyTo);
    if (to !== undefined && to !== m.authorId) out.push({ a: m.authorId, b: to, day, weight: 1 });
    for (const target of m.mentions)
      if (target !== m.authorId) out.push({ a: m.authorId, b: target, day, weight: 1 });
  }
  for (const t of dataset.ties) {
    if (t.sourceId === t.targetId) continue;
    const day = t.date === null ? Number.NEGATIVE_INFINITY : dayNumber(t.date);
    out.push({ a: t.sourceId, b: t.targetId, day, weight: t.weight });
  }
  return out;
}

/** Key of an unordered pair of member ids. */
export function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/** The day each pair of members first interacted. */
export function firstContacts(list: readonly Interaction[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const x of list) {
    const key = pairKey(x.a, x.b);
    const seen = first.get(key);
    if (seen === undefined || x.day < seen) first.set(key, x.day);
  }
  return first;
}

/** Weighted neighbours of each member from the interactions strictly before `beforeDay`. */
export function neighbours(
  list: readonly Interaction[],
  beforeDay: number,
): Map<number, Map<number, number>> {
  const graph = new Map<number, Map<number, number>>();
  const add = (a: number, b: number, w: number) => {
    const row = graph.get(a) ?? new Map<number, number>();
    row.set(b, (row.get(b) ?? 0) + w);
    graph.set(a, row);
  };
  for (const x of list) {
    if (x.day >= beforeDay) continue;
    add(x.a, x.b, x.weight);
    add(x.b, x.a, x.weight);
  }
  return graph;
}
