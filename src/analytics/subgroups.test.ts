import { describe, expect, it } from 'vitest';
import { KARATE_EDGES, KARATE_NODES } from './fixtures/karate.js';
import { renumberBySize, subgroups } from './subgroups.js';
import { graphFromEdges } from './weighted-graph.js';

describe('subgroups on Zachary’s karate club (Zachary 1977)', () => {
  const graph = graphFromEdges(KARATE_NODES, KARATE_EDGES);

  it('finds a partition near the published best modularity 0.4198', () => {
    const { modularity, members } = subgroups(graph, 1);
    expect(modularity).toBeGreaterThan(0.4);
    expect(modularity).toBeLessThanOrEqual(0.4198 + 1e-4);
    expect(members.length).toBeGreaterThanOrEqual(3);
    expect(members.length).toBeLessThanOrEqual(5);
  });

  it('gives the same partition for the same seed', () => {
    expect(Array.from(subgroups(graph, 42).community)).toEqual(
      Array.from(subgroups(graph, 42).community),
    );
  });

  it('keeps Mr Hi (member 1) and the administrator (member 34) apart', () => {
    const { community } = subgroups(graph, 1);
    expect(community[0]).not.toBe(community[33]);
  });
});

describe('subgroups, small cases', () => {
  it('separates two triangles joined by one weak edge', () => {
    const graph = graphFromEdges(6, [
      [0, 1],
      [1, 2],
      [0, 2],
      [3, 4],
      [4, 5],
      [3, 5],
      [2, 3],
    ]);
    const { community, modularity } = subgroups(graph, 1);
    expect(Array.from(community)).toEqual([0, 0, 0, 1, 1, 1]);
    // Q = Σ_c [l_c/m − (d_c/2m)²] = 2 × (3/7 − (7/14)²) = 5/14.
    expect(modularity).toBeCloseTo(5 / 14, 12);
  });

  it('returns no community structure without edges', () => {
    expect(subgroups(graphFromEdges(0, []), 1)).toEqual({
      community: new Int32Array(0),
      members: [],
      modularity: 0,
    });
  });
});

describe('renumberBySize', () => {
  it('numbers the largest community 0', () => {
    const { community, members } = renumberBySize(Int32Array.from([5, 9, 9, 5, 9]));
    expect(Array.from(community)).toEqual([1, 0, 0, 1, 0]);
    expect(members).toEqual([
      [1, 2, 4],
      [0, 3],
    ]);
  });
});
