import { activityIndex } from '../analytics/activity-index.js';
import { parseDay } from '../analytics/day.js';
import { networkGraph } from '../analytics/network-graph.js';
import type { Dashboard } from './dashboard.js';

/** One row of the members page. */
export interface MemberRow {
  readonly id: number;
  readonly name: string;
  readonly organization: string | null;
  readonly region: string | null;
  readonly orgType: string | null;
  readonly role: string | null;
  readonly joinedAt: string | null;
  readonly level: string | null;
  readonly staff: boolean;
  readonly attendances: number;
  readonly messages: number;
  readonly contributions: number;
  readonly lastSeen: string | null;
}

/** The members of a dashboard's community with their level and activity, by name. */
export function memberRows(dashboard: Dashboard): MemberRow[] {
  const metrics = new Map(dashboard.analysis.memberMetrics.map((m) => [m.id, m]));
  return dashboard.dataset.members
    .map((m) => {
      const x = metrics.get(m.id);
      return {
        id: m.id,
        name: m.name,
        organization: m.organization,
        region: m.region,
        orgType: m.orgType,
        role: m.role,
        joinedAt: m.joinedAt,
        level: x?.level ?? null,
        staff: m.staff,
        attendances: x?.attendances ?? 0,
        messages: x?.messages ?? 0,
        contributions: x?.contributions ?? 0,
        lastSeen: x?.lastSeen ?? null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.id - b.id);
}

/** One row of the events page. */
export interface EventRow {
  readonly id: number;
  readonly title: string;
  readonly date: string;
  readonly format: string | null;
  readonly kind: string | null;
  readonly theme: string | null;
  readonly registrants: number | null;
  readonly attendees: number;
}

/** A community's events with their attendance, newest first. */
export function eventRows(dashboard: Dashboard): EventRow[] {
  const count = new Map<number, number>();
  for (const a of dashboard.dataset.attendance)
    count.set(a.eventId, (count.get(a.eventId) ?? 0) + 1);
  return dashboard.dataset.events
    .map((e) => ({
      id: e.id,
      title: e.title,
      date: e.date,
      format: e.format,
      kind: e.kind,
      theme: e.theme,
      registrants: e.registrants,
      attendees: count.get(e.id) ?? 0,
    }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.id - b.id);
}

/** The exchanges page: per channel, messages, threads and questions left without a reply. */
export interface Exchanges {
  readonly channels: Array<{
    channel: string;
    messages: number;
    threads: number;
    unanswered: number;
    authors: number;
    lastMessage: string | null;
  }>;
  readonly messages: number;
  readonly byMonth: Array<{ month: string; messages: number }>;
}

/**
 * Counts a community's exchanges by channel. A thread is a message that starts one (neither a
 * reply nor inside another's thread); it is unanswered when nothing replies to it or joins it.
 * Texts are never returned: only counts.
 */
export function exchanges(dashboard: Dashboard): Exchanges {
  const messages = dashboard.dataset.messages;
  const answered = new Set<string>();
  for (const m of messages) {
    if (m.replyTo) answered.add(m.replyTo);
    if (m.thread && m.thread !== m.externalId) answered.add(m.thread);
  }
  const channels = new Map<string, Exchanges['channels'][number] & { people: Set<number> }>();
  const months = new Map<string, number>();
  for (const m of messages) {
    let row = channels.get(m.channel);
    if (!row) {
      row = {
        channel: m.channel,
        messages: 0,
        threads: 0,
        unanswered: 0,
        authors: 0,
        lastMessage: null,
        people: new Set(),
      };
      channels.set(m.channel, row);
    }
    row.messages++;
    row.people.add(m.authorId);
    if (!row.lastMessage || m.timestamp > row.lastMessage) row.lastMessage = m.timestamp;
    const starts = !m.replyTo && (!m.thread || m.thread === m.externalId);
    if (starts) {
      row.threads++;
      if (!answered.has(m.externalId)) row.unanswered++;
    }
    const month = m.timestamp.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + 1);
  }
  return {
    channels: [...channels.values()]
      .map(({ people, ...row }) => ({ ...row, authors: people.size }))
      .sort((a, b) => b.messages - a.messages || a.channel.localeCompare(b.channel)),
    messages: messages.length,
    byMonth: [...months.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, count]) => ({ month, messages: count })),
  };
}

/** The network map: positioned nodes, weighted edges and sub-groups. */
export interface NetworkView {
  readonly nodes: Array<{
    id: number;
    name?: string;
    x: number;
    y: number;
    community: number | null;
    degree: number;
    betweenness: number;
    level: string;
  }>;
  readonly edges: Array<{ source: number; target: number; weight: number }>;
  readonly communities: Array<{ id: number; size: number; members: number[] }>;
}

/**
 * The interaction network of the analysis (same graph, same layout), with names only when
 * `withNames` (viewers see the shape, not who is who).
 */
export function networkView(dashboard: Dashboard, withNames: boolean): NetworkView {
  const { analysis, dataset } = dashboard;
  const graph = networkGraph(dataset, activityIndex(dataset, parseDay(analysis.asOf)));
  const metrics = new Map(analysis.memberMetrics.map((m) => [m.id, m]));
  const positions = new Map((analysis.network.layout ?? []).map((p) => [p.memberId, p]));
  const edges: NetworkView['edges'] = [];
  for (let v = 0; v < graph.nodeCount; v++) {
    for (let k = graph.offsets[v] as number; k < (graph.offsets[v + 1] as number); k++) {
      const w = graph.targets[k] as number;
      if (w <= v) continue;
      edges.push({
        source: graph.labels[v] as number,
        target: graph.labels[w] as number,
        weight: graph.weights[k] as number,
      });
    }
  }
  const nodes = [...graph.labels].map((id) => {
    const m = metrics.get(id);
    const p = positions.get(id);
    return {
      id,
      ...(withNames ? { name: m?.name ?? '' } : {}),
      x: p?.x ?? 0.5,
      y: p?.y ?? 0.5,
      community: m?.community ?? null,
      degree: m?.degree ?? 0,
      betweenness: m?.betweenness ?? 0,
      level: m?.level ?? 'inactive',
    };
  });
  return { nodes, edges, communities: analysis.network.communities };
}
