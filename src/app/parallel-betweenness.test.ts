import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  betweenness,
  betweennessPlan,
  dependencySums,
  normaliseBetweenness,
} from '../analytics/betweenness.js';
import { KARATE_EDGES, KARATE_NODES } from '../analytics/fixtures/karate.js';
import { mulberry32 } from '../analytics/mulberry32.js';
import { graphFromEdges } from '../analytics/weighted-graph.js';
import { PoulsError } from '../model/pouls-error.js';
import { parallelBetweenness } from './parallel-betweenness.js';

/** The worker as `npm run build` compiles it: workers run JavaScript, not the TypeScript sources. */
const BUILT_WORKER = new URL('../../dist/app/betweenness-worker.js', import.meta.url);
const MISSING_WORKER = new URL('./no-such-worker.js', import.meta.url);

/** A seeded random graph of n nodes: a ring (connected) plus random chords of weight 1 to 4. */
function seededGraph(n: number, chords: number, seed: number) {
  const random = mulberry32(seed);
  const edges: [number, number, number][] = [];
  for (let v = 0; v < n; v++) edges.push([v, (v + 1) % n, 1]);
  for (let i = 0; i < chords; i++) {
    // Squaring skews the ends towards low numbers: hubs, and ties between equal paths.
    const a = Math.floor(n * random() ** 2);
    const b = Math.floor(n * random());
    edges.push([a, b, 1 + Math.floor(random() * 4)]);
  }
  return graphFromEdges(n, edges);
}

/** The bytes of a Float64Array, to compare results bit for bit (not to within a tolerance). */
const bits = (values: Float64Array): string => Buffer.from(values.buffer).toString('hex');

describe('parallelBetweenness', () => {
  it('gives the same bits as one thread on a sampled 3,000-node graph, with 2 and 3 workers', async () => {
    expect(existsSync(BUILT_WORKER), 'run npm run build first').toBe(true);
    const graph = seededGraph(3000, 12_000, 7);
    const options = { pivots: 40, seed: 3 };
    const single = betweenness(graph, options);
    expect(single.approximate).toBe(true);
    const plan = betweennessPlan(graph.nodeCount, options);
    // The test can tell orders apart: summing the same pivots backwards changes some bits.
    const backwards = plan.sources.slice().reverse();
    const reordered = normaliseBetweenness(dependencySums(graph, backwards), plan);
    expect(bits(reordered.values)).not.toBe(bits(single.values));
    for (const threads of [2, 3]) {
      const parallel = await parallelBetweenness(graph, plan, { threads, workerUrl: BUILT_WORKER });
      expect(parallel.approximate).toBe(true);
      expect(parallel.pivots).toBe(40);
      expect(bits(parallel.values)).toBe(bits(single.values));
    }
  });

  it('stays on the calling thread for an exact plan: no worker is started', async () => {
    const graph = graphFromEdges(KARATE_NODES, KARATE_EDGES);
    const plan = betweennessPlan(graph.nodeCount);
    const result = await parallelBetweenness(graph, plan, {
      threads: 4,
      workerUrl: MISSING_WORKER,
    });
    expect(bits(result.values)).toBe(bits(betweenness(graph).values));
    expect(result.approximate).toBe(false);
  });

  it('reports a failing worker as a PoulsError', async () => {
    const graph = seededGraph(300, 600, 1);
    const plan = betweennessPlan(graph.nodeCount, { exactMaxNodes: 10, pivots: 8 });
    const failing = new URL('data:text/javascript,throw new Error("boom")');
    await expect(
      parallelBetweenness(graph, plan, { threads: 2, workerUrl: failing }),
    ).rejects.toBeInstanceOf(PoulsError);
  });
});
