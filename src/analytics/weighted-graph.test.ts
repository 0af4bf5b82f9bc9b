import { describe, expect, it } from 'vitest';
import { PairWeights } from './pair-weights.js';
import { graphFromEdges, graphFromPairs } from './weighted-graph.js';

describe('graphFromEdges', () => {
  it('stores each edge once per endpoint with sorted neighbours', () => {
    const graph = graphFromEdges(3, [
      [2, 0],
      [0, 1, 2],
      [1, 0],
      [1, 1],
    ]);
    expect(graph.edgeCount).toBe(2);
    expect(Array.from(graph.offsets)).toEqual([0, 2, 3, 4]);
    expect(Array.from(graph.targets)).toEqual([1, 2, 0, 0]);
    expect(Array.from(graph.weights)).toEqual([3, 1, 3, 1]);
  });
});

describe('graphFromPairs', () => {
  it('drops nodes without an edge and labels the others', () => {
    const pairs = new PairWeights(5);
    pairs.add(4, 1);
    const graph = graphFromPairs(pairs, (v) => v * 10);
    expect(graph.nodeCount).toBe(2);
    expect(Array.from(graph.labels)).toEqual([10, 40]);
    expect(Array.from(graph.targets)).toEqual([1, 0]);
  });
});
