import type { WeightedGraph } from './weighted-graph.js';

/**
 * Weighted modularity of a partition (Newman 2006): Q = Σ_c [L_c / m − (d_c / 2m)²], L_c the
 * weight inside community c, d_c the sum of its nodes' strengths, m the total weight.
 * @example modularity(graphFromEdges(2, [[0, 1]]), Int32Array.from([0, 0])) // 0
 */
export function modularity(graph: WeightedGraph, community: Int32Array): number {
  const k = community.reduce((max, c) => Math.max(max, c + 1), 0);
  const inner = new Float64Array(k);
  const degree = new Float64Array(k);
  let twiceM = 0;
  for (let v = 0; v < graph.nodeCount; v++) {
    const c = community[v] as number;
    for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e++) {
      const w = graph.weights[e] as number;
      twiceM += w;
      degree[c] = (degree[c] as number) + w;
      if (community[graph.targets[e] as number] === c) inner[c] = (inner[c] as number) + w;
    }
  }
  if (twiceM === 0) return 0;
  let q = 0;
  for (let c = 0; c < k; c++) {
    q += (inner[c] as number) / twiceM - ((degree[c] as number) / twiceM) ** 2;
  }
  return q;
}
