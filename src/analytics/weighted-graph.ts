import { PairWeights } from './pair-weights.js';

/**
 * An undirected weighted graph in compressed sparse row (CSR) form: the neighbours of node v are
 * `targets[offsets[v] .. offsets[v + 1])`, each edge stored once per endpoint. Typed arrays keep
 * graphs of 100,000 nodes and millions of edges compact and fast to traverse.
 */
export interface WeightedGraph {
  readonly nodeCount: number;
  /** Number of undirected edges (each appears twice in `targets`). */
  readonly edgeCount: number;
  /** The label of each node: a member id. */
  readonly labels: Int32Array;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

/**
 * Builds a CSR graph from accumulated pair weights (nodes numbered below `pairs.keyBase`); nodes
 * without an edge are dropped and the others renumbered in increasing order, labelled by
 * `labelOf`. Neighbour lists come out sorted.
 */
export function graphFromPairs(
  pairs: PairWeights,
  labelOf: (node: number) => number,
): WeightedGraph {
  const keyBase = pairs.keyBase;
  const { keys, weights: pairWeights } = pairs.sorted();
  const degree = new Int32Array(keyBase);
  for (const key of keys) {
    const a = Math.floor(key / keyBase);
    const b = key - a * keyBase;
    degree[a] = (degree[a] as number) + 1;
    degree[b] = (degree[b] as number) + 1;
  }
  const renumber = new Int32Array(keyBase).fill(-1);
  const labels: number[] = [];
  for (let v = 0; v < keyBase; v++) {
    if ((degree[v] as number) > 0) {
      renumber[v] = labels.length;
      labels.push(labelOf(v));
    }
  }
  const n = labels.length;
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < keyBase; v++) {
    const r = renumber[v] as number;
    if (r >= 0) offsets[r + 1] = degree[v] as number;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] = (offsets[v + 1] as number) + (offsets[v] as number);
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(2 * keys.length);
  const weights = new Float64Array(2 * keys.length);
  keys.forEach((key, k) => {
    const a0 = Math.floor(key / keyBase);
    const a = renumber[a0] as number;
    const b = renumber[key - a0 * keyBase] as number;
    const w = pairWeights[k] as number;
    const ia = cursor[a] as number;
    const ib = cursor[b] as number;
    cursor[a] = ia + 1;
    cursor[b] = ib + 1;
    targets[ia] = b;
    weights[ia] = w;
    targets[ib] = a;
    weights[ib] = w;
  });
  return {
    nodeCount: n,
    edgeCount: keys.length,
    labels: Int32Array.from(labels),
    offsets,
    targets,
    weights,
  };
}

/**
 * Builds a CSR graph from an edge list over nodes `0..n-1` labelled by their number; repeated
 * edges add their weights, self-loops are ignored. Meant for fixtures and tests.
 * @example graphFromEdges(3, [[0, 1], [1, 2]]) // a chain of three nodes
 */
export function graphFromEdges(
  n: number,
  edges: readonly (readonly [number, number, number?])[],
): WeightedGraph {
  const pairs = new PairWeights(n);
  for (const [a, b, w = 1] of edges) pairs.add(a, b, w);
  return graphFromPairs(pairs, (v) => v);
}
