import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  betweenness,
  degreeOrdered,
  dependencySolver,
  dependencySums,
  samplePivots,
} from './betweenness.js';
import { KARATE_EDGES, KARATE_NODES } from './fixtures/karate.js';
import { graphFromEdges } from './weighted-graph.js';

const values = (n: number, edges: [number, number, number?][]): number[] =>
  Array.from(betweenness(graphFromEdges(n, edges)).values);

describe('betweenness, hand-computed cases', () => {
  it('gives the centre of a star 1 and the leaves 0', () => {
    expect(
      values(5, [
        [0, 1],
        [0, 2],
        [0, 3],
        [0, 4],
      ]),
    ).toEqual([1, 0, 0, 0, 0]);
  });

  it('gives the inner nodes of a chain of 4 two of three pairs: 2 / ((4−1)(4−2)/2) = 2/3', () => {
    // 0-1-2-3: node 1 lies on 0–2 and 0–3, node 2 on 0–3 and 1–3.
    const result = values(4, [
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(result[0]).toBe(0);
    expect(result[1]).toBeCloseTo(2 / 3, 12);
    expect(result[2]).toBeCloseTo(2 / 3, 12);
    expect(result[3]).toBe(0);
  });

  it('gives the attachment point of a triangle with a pendant 2/3', () => {
    // Triangle 0-1-2, pendant 3 on 2: node 2 lies on 0–3 and 1–3, i.e. 2 of 3 pairs.
    expect(
      values(4, [
        [0, 1],
        [1, 2],
        [0, 2],
        [2, 3],
      ]),
    ).toEqual([0, 0, 2 / 3, 0]);
  });

  it('splits between two equally short paths', () => {
    // Square 0-1-2-3-0: pair 0–2 goes through 1 or 3, pair 1–3 through 0 or 2: each node 1/2
    // of one pair, normalised by 3 pairs → 1/6.
    const result = values(4, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 0],
    ]);
    for (const v of result) expect(v).toBeCloseTo(1 / 6, 12);
  });

  it('uses 1 / weight as the length of an edge', () => {
    // Triangle where 0–2 is weak (length 1) and 0–1, 1–2 strong (length 1/4 each): 0–2 goes via 1.
    expect(
      values(3, [
        [0, 1, 4],
        [1, 2, 4],
        [0, 2, 1],
      ]),
    ).toEqual([0, 1, 0]);
  });

  it('is 0 on graphs of fewer than three nodes', () => {
    expect(values(2, [[0, 1]])).toEqual([0, 0]);
  });
});

describe('betweenness on Zachary’s karate club (Zachary 1977)', () => {
  const result = betweenness(graphFromEdges(KARATE_NODES, KARATE_EDGES));

  it('reproduces the published normalised values of members 1 and 34', () => {
    expect(result.approximate).toBe(false);
    expect(result.values[0]).toBeCloseTo(0.4376, 4);
    expect(result.values[33]).toBeCloseTo(0.3041, 4);
    expect(result.values[32]).toBeCloseTo(0.1452, 4);
    expect(result.values[2]).toBeCloseTo(0.1437, 4);
  });

  it('estimates from pivots when the graph exceeds the exact limit', () => {
    const approx = betweenness(graphFromEdges(KARATE_NODES, KARATE_EDGES), {
      exactMaxNodes: 10,
      pivots: 20,
      seed: 7,
    });
    expect(approx.approximate).toBe(true);
    expect(approx.pivots).toBe(20);
    expect(approx.values[0]).toBeGreaterThan(0.2);
  });
});

