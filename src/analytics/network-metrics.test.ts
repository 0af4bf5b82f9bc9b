import { describe, expect, it } from 'vitest';
import { KARATE_EDGES, KARATE_NODES } from './fixtures/karate.js';
import { connectedComponents, localClustering, networkMetrics } from './network-metrics.js';
import { graphFromEdges } from './weighted-graph.js';

describe('networkMetrics on Zachary’s karate club (Zachary 1977)', () => {
  const metrics = networkMetrics(graphFromEdges(KARATE_NODES, KARATE_EDGES));

  it('has 34 nodes and 78 edges', () => {
    expect(metrics.nodes).toBe(34);
    expect(metrics.edges).toBe(78);
  });

  it('reproduces the published density 0.139 and average degree 4.588', () => {
    expect(metrics.density).toBeCloseTo(0.139, 3);
    expect(metrics.averageDegree).toBeCloseTo(156 / 34, 12);
  });

  it('reproduces networkx average_clustering 0.5706', () => {
    expect(metrics.clustering).toBeCloseTo(0.5706, 4);
  });

  it('is one component', () => {
    expect(metrics.components).toBe(1);
    expect(metrics.largestComponent).toBe(34);
  });
});

describe('localClustering', () => {
  it('is 1/3 at the attachment point of a triangle with a pendant', () => {
    // Node 2 has neighbours 0, 1, 3: one tie (0–1) among three possible.
    const c = localClustering(
      graphFromEdges(4, [
        [0, 1],
        [1, 2],
        [0, 2],
        [2, 3],
      ]),
    );
    expect(Array.from(c)).toEqual([1, 1, 1 / 3, 0]);
  });
});

describe('connectedComponents', () => {
  it('numbers components by their smallest node', () => {
    const { component, sizes } = connectedComponents(
      graphFromEdges(5, [
        [0, 1],
        [2, 3],
        [3, 4],
      ]),
    );
    expect(Array.from(component)).toEqual([0, 0, 1, 1, 1]);
    expect(sizes).toEqual([2, 3]);
  });
});
