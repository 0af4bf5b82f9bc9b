import { MinHeap } from './min-heap.js';
import { mulberry32 } from './mulberry32.js';
import type { WeightedGraph } from './weighted-graph.js';

/** Options of `betweenness`. */
export interface BetweennessOptions {
  /** Largest graph computed exactly (default 2000 nodes); beyond, pivots are sampled. */
  exactMaxNodes?: number;
  /** Number of sampled pivots beyond `exactMaxNodes` (default 256). */
  pivots?: number;
  /** Seed of the pivot sampling (default 1). */
  seed?: number;
}

/** Normalised betweenness of each node, and whether it was estimated from sampled pivots. */
export interface BetweennessResult {
  values: Float64Array;
  approximate: boolean;
  pivots: number;
}

/**
 * Normalised betweenness centrality of every node (Freeman 1977), computed with Brandes' (2001)
 * algorithm for weighted graphs: Dijkstra from each source, edge length = 1 / weight.
 * C_B(v) = Σ_{s≠v≠t} σ_st(v) / σ_st, normalised for an undirected graph by (n−1)(n−2)/2, as
 * networkx `betweenness_centrality(normalized=True)`. Above `exactMaxNodes` nodes, the sum runs
 * over k pivots drawn without replacement and is scaled by n/k (Brandes & Pich 2007).
 */
export function betweenness(
  graph: WeightedGraph,
  options: BetweennessOptions = {},
): BetweennessResult {
  const n = graph.nodeCount;
  const exact = n <= (options.exactMaxNodes ?? 2000);
  const k = exact ? n : Math.min(n, Math.max(1, options.pivots ?? 256));
  const sources = exact ? identity(n) : samplePivots(n, k, options.seed ?? 1);
  const values = dependencySums(graph, sources);
  const scale = n > 2 ? n / k / ((n - 1) * (n - 2)) : 0;
  for (let v = 0; v < n; v++) values[v] = Math.min(1, (values[v] as number) * scale);
  return { values, approximate: k < n, pivots: k };
}

/**
 * Σ_s δ_s(v) over the given sources: the accumulated pair dependencies of Brandes (2001),
 * unnormalised (each unordered pair is counted once from each of its ends when all nodes are
 * sources). Shortest-path counts σ and predecessors are gathered during Dijkstra; predecessors of
 * w are kept in w's own CSR slots, so no memory is allocated per source.
 */
export function dependencySums(graph: WeightedGraph, sources: Int32Array): Float64Array {
  const { nodeCount: n, offsets, targets } = graph;
  const length = graph.weights.map((w) => 1 / w);
  const dist = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const predCount = new Int32Array(n);
  const preds = new Int32Array(targets.length);
  const settled = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const heap = new MinHeap(Math.max(16, n));
  const sums = new Float64Array(n);
  let stamp = 0;
  for (const s of sources) {
    stamp++;
    let reached = 0;
    heap.clear();
    dist[s] = 0;
    sigma[s] = 1;
    predCount[s] = 0;
    touched[s] = stamp;
    heap.push(0, s);
    while (heap.size > 0) {
      const d = heap.peekKey();
      const v = heap.pop();
      if (settled[v] === stamp || d > (dist[v] as number)) continue;
      settled[v] = stamp;
      delta[v] = 0;
      order[reached++] = v;
      const sigmaV = sigma[v] as number;
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
        const w = targets[e] as number;
        if (settled[w] === stamp) continue;
        const candidate = d + (length[e] as number);
        const known = dist[w] as number;
        if (touched[w] !== stamp || (candidate < known && !nearlyEqual(candidate, known))) {
          dist[w] = candidate;
          touched[w] = stamp;
          sigma[w] = sigmaV;
          preds[offsets[w] as number] = v;
          predCount[w] = 1;
          heap.push(candidate, w);
        } else if (nearlyEqual(candidate, known)) {
          sigma[w] = (sigma[w] as number) + sigmaV;
          preds[(offsets[w] as number) + (predCount[w] as number)] = v;
          predCount[w] = (predCount[w] as number) + 1;
        }
      }
    }
    for (let i = reached - 1; i > 0; i--) {
      const w = order[i] as number;
      const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
      const first = offsets[w] as number;
      for (let p = first; p < first + (predCount[w] as number); p++) {
        const v = preds[p] as number;
        delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
      }
      sums[w] = (sums[w] as number) + (delta[w] as number);
    }
  }
  return sums;
}

/** k distinct nodes of 0..n−1 drawn uniformly with a seeded partial Fisher–Yates shuffle. */
export function samplePivots(n: number, k: number, seed: number): Int32Array {
  const nodes = identity(n);
  const random = mulberry32(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const swap = nodes[i] as number;
    nodes[i] = nodes[j] as number;
    nodes[j] = swap;
  }
  return nodes.slice(0, k).sort();
}

function identity(n: number): Int32Array {
  const nodes = new Int32Array(n);
  for (let i = 0; i < n; i++) nodes[i] = i;
  return nodes;
}

/** Path lengths are sums of 1/weight: compare them with a relative tolerance, not `===`. */
function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
