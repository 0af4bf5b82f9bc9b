import { describe, expect, it } from 'vitest';
import { activityIndex } from './activity-index.js';
import { parseDay } from './day.js';
import { attended, dataset, event, member, message, tie } from './fixtures/build.js';
import { SOUTHERN_WOMEN, SOUTHERN_WOMEN_DEGREES } from './fixtures/southern-women.js';
import { networkGraph } from './network-graph.js';
import { networkMetrics } from './network-metrics.js';
import type { WeightedGraph } from './weighted-graph.js';

const AS_OF = parseDay('2024-12-31');

/** Weight between two member ids, 0 without an edge. */
function weight(graph: WeightedGraph, a: number, b: number): number {
  const v = graph.labels.indexOf(a);
  for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e++) {
    if (graph.labels[graph.targets[e] as number] === b) return graph.weights[e] as number;
  }
  return 0;
}

describe('networkGraph', () => {
  const data = dataset({
    members: [1, 2, 3, 4, 5].map((id) => member(id)),
    events: [event(10, '2024-03-01'), event(11, '2024-04-01'), event(12, '2025-02-01')],
    attendance: [...attended(10, 1, 2, 3), ...attended(11, 1, 2), ...attended(12, 1, 2)],
    messages: [
      message(1, 1, '2024-05-01T10:00:00Z'),
      message(2, 3, '2024-05-01T11:00:00Z', { replyTo: 'm1', mentions: [4] }),
      message(3, 1, '2024-05-01T12:00:00Z', { replyTo: 'm1' }),
      message(4, 2, '2025-01-05T12:00:00Z', { replyTo: 'm1' }),
    ],
    ties: [tie(4, 5, 2.5), tie(1, 5, 1, '2025-06-01'), tie(2, 4, 1, '2024-01-01')],
  });
  const graph = networkGraph(data, activityIndex(data, AS_OF));

  it('adds co-attendances, replies, mentions and ties', () => {
    expect(weight(graph, 1, 2)).toBe(2); // two events, the third is after asOf
    expect(weight(graph, 1, 3)).toBe(2); // one event + one reply
    expect(weight(graph, 3, 4)).toBe(1); // one mention
    expect(weight(graph, 4, 5)).toBe(2.5); // undated declared tie
    expect(weight(graph, 2, 4)).toBe(1); // dated tie before asOf
  });

  it('leaves out ties dated after asOf and self-replies', () => {
    expect(weight(graph, 1, 5)).toBe(0);
    expect(weight(graph, 1, 1)).toBe(0);
    expect(graph.edgeCount).toBe(6);
  });

  it('starts the network at sinceDay when given', () => {
    const since = networkGraph(data, activityIndex(data, AS_OF), parseDay('2024-03-15'));
    expect(weight(since, 1, 2)).toBe(1);
    expect(weight(since, 1, 3)).toBe(1);
    expect(weight(since, 4, 5)).toBe(2.5);
  });
});

describe('networkGraph on the Southern Women (Davis, Gardner & Gardner 1941)', () => {
  const data = dataset({
    members: SOUTHERN_WOMEN.map((w, i) => member(i + 1, { name: w.name })),
    events: Array.from({ length: 14 }, (_, e) => event(e + 1, `1935-0${(e % 9) + 1}-01`)),
    attendance: SOUTHERN_WOMEN.flatMap((w, i) => w.events.flatMap((e) => attended(e, i + 1))),
  });
  const graph = networkGraph(data, activityIndex(data, AS_OF));

  it('projects to 18 women and 139 co-attendance ties', () => {
    expect(graph.nodeCount).toBe(18);
    expect(graph.edgeCount).toBe(139);
    expect(networkMetrics(graph).density).toBeCloseTo(139 / 153, 12);
  });

  it('reproduces the friends and friend meetings of networkx’s Davis Club example', () => {
    const degrees = Array.from({ length: 18 }, (_, v) => {
      const from = graph.offsets[v] as number;
      const to = graph.offsets[v + 1] as number;
      return [to - from, graph.weights.subarray(from, to).reduce((s, w) => s + w, 0)];
    });
    expect(degrees).toEqual(SOUTHERN_WOMEN_DEGREES);
  });
});
