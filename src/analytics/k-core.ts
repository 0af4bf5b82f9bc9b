import type { WeightedGraph } from './weighted-graph.js';

/**
 * Coreness of every node (Seidman 1983): the largest k such that the node belongs to the k-core,
 * the maximal subgraph where every node has at least k neighbours. Computed with the O(n + m)
 * bucket algorithm of Batagelj & Zaversnik (2003) on distinct neighbours (weights ignored); the
 * core–periphery reading of method.md §4.2.
 * @example kCore(graphFromEdges(4, [[0, 1], [1, 2], [0, 2], [2, 3]])) // [2, 2, 2, 1]
 */
export function kCore(graph: WeightedGraph): Int32Array {
  const { nodeCount: n, offsets, targets } = graph;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = (offsets[v + 1] as number) - (offsets[v] as number);
    maxDegree = Math.max(maxDegree, degree[v] as number);
  }
  const binStart = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v++)
    binStart[degree[v] as number] = (binStart[degree[v] as number] as number) + 1;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const count = binStart[d] as number;
    binStart[d] = start;
    start += count;
  }
  const sorted = new Int32Array(n);
  const position = new Int32Array(n);
  const next = binStart.slice();
  for (let v = 0; v < n; v++) {
    const d = degree[v] as number;
    position[v] = next[d] as number;
    sorted[position[v] as number] = v;
    next[d] = (next[d] as number) + 1;
  }
  for (let i = 0; i < n; i++) {
    const v = sorted[i] as number;
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
      const u = targets[e] as number;
      const du = degree[u] as number;
      if (du <= (degree[v] as number)) continue;
      // Move u to the front of its bin, then shrink the bin: u's degree drops by one.
      const front = binStart[du] as number;
      const w = sorted[front] as number;
      if (w !== u) {
        sorted[position[u] as number] = w;
        position[w] = position[u] as number;
        sorted[front] = u;
        position[u] = front;
      }
      binStart[du] = front + 1;
      degree[u] = du - 1;
    }
  }
  return degree;
}