describe('betweenness, properties', () => {
  const arbitraryGraph = fc.integer({ min: 1, max: 14 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: n - 1 }),
          fc.integer({ min: 0, max: n - 1 }),
          fc.integer({ min: 1, max: 5 }),
        ),
        { maxLength: 40 },
      ),
    }),
  );

  it('stays within [0, 1]', () => {
    fc.assert(
      fc.property(arbitraryGraph, ({ n, edges }) => {
        for (const v of betweenness(graphFromEdges(n, edges)).values) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it('equals the exact values when every node is a pivot', () => {
    fc.assert(
      fc.property(arbitraryGraph, fc.integer(), ({ n, edges }, seed) => {
        const graph = graphFromEdges(n, edges);
        const exact = betweenness(graph).values;
        const sampled = betweenness(graph, { exactMaxNodes: 0, pivots: graph.nodeCount, seed });
        expect(sampled.approximate).toBe(false);
        sampled.values.forEach((v, i) => {
          expect(v).toBeCloseTo(exact[i] as number, 10);
        });
      }),
    );
  });
});

describe('samplePivots', () => {
  it('draws distinct nodes, the same for the same seed', () => {
    const a = samplePivots(100, 10, 3);
    expect(new Set(a).size).toBe(10);
    expect(Array.from(a)).toEqual(Array.from(samplePivots(100, 10, 3)));
  });
});

describe('dependencySums', () => {
  it('counts each pair from both ends when every node is a source', () => {
    const graph = graphFromEdges(3, [
      [0, 1],
      [1, 2],
    ]);
    expect(Array.from(dependencySums(graph, Int32Array.from([0, 1, 2])))).toEqual([0, 2, 0]);
  });
});

describe('degreeOrdered', () => {
  it('renumbers by decreasing degree with sorted neighbours, the same edges, and a way back', () => {
    // Degrees: 0 → 1, 1 → 3, 2 → 2, 3 → 2; node 1 comes first, then 2 and 3 (ties by number).
    const graph = graphFromEdges(4, [
      [0, 1, 1],
      [1, 2, 2],
      [1, 3, 3],
      [2, 3, 4],
    ]);
    const ordered = degreeOrdered(graph, Int32Array.from([3, 0]));
    expect(Array.from(ordered.graph.labels)).toEqual([1, 2, 3, 0].map((v) => graph.labels[v]));
    expect(Array.from(ordered.sources)).toEqual([2, 3]);
    const edges = (g: typeof graph, label: (v: number) => number) => {
      const list: string[] = [];
      for (let v = 0; v < g.nodeCount; v++) {
        const neighbours = Array.from(g.targets.subarray(g.offsets[v], g.offsets[v + 1]));
        expect(neighbours).toEqual([...neighbours].sort((a, b) => a - b));
        neighbours.forEach((w, k) => {
          list.push(`${label(v)}-${label(w)}:${g.weights[(g.offsets[v] as number) + k]}`);
        });
      }
      return list.sort();
    };
    const oldOf = [1, 2, 3, 0];
    expect(edges(ordered.graph, (v) => oldOf[v] as number)).toEqual(edges(graph, (v) => v));
    expect(Array.from(ordered.restore(Float64Array.from([10, 20, 30, 40])))).toEqual([
      40, 10, 20, 30,
    ]);
  });

  it('leaves betweenness unchanged, up to rounding, on seeded random graphs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(29), fc.nat(29), fc.integer({ min: 1, max: 4 })), {
          minLength: 1,
          maxLength: 120,
        }),
        (edges) => {
          const graph = graphFromEdges(30, edges);
          const sources = Int32Array.from({ length: graph.nodeCount }, (_, v) => v);
          const direct = referenceSums(graph, sources);
          const ordered = dependencySums(graph, sources);
          direct.forEach((value, v) => {
            expect(ordered[v]).toBeCloseTo(value, 9);
          });
        },
      ),
      { seed: 5, numRuns: 60 },
    );
  });
});

/** Σ_s δ_s(v) on the graph as numbered, without renumbering: the oracle of `degreeOrdered`. */
function referenceSums(graph: ReturnType<typeof graphFromEdges>, sources: Int32Array) {
  const solve = dependencySolver(graph);
  const sums = new Float64Array(graph.nodeCount);
  const dependencies = new Float64Array(graph.nodeCount);
  for (const s of sources) {
    solve(s, dependencies);
    for (let v = 0; v < sums.length; v++)
      sums[v] = (sums[v] as number) + (dependencies[v] as number);
  }
  return sums;
}
