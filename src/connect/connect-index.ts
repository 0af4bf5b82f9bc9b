import type { Analysis } from '../model/analysis.js';
import type { Dataset } from '../model/dataset.js';
import { dayNumber, interactions, neighbours } from './interaction-pairs.js';
import type { MemberProfile } from './profile.js';
import { type TopicVectors, topicVectors } from './topic-vectors.js';

/** What the recommenders read, computed once for a community at a date. */
export interface ConnectInput {
  readonly dataset: Dataset;
  /** The analysis at `asOf`: Louvain sub-groups and levels (product.md §6). */
  readonly analysis: Analysis;
  readonly profiles: readonly MemberProfile[];
  /** The needs each member chose in the survey (`NEEDS` option ids). */
  readonly needs: ReadonlyMap<number, readonly string[]>;
  /**
   * Members who granted 'recommendations' or 'directory': the only ones ever recommended, and
   * the only ones who receive recommendations.
   */
  readonly eligible: ReadonlySet<number>;
}

/** A member as the recommenders see them. */
export interface ConnectMember {
  readonly id: number;
  readonly name: string;
  readonly staff: boolean;
  /** False for a member who left the community on or before `asOf`. */
  readonly present: boolean;
  readonly region: string | null;
  readonly orgType: string | null;
  /** Louvain sub-group in the analysis, null without a tie. */
  readonly group: number | null;
  /** Activities in the 180 days before `asOf`. */
  readonly recent: number;
  /** Activities per month since the member's first one, up to `asOf` (long-run engagement). */
  readonly rate: number;
  /** Replies to other members' messages (answering questions), up to `asOf`. */
  readonly answers: number;
  /** Contributions (resources, talks) up to `asOf`. */
  readonly contributions: number;
}

/** The precomputed index of a community for recommendations. */
export interface ConnectIndex extends TopicVectors {
  readonly input: ConnectInput;
  readonly asOfDay: number;
  readonly members: Map<number, ConnectMember>;
  readonly graph: Map<number, Map<number, number>>;
  /** Ties between each pair of Louvain sub-groups and within each (`a:b`, a ≤ b). */
  readonly groupTies: Map<string, number>;
  readonly maxRecent: number;
  /** Highest long-run engagement rate of any member (above 0). */
  readonly maxRate: number;
  /** Most distinct contacts of any member (at least 1). */
  readonly maxReach: number;
}

const RECENT_DAYS = 180;

/** Builds the index of a community at the analysis date (nothing after it is read). */
export function connectIndex(input: ConnectInput): ConnectIndex {
  const { dataset, analysis } = input;
  const asOfDay = dayNumber(analysis.asOf);
  const graph = neighbours(interactions(dataset), asOfDay + 1);
  const group = new Map(analysis.memberMetrics.map((m) => [m.id, m.community]));
  const recent = new Map<number, number>();
  const answers = new Map<number, number>();
  const contributions = new Map<number, number>();
  const bump = (map: Map<number, number>, id: number) => map.set(id, (map.get(id) ?? 0) + 1);
  const total = new Map<number, number>();
  const firstDay = new Map<number, number>();
  const seen = (id: number, day: number | undefined) => {
    if (day === undefined || day > asOfDay) return;
    bump(total, id);
    if (day < (firstDay.get(id) ?? Number.POSITIVE_INFINITY)) firstDay.set(id, day);
  };
  const eventDay = new Map(dataset.events.map((e) => [e.id, dayNumber(e.date)]));
  const isRecent = (day: number | undefined) =>
    day !== undefined && day <= asOfDay && day > asOfDay - RECENT_DAYS;
  for (const a of dataset.attendance)
    if (isRecent(eventDay.get(a.eventId))) bump(recent, a.memberId);
  const authorOf = new Map(dataset.messages.map((m) => [m.externalId, m.authorId]));
  for (const m of dataset.messages) {
    const day = dayNumber(m.timestamp);
    if (isRecent(day)) bump(recent, m.authorId);
    seen(m.authorId, day);
    const to = m.replyTo === null ? undefined : authorOf.get(m.replyTo);
    if (day <= asOfDay && to !== undefined && to !== m.authorId) bump(answers, m.authorId);
  }
  for (const c of dataset.contributions) {
    const day = dayNumber(c.date);
    if (isRecent(day)) bump(recent, c.authorId);
    seen(c.authorId, day);
    if (day <= asOfDay) bump(contributions, c.authorId);
  }
  const members = new Map<number, ConnectMember>();
  const profileOf = new Map(input.profiles.map((p) => [p.memberId, p]));
  for (const m of dataset.members) {
    members.set(m.id, {
      id: m.id,
      name: m.name,
      staff: m.staff,
      present: m.leftAt === null || dayNumber(m.leftAt) > asOfDay,
      region: profileOf.get(m.id)?.region ?? m.region,
      orgType: m.orgType,
      group: group.get(m.id) ?? null,
      recent: recent.get(m.id) ?? 0,
      rate: (total.get(m.id) ?? 0) / (1 + (asOfDay - (firstDay.get(m.id) ?? asOfDay)) / 30.4375),
      answers: answers.get(m.id) ?? 0,
      contributions: contributions.get(m.id) ?? 0,
    });
  }
  const groupTies = new Map<string, number>();
  for (const [a, row] of graph) {
    for (const b of row.keys()) {
      const ga = group.get(a);
      const gb = group.get(b);
      if (a > b || ga === undefined || gb === undefined || ga === null || gb === null) continue;
      const key = ga <= gb ? `${ga}:${gb}` : `${gb}:${ga}`;
      groupTies.set(key, (groupTies.get(key) ?? 0) + 1);
    }
  }
  return {
    ...topicVectors(dataset, input.profiles, asOfDay),
    input,
    asOfDay,
    members,
    graph,
    groupTies,
    maxRecent: Math.max(1, ...recent.values()),
    maxRate: Math.max(1e-9, ...[...members.values()].map((m) => m.rate)),
    maxReach: Math.max(1, ...[...graph.values()].map((row) => row.size)),
  };
}
