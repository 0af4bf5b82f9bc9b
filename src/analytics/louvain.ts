import { mulberry32 } from './mulberry32.js';
import type { WeightedGraph } from './weighted-graph.js';

/** A graph of one Louvain level: CSR without self-loops, plus each node's self-loop weight. */
interface Level {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  /** Weight of the edges inside each node (a merged community), each edge counted once. */
  readonly inside: Float64Array;
}

/** Passes over the nodes of one level before it is aggregated anyway (bounds the run time). */
const MAX_PASSES = 50;
/** A pass must raise modularity by more than this to go on (graphology's default tolerance). */
const TOLERANCE = 1e-10;

/**
 * Community of every node by the Louvain method (Blondel, Guillaume, Lambiotte & Lefebvre 2008),
 * run directly on the CSR graph with typed arrays: local moving in a seeded random order, then
 * aggregation of communities into nodes, until no move raises the weighted modularity. Same
 * graph and seed, same partition.
 * @example louvain(graphFromEdges(4, [[0, 1], [2, 3]]), 1) // Int32Array [0, 0, 1, 1] (labels vary)
 */
export function louvain(graph: WeightedGraph, seed = 1): Int32Array {
  const random = mulberry32(seed);
  let level: Level = {
    n: graph.nodeCount,
    offsets: graph.offsets,
    targets: graph.targets,
    weights: graph.weights,
    inside: new Float64Array(graph.nodeCount),
  };
  const assignment = Int32Array.from({ length: graph.nodeCount }, (_, v) => v);
  let total = 0;
  for (const w of graph.weights) total += w;
  if (total === 0) return assignment;
  for (;;) {
    const { community, moved } = moveNodes(level, total, random);
    if (!moved) break;
    const count = compact(community);
    for (let v = 0; v < assignment.length; v++) {
      assignment[v] = community[assignment[v] as number] as number;
    }
    if (count === level.n) break;
    level = aggregate(level, community, count);
  }
  compact(assignment);
  return assignment;
}

/**
 * Phase 1: moves each node to the neighbouring community of best modularity gain
 * ΔQ ∝ k_i,c − tot_c · k_i / 2m, in a seeded random order, until a pass gains nothing.
 */
function moveNodes(
  level: Level,
  total: number,
  random: () => number,
): { community: Int32Array; moved: boolean } {
  const { n, offsets, targets, weights, inside } = level;
  const community = Int32Array.from({ length: n }, (_, v) => v);
  const strength = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let k = 2 * (inside[v] as number);
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++)
      k += weights[e] as number;
    strength[v] = k;
  }
  const tot = Float64Array.from(strength);
  const order = shuffled(n, random);
  const linkTo = new Float64Array(n);
  const touched = new Int32Array(n);
  let moved = false;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let gainSum = 0;
    for (const v of order) {
      const own = community[v] as number;
      const k = strength[v] as number;
      let size = 0;
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
        const c = community[targets[e] as number] as number;
        if (linkTo[c] === 0) touched[size++] = c;
        linkTo[c] = (linkTo[c] as number) + (weights[e] as number);
      }
      tot[own] = (tot[own] as number) - k;
      const ratio = k / total;
      let best = own;
      let bestGain = (linkTo[own] as number) - (tot[own] as number) * ratio;
      for (let i = 0; i < size; i++) {
        const c = touched[i] as number;
        const gain = (linkTo[c] as number) - (tot[c] as number) * ratio;
        if (gain > bestGain + TOLERANCE) {
          best = c;
          bestGain = gain;
        }
      }
      if (best !== own) {
        gainSum += bestGain - ((linkTo[own] as number) - (tot[own] as number) * ratio);
        community[v] = best;
        moved = true;
      }
      tot[best] = (tot[best] as number) + k;
      for (let i = 0; i < size; i++) linkTo[touched[i] as number] = 0;
      linkTo[own] = 0;
    }
    if (gainSum <= TOLERANCE) break;
  }
  return { community, moved };
}

/** Phase 2: one node per community; edges between communities add up, inner ones become `inside`. */
function aggregate(level: Level, community: Int32Array, count: number): Level {
  const { offsets, targets, weights, inside } = level;
  const byCommunity = groupNodes(community, count);
  const nextOffsets = new Int32Array(count + 1);
  const nextInside = new Float64Array(count);
  const linkTo = new Float64Array(count);
  const touched = new Int32Array(count);
  const outTargets: number[] = [];
  const outWeights: number[] = [];
  for (let c = 0; c < count; c++) {
    let size = 0;
    for (
      let i = byCommunity.offsets[c] as number;
      i < (byCommunity.offsets[c + 1] as number);
      i++
    ) {
      const v = byCommunity.nodes[i] as number;
      nextInside[c] = (nextInside[c] as number) + (inside[v] as number);
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
        const d = community[targets[e] as number] as number;
        if (d === c) {
          nextInside[c] = (nextInside[c] as number) + (weights[e] as number) / 2;
          continue;
        }
        if (linkTo[d] === 0) touched[size++] = d;
        linkTo[d] = (linkTo[d] as number) + (weights[e] as number);
      }
    }
    for (let i = 0; i < size; i++) {
      const d = touched[i] as number;
      outTargets.push(d);
      outWeights.push(linkTo[d] as number);
      linkTo[d] = 0;
    }
    nextOffsets[c + 1] = outTargets.length;
  }
  return {
    n: count,
    offsets: nextOffsets,
    targets: Int32Array.from(outTargets),
    weights: Float64Array.from(outWeights),
    inside: nextInside,
  };
}

/** Nodes grouped by community (CSR: `nodes[offsets[c] .. offsets[c + 1])`). */
function groupNodes(
  community: Int32Array,
  count: number,
): { offsets: Int32Array; nodes: Int32Array } {
  const offsets = new Int32Array(count + 1);
  for (const c of community) offsets[c + 1] = (offsets[c + 1] as number) + 1;
  for (let c = 0; c < count; c++)
    offsets[c + 1] = (offsets[c + 1] as number) + (offsets[c] as number);
  const cursor = offsets.slice(0, count);
  const nodes = new Int32Array(community.length);
  community.forEach((c, v) => {
    nodes[cursor[c] as number] = v;
    cursor[c] = (cursor[c] as number) + 1;
  });
  return { offsets, nodes };
}

/** Renumbers labels in place to 0..k−1 in order of first appearance; returns k. */
function compact(labels: Int32Array): number {
  const map = new Map<number, number>();
  for (let v = 0; v < labels.length; v++) {
    const label = labels[v] as number;
    let id = map.get(label);
    if (id === undefined) {
      id = map.size;
      map.set(label, id);
    }
    labels[v] = id;
  }
  return map.size;
}

/** 0..n−1 in a seeded random order (Fisher–Yates). */
function shuffled(n: number, random: () => number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, v) => v);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  return order;
}
