import { describe, expect, it } from 'vitest';
import { KARATE_EDGES, KARATE_NODES } from './fixtures/karate.js';
import { layout } from './layout.js';
import { graphFromEdges } from './weighted-graph.js';

function distance(pos: Float64Array, a: number, b: number): number {
  return Math.hypot(
    (pos[2 * a] as number) - (pos[2 * b] as number),
    (pos[2 * a + 1] as number) - (pos[2 * b + 1] as number),
  );
}

describe('layout', () => {
  const karate = graphFromEdges(KARATE_NODES, KARATE_EDGES);

  it('gives the same positions for the same seed, others for another seed', () => {
    const first = layout(karate, { seed: 3 });
    expect(Array.from(layout(karate, { seed: 3 }))).toEqual(Array.from(first));
    expect(Array.from(layout(karate, { seed: 4 }))).not.toEqual(Array.from(first));
  });

  it('fills the unit square on its longer side', () => {
    const pos = layout(karate, { seed: 1 });
    expect(Math.min(...pos)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...pos)).toBeLessThanOrEqual(1);
    const xs = pos.filter((_, i) => i % 2 === 0);
    const ys = pos.filter((_, i) => i % 2 === 1);
    expect(Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys))).toBe(1);
  });

  it('draws linked members closer than unlinked ones on average', () => {
    const pos = layout(karate, { seed: 1 });
    const linked = KARATE_EDGES.map(([a, b]) => distance(pos, a, b));
    let unlinked = 0;
    let pairs = 0;
    for (let a = 0; a < KARATE_NODES; a++) {
      for (let b = a + 1; b < KARATE_NODES; b++) {
        unlinked += distance(pos, a, b);
        pairs++;
      }
    }
    const meanLinked = linked.reduce((s, d) => s + d, 0) / linked.length;
    expect(meanLinked).toBeLessThan((0.6 * unlinked) / pairs);
  });

  it('keeps two triangles apart and each triangle tight', () => {
    const graph = graphFromEdges(6, [
      [0, 1],
      [1, 2],
      [0, 2],
      [3, 4],
      [4, 5],
      [3, 5],
    ]);
    const pos = layout(graph, { seed: 1 });
    expect(distance(pos, 0, 1)).toBeLessThan(distance(pos, 0, 3));
    expect(distance(pos, 4, 5)).toBeLessThan(distance(pos, 2, 5));
  });

  it('places nothing in an empty graph', () => {
    expect(Array.from(layout(graphFromEdges(3, []), { seed: 1 }))).toEqual([]);
  });
});
