import type { ConnectIndex } from './connect-index.js';
import { dayNumber } from './interaction-pairs.js';
import { topicKey } from './profile.js';
import type { Recommendation } from './recommendation.js';

/** How far back initiatives are looked for. */
const WINDOW_DAYS = 365;

type Item = NonNullable<Recommendation['item']>;

/**
 * Initiatives and resources a member could discover, best first: recent events they did not
 * attend, resources others shared and threads others started, whose theme, channel or title
 * words match the member's interests. Resources and threads come only from eligible members, and
 * name no one.
 */
export function recommendInitiatives(
  index: ConnectIndex,
  memberId: number,
  k: number,
): Recommendation[] {
  const interests = index.interests.get(memberId);
  if (!interests) return [];
  const { dataset, eligible } = index.input;
  const from = index.asOfDay - WINDOW_DAYS;
  const inWindow = (iso: string) => {
    const day = dayNumber(iso);
    return day > from && day <= index.asOfDay;
  };
  const matchOf = (...labels: string[]): { score: number; topic: string } => {
    let best = { score: 0, topic: '' };
    for (const label of labels) {
      for (const key of [topicKey(label), ...topicKey(label).split(' ')]) {
        const w = interests.get(key) ?? 0;
        if (w > best.score) best = { score: w, topic: index.labels.get(key) ?? key };
      }
    }
    return best;
  };
  const items: Array<{ item: Item; score: number }> = [];
  const attended = new Set(
    dataset.attendance.filter((a) => a.memberId === memberId).map((a) => a.eventId),
  );
  for (const e of dataset.events) {
    if (!inWindow(e.date) || attended.has(e.id)) continue;
    const f = matchOf(e.theme ?? '', e.title);
    if (f.score > 0)
      items.push({
        item: { type: 'event', title: e.title, date: e.date.slice(0, 10), topic: f.topic },
        score: f.score,
      });
  }
  for (const c of dataset.contributions) {
    if (c.authorId === memberId || !eligible.has(c.authorId) || !inWindow(c.date)) continue;
    const f = matchOf(c.title, c.kind);
    if (f.score > 0)
      items.push({
        item: { type: 'resource', title: c.title, date: c.date.slice(0, 10), topic: f.topic },
        score: f.score,
      });
  }
  const joined = new Set(
    dataset.messages.filter((m) => m.authorId === memberId).map((m) => m.thread ?? m.externalId),
  );
  for (const m of dataset.messages) {
    const isRoot = m.thread === null || m.thread === m.externalId;
    if (!isRoot || m.replyTo !== null || m.authorId === memberId || !eligible.has(m.authorId))
      continue;
    if (!inWindow(m.timestamp) || joined.has(m.externalId)) continue;
    const f = matchOf(m.channel);
    const title = m.text.length > 80 ? `${m.text.slice(0, 77)}…` : m.text;
    if (f.score > 0)
      items.push({
        item: { type: 'thread', title, date: m.timestamp.slice(0, 10), topic: f.topic },
        score: f.score * 0.8,
      });
  }
  return items
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.item.date.localeCompare(a.item.date) ||
        a.item.title.localeCompare(b.item.title),
    )
    .slice(0, k)
    .map(
      ({ item, score }): Recommendation => ({
        kind: 'initiative' as const,
        memberId: null,
        name: null,
        need: null,
        item,
        score: Math.round(score * 1e6) / 1e6,
        reasons: [
          { code: 'matchesInterests', params: { topic: item.topic } },
          { code: 'notYetJoined', params: {} },
        ],
      }),
    );
}
