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

/** Which sources a betweenness run uses: every node (exact) or seeded pivots (approximate). */
export interface BetweennessPlan {
  readonly nodeCount: number;
  /** The sources, in increasing order: their dependencies are summed in this order. */
  readonly sources: Int32Array;
  readonly approximate: boolean;
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
  const plan = betweennessPlan(graph.nodeCount, options);
  return normaliseBetweenness(dependencySums(graph, plan.sources), plan);
}

/**
 * The sources of `betweenness` for a graph of `nodeCount` nodes: all nodes up to `exactMaxNodes`,
 * else `pivots` nodes drawn with the seeded `samplePivots`.
 * @example betweennessPlan(5000, { pivots: 256, seed: 1 }).approximate // true
 */
export function betweennessPlan(
  nodeCount: number,
  options: BetweennessOptions = {},
): BetweennessPlan {
  const n = nodeCount;
  const exact = n <= (options.exactMaxNodes ?? 2000);
  const k = exact ? n : Math.min(n, Math.max(1, options.pivots ?? 256));
  const sources = exact ? identity(n) : samplePivots(n, k, options.seed ?? 1);
  return { nodeCount: n, sources, approximate: k < n };
}

/**
 * Turns dependency sums over `plan.sources` into normalised betweenness, in place: each sum is
 * scaled by n / k / ((n − 1)(n − 2)) and capped at 1.
 */
export function normaliseBetweenness(sums: Float64Array, plan: BetweennessPlan): BetweennessResult {
  const n = plan.nodeCount;
  const k = plan.sources.length;
  const scale = n > 2 ? n / k / ((n - 1) * (n - 2)) : 0;
  for (let v = 0; v < n; v++) sums[v] = Math.min(1, (sums[v] as number) * scale);
  return { values: sums, approximate: plan.approximate, pivots: k };
}

/**
 * Σ_s δ_s(v) over the given sources, summed in their order: the accumulated pair dependencies of
 * Brandes (2001), unnormalised (each unordered pair is counted once from each of its ends when
 * all nodes are sources).
 */
export function dependencySums(graph: WeightedGraph, sources: Int32Array): Float64Array {
  const ordered = degreeOrdered(graph, sources);
  const solve = dependencySolver(ordered.graph);
  const sums = new Float64Array(graph.nodeCount);
  const dependencies = new Float64Array(graph.nodeCount);
  for (const s of ordered.sources) {
    solve(s, dependencies);
    addDependencies(sums, dependencies);
  }
  return ordered.restore(sums);
}

/** A graph renumbered for betweenness runs, its sources renumbered alike, and the way back. */
export interface DegreeOrdered {
  readonly graph: WeightedGraph;
  /** The same sources in the same order, in the new numbering. */
  readonly sources: Int32Array;
  /** Per-node values of the renumbered graph, back in the original numbering (a new array). */
  restore(values: Float64Array): Float64Array;
}

/**
 * The graph renumbered by decreasing degree (ties by number), neighbour lists sorted: the hubs
 * that most shortest paths cross then share a few cache lines, which makes each Dijkstra run of
 * `dependencySolver` about 1.5 times faster on a 20,000-node, 1.2M-edge network (measured: 22
 * against 32 ms of CPU). Betweenness itself does not depend on the numbering; only the rounding
 * of sums of equal-length paths may differ in the last bit.
 */
