import { foldWord } from '../analytics/survey/stem.js';
import { STOPWORDS } from '../analytics/survey/stopwords.js';
import type { Dataset } from '../model/dataset.js';
import { dayNumber } from './interaction-pairs.js';
import { type MemberProfile, topicKey } from './profile.js';

/** A sparse vector of topics, by topic key. */
export type TopicVector = Map<string, number>;

/** What each member is interested in and what they can offer, with the topics' display labels. */
export interface TopicVectors {
  /** Interests: themes of events attended, channels and words written in, profile interests. */
  readonly interests: Map<number, TopicVector>;
  /** Expertise: themes they presented, channels they answer others in, profile expertise. */
  readonly expertise: Map<number, TopicVector>;
  /** A readable label for each topic key (its first spelling). */
  readonly labels: Map<string, string>;
}

/** Words kept per member from their messages, the most frequent first. */
const WORDS_PER_MEMBER = 25;

function add(vectors: Map<number, TopicVector>, id: number, key: string, weight: number): void {
  if (key === '') return;
  const v = vectors.get(id) ?? new Map<string, number>();
  v.set(key, (v.get(key) ?? 0) + weight);
  vectors.set(id, v);
}

/** Content words of a message: letters only, at least 4 of them, not a function word. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOPWORDS.has(foldWord(w)));
}

/** log(1 + raw) × idf, then scaled to unit length: rare shared topics count most. */
function weigh(vectors: Map<number, TopicVector>, idf: Map<string, number>): void {
  for (const v of vectors.values()) {
    let norm = 0;
    for (const [k, raw] of v) {
      const w = Math.log1p(raw) * (idf.get(k) ?? 0);
      v.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    for (const [k, w] of v) if (norm > 0) v.set(k, w / norm);
  }
}

/**
 * Builds each member's interest and expertise vectors from the data up to `asOfDay` and their
 * profiles (explicit topics weigh three times an observed one), weighted by inverse document
 * frequency over members (Salton & Buckley 1988) and normalised for cosine similarity.
 */
export function topicVectors(
  dataset: Dataset,
  profiles: readonly MemberProfile[],
  asOfDay: number,
): TopicVectors {
  const interests = new Map<number, TopicVector>();
  const expertise = new Map<number, TopicVector>();
  const labels = new Map<string, string>();
  const key = (label: string) => {
    const k = topicKey(label);
    if (k !== '' && !labels.has(k)) labels.set(k, label);
    return k;
  };
  const events = new Map(
    dataset.events.filter((e) => dayNumber(e.date) <= asOfDay).map((e) => [e.id, e]),
  );
  for (const a of dataset.attendance) {
    const theme = events.get(a.eventId)?.theme;
    if (!theme) continue;
    add(interests, a.memberId, key(theme), 1);
    if (a.role !== 'participant') add(expertise, a.memberId, key(theme), 2);
  }
  const messages = dataset.messages.filter((m) => dayNumber(m.timestamp) <= asOfDay);
  const authorOf = new Map(messages.map((m) => [m.externalId, m.authorId]));
  const counts = new Map<number, Map<string, number>>();
  for (const m of messages) {
    add(interests, m.authorId, key(m.channel), 0.5);
    const to = m.replyTo === null ? undefined : authorOf.get(m.replyTo);
    if (to !== undefined && to !== m.authorId) add(expertise, m.authorId, key(m.channel), 0.5);
    const row = counts.get(m.authorId) ?? new Map<string, number>();
    for (const w of contentWords(m.text)) row.set(w, (row.get(w) ?? 0) + 1);
    counts.set(m.authorId, row);
  }
  for (const [id, row] of counts) {
    const top = [...row]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, WORDS_PER_MEMBER);
    for (const [w, n] of top) add(interests, id, key(w), 0.2 * n);
  }
  for (const p of profiles) {
    for (const t of p.interests) add(interests, p.memberId, key(t), 3);
    for (const t of p.expertise) add(expertise, p.memberId, key(t), 3);
  }
  const df = new Map<string, number>();
  for (const v of interests.values()) for (const k of v.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = Math.max(1, interests.size);
  const idf = new Map<string, number>();
  for (const k of new Set([...df.keys(), ...[...expertise.values()].flatMap((v) => [...v.keys()])]))
    idf.set(k, Math.log((n + 1) / ((df.get(k) ?? 0) + 1)) + 1);
  weigh(interests, idf);
  weigh(expertise, idf);
  return { interests, expertise, labels };
}

/** Cosine similarity of two unit vectors. */
export function cosine(a: TopicVector | undefined, b: TopicVector | undefined): number {
  if (!a || !b) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let score = 0;
  for (const [k, w] of small) {
    const other = large.get(k);
    if (other !== undefined) score += w * other;
  }
  return score;
}

/** The (at most three) topics that contribute most to the cosine of two vectors. */
export function sharedTopics(a: TopicVector | undefined, b: TopicVector | undefined): string[] {
  if (!a || !b) return [];
  const parts: Array<[string, number]> = [];
  for (const [k, w] of a) {
    const other = b.get(k);
    if (other !== undefined) parts.push([k, w * other]);
  }
  parts.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return parts.slice(0, 3).map(([k]) => k);
}
