import { describe, expect, it } from 'vitest';
import { activityIndex } from './activity-index.js';
import { parseDay } from './day.js';
import { attended, dataset, event, member, message } from './fixtures/build.js';
import { memberMetrics } from './member-metrics.js';
import { networkGraph } from './network-graph.js';

describe('memberMetrics', () => {
  const data = dataset({
    members: [member(1, { name: 'Anne', staff: true }), member(2), member(3)],
    events: [event(10, '2024-02-01'), event(11, '2024-05-01')],
    attendance: [...attended(10, 1, 2), ...attended(11, 1, 2)],
    messages: [message(1, 2, '2024-06-10T09:00:00Z')],
  });
  const index = activityIndex(data, parseDay('2024-12-31'));
  const graph = networkGraph(data, index);
  const rows = memberMetrics(index, Uint8Array.from([0, 2, 4]), {
    graph,
    betweenness: Float64Array.from([0, 0]),
    community: Int32Array.from([0, 0]),
    coreness: Int32Array.from([1, 1]),
  });

  it('lists every member with counts, dates and level', () => {
    expect(rows[0]).toMatchObject({
      id: 1,
      name: 'Anne',
      staff: true,
      level: 'core',
      attendances: 2,
    });
    expect(rows[1]).toMatchObject({
      level: 'occasional',
      attendances: 2,
      messages: 1,
      firstSeen: '2024-02-01',
      lastSeen: '2024-06-10',
    });
  });

  it('gives network figures, and no community to a member without ties', () => {
    expect(rows[1]).toMatchObject({ degree: 1, weightedDegree: 2, community: 0, coreness: 1 });
    expect(rows[2]).toMatchObject({
      degree: 0,
      weightedDegree: 0,
      betweenness: 0,
      community: null,
    });
    expect(rows[2]?.firstSeen).toBeNull();
  });
});