export function degreeOrdered(graph: WeightedGraph, sources: Int32Array): DegreeOrdered {
  const { nodeCount: n, offsets, targets, weights } = graph;
  let maxDegree = 0;
  for (let v = 0; v < n; v++)
    maxDegree = Math.max(maxDegree, (offsets[v + 1] as number) - (offsets[v] as number));
  // Sorting numeric keys (maxDegree − degree)·n + v (no comparator) orders nodes by decreasing
  // degree, then number.
  const keys = new Float64Array(n);
  for (let v = 0; v < n; v++)
    keys[v] = (maxDegree - ((offsets[v + 1] as number) - (offsets[v] as number))) * n + v;
  keys.sort();
  const oldOf = new Int32Array(n);
  const newOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = (keys[i] as number) % n;
    oldOf[i] = v;
    newOf[v] = i;
  }
  const newOffsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = oldOf[i] as number;
    newOffsets[i + 1] =
      (newOffsets[i] as number) + (offsets[v + 1] as number) - (offsets[v] as number);
  }
  // Visiting new nodes in increasing order and appending each to its neighbours' lists leaves
  // every list sorted (the graph is undirected: each edge is stored from both ends).
  const cursor = newOffsets.slice(0, n);
  const newTargets = new Int32Array(targets.length);
  const newWeights = new Float64Array(weights.length);
  for (let i = 0; i < n; i++) {
    const v = oldOf[i] as number;
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
      const j = newOf[targets[e] as number] as number;
      const slot = cursor[j] as number;
      cursor[j] = slot + 1;
      newTargets[slot] = i;
      newWeights[slot] = weights[e] as number;
    }
  }
  return {
    graph: {
      nodeCount: n,
      edgeCount: graph.edgeCount,
      labels: Int32Array.from(oldOf, (v) => graph.labels[v] as number),
      offsets: newOffsets,
      targets: newTargets,
      weights: newWeights,
    },
    sources: sources.map((s) => newOf[s] as number),
    restore(values: Float64Array): Float64Array {
      const restored = new Float64Array(n);
      for (let i = 0; i < n; i++) restored[oldOf[i] as number] = values[i] as number;
      return restored;
    },
  };
}

/**
 * Adds one source's dependencies to running sums (the merge of per-source results): summing the
 * sources one after the other in a fixed order gives the same bits however they were computed.
 */
export function addDependencies(sums: Float64Array, dependencies: Float64Array): void {
  for (let v = 0; v < sums.length; v++) sums[v] = (sums[v] as number) + (dependencies[v] as number);
}

/**
 * A solver for one graph: `solve(s, out)` writes δ_s(v) of every node into `out` (0 for `s` and
 * for nodes it cannot reach). Shortest-path counts σ and predecessors are gathered during
 * Dijkstra; predecessors of w are kept in w's own CSR slots, so nothing is allocated per source.
 */
export function dependencySolver(
  graph: WeightedGraph,
): (source: number, out: Float64Array) => void {
  const { nodeCount: n, offsets, targets } = graph;
  const length = graph.weights.map((w) => 1 / w);
  const dist = new Float64Array(n);
  const sigma = new Float64Array(n);
  const predCount = new Int32Array(n);
  const preds = new Int32Array(targets.length);
  // state[v] = 2·run when v was reached in the current run, 2·run + 1 once it is settled: no
  // per-run reset of any array.
  const state = new Int32Array(n);
  const order = new Int32Array(n);
  const heap = new MinHeap(n);
  let run = 0;
  return function solve(s: number, delta: Float64Array): void {
    run += 2;
    const reachedMark = run;
    const settledMark = run + 1;
    let reached = 0;
    delta.fill(0);
    heap.clear();
    dist[s] = 0;
    sigma[s] = 1;
    predCount[s] = 0;
    state[s] = reachedMark;
    heap.push(0, s);
    while (heap.size > 0) {
      const d = heap.peekKey();
      const v = heap.pop();
      state[v] = settledMark;
      order[reached++] = v;
      const sigmaV = sigma[v] as number;
      const last = offsets[v + 1] as number;
      for (let e = offsets[v] as number; e < last; e++) {
        const w = targets[e] as number;
        const seen = state[w] as number;
        if (seen === settledMark) continue;
        const candidate = d + (length[e] as number);
        if (seen !== reachedMark) {
          dist[w] = candidate;
          state[w] = reachedMark;
          sigma[w] = sigmaV;
          preds[offsets[w] as number] = v;
          predCount[w] = 1;
          heap.push(candidate, w);
          continue;
        }
        const known = dist[w] as number;
        if (nearlyEqual(candidate, known)) {
          sigma[w] = (sigma[w] as number) + sigmaV;
          preds[(offsets[w] as number) + (predCount[w] as number)] = v;
          predCount[w] = (predCount[w] as number) + 1;
        } else if (candidate < known) {
          dist[w] = candidate;
          sigma[w] = sigmaV;
          preds[offsets[w] as number] = v;
          predCount[w] = 1;
          heap.decrease(candidate, w);
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
    }
    delta[s] = 0;
  };
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
