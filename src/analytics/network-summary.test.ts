import { describe, expect, it } from 'vitest';
import { activityIndex } from './activity-index.js';
import { parseDay } from './day.js';
import { dataset, member, tie } from './fixtures/build.js';
import { networkSummary } from './network-summary.js';

describe('networkSummary', () => {
  // A star around member 1, plus a separate pair 5–6; 7 has no tie, 8 is staff without ties.
  const data = dataset({
    members: [1, 2, 3, 4, 5, 6, 7].map((id) => member(id)).concat(member(8, { staff: true })),
    ties: [tie(1, 2), tie(1, 3), tie(1, 4), tie(5, 6, 3)],
  });
  const options = {
    sinceDay: null,
    seed: 1,
    exactBetweennessMaxNodes: 2000,
    betweennessPivots: 256,
  };
  const { network } = networkSummary(data, activityIndex(data, parseDay('2024-12-31')), options);

  it('describes the whole network', () => {
    expect(network).toMatchObject({
      nodes: 6,
      edges: 4,
      components: 2,
      largestComponent: 4,
      isolates: 1,
    });
    expect(network.density).toBeCloseTo(4 / 15, 12);
  });

  it('lists brokers by betweenness and communities by size', () => {
    // Member 1 lies on the 3 pairs of its leaves among (6−1)(6−2)/2 = 10 pairs.
    expect(network.brokers).toEqual([{ memberId: 1, betweenness: expect.closeTo(0.3, 12) }]);
    expect(network.communities.map((c) => c.members)).toEqual([
      [1, 2, 3, 4],
      [5, 6],
    ]);
    expect(network.approximate).toBe(false);
  });
});
