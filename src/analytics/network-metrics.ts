import type { WeightedGraph } from './weighted-graph.js';

/** Whole-network descriptors of a weighted graph (method.md §4.2, social network analysis). */
export interface NetworkMetrics {
  nodes: number;
  edges: number;
  /** 2m / (n(n−1)): share of possible ties present (Wasserman & Faust 1994). */
  density: number;
  /** 2m / n: mean number of distinct neighbours. */
  averageDegree: number;
  /** Mean local clustering coefficient over all nodes (Watts & Strogatz 1998). */
  clustering: number;
  /** Connected components of the graph. */
  components: number;
  /** Nodes in the largest component. */
  largestComponent: number;
}

/**
 * Density, average degree, average clustering and components of a graph (unweighted measures:
 * every tie counts once whatever its weight). Local clustering C_v = T_v / (d_v(d_v−1)/2), with
 * T_v the triangles through v and C_v = 0 when d_v < 2, averaged over every node as networkx
 * `average_clustering`.
 */
export function networkMetrics(graph: WeightedGraph): NetworkMetrics {
  const n = graph.nodeCount;
  const m = graph.edgeCount;
  const { sizes } = connectedComponents(graph);
  return {
    nodes: n,
    edges: m,
    density: n > 1 ? (2 * m) / (n * (n - 1)) : 0,
    averageDegree: n > 0 ? (2 * m) / n : 0,
    clustering: n > 0 ? localClustering(graph).reduce((sum, c) => sum + c, 0) / n : 0,
    components: sizes.length,
    largestComponent: sizes.reduce((max, size) => Math.max(max, size), 0),
  };
}

/**
 * Local clustering coefficient of every node (Watts & Strogatz 1998), from triangles counted by
 * degree ordering (each triangle found once from its lowest-ranked node: O(m^1.5)).
 */
export function localClustering(graph: WeightedGraph): Float64Array {
  const { nodeCount: n, offsets, targets } = graph;
  const degree = (v: number): number => (offsets[v + 1] as number) - (offsets[v] as number);
  // Sorting numeric keys degree·n + v (no comparator) orders nodes by degree, then number.
  const byDegree = Float64Array.from({ length: n }, (_, v) => degree(v) * n + v).sort();
  const ranks = new Int32Array(n);
  const byRank = new Int32Array(n);
  byDegree.forEach((key, rank) => {
    ranks[key % n] = rank;
    byRank[rank] = key % n;
  });
  // Work in rank numbers: for each rank, only the neighbours of higher rank. Every triangle is
  // then found once, from its lowest-ranked node, with no rank test in the innermost loop, and
  // nodes of similar degree sit side by side in memory (about 1.5 times faster on millions of
  // edges than working in node numbers).
  const outOffsets = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) {
    const v = byRank[r] as number;
    let count = 0;
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
      if ((ranks[targets[e] as number] as number) > r) count++;
    }
    outOffsets[r + 1] = (outOffsets[r] as number) + count;
  }
  const out = new Int32Array(outOffsets[n] as number);
  for (let r = 0, k = 0; r < n; r++) {
    const v = byRank[r] as number;
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
      const u = ranks[targets[e] as number] as number;
      if (u > r) out[k++] = u;
    }
  }
  const byRankTriangles = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let r = 0; r < n; r++) {
    const from = outOffsets[r] as number;
    const to = outOffsets[r + 1] as number;
    for (let e = from; e < to; e++) mark[out[e] as number] = r;
    for (let e = from; e < to; e++) {
      const u = out[e] as number;
      for (let f = outOffsets[u] as number; f < (outOffsets[u + 1] as number); f++) {
        const w = out[f] as number;
        if (mark[w] === r) {
          byRankTriangles[r] = (byRankTriangles[r] as number) + 1;
          byRankTriangles[u] = (byRankTriangles[u] as number) + 1;
          byRankTriangles[w] = (byRankTriangles[w] as number) + 1;
        }
      }
    }
  }
  const triangles = Float64Array.from(ranks, (r) => byRankTriangles[r] as number);
  return triangles.map((t, v) => {
    const d = degree(v);
    return d < 2 ? 0 : (2 * t) / (d * (d - 1));
  });
}

/** Component number of every node (numbered by smallest node) and the size of each component. */
export function connectedComponents(graph: WeightedGraph): {
  component: Int32Array;
  sizes: number[];
} {
  const { nodeCount: n, offsets, targets } = graph;
  const component = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const sizes: number[] = [];
  for (let start = 0; start < n; start++) {
    if ((component[start] as number) >= 0) continue;
    const id = sizes.length;
    let top = 0;
    let size = 0;
    stack[top++] = start;
    component[start] = id;
    while (top > 0) {
      const v = stack[--top] as number;
      size++;
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
        const w = targets[e] as number;
        if ((component[w] as number) < 0) {
          component[w] = id;
          stack[top++] = w;
        }
      }
    }
    sizes.push(size);
  }
  return { component, sizes };
}
