import { louvain } from './louvain.js';
import { modularity } from './modularity.js';
import type { WeightedGraph } from './weighted-graph.js';

/** Sub-groups of a network: communities sorted by size, and the partition's modularity. */
export interface Subgroups {
  /** Community id of each node, 0 = the largest community. */
  community: Int32Array;
  /** Nodes of each community, in increasing node order. */
  members: number[][];
  /** Weighted modularity Q of the partition (Newman 2006). */
  modularity: number;
}

/**
 * Sub-groups found by the Louvain method (Blondel et al. 2008; `louvain.ts`, on the CSR graph) on
 * edge weights, with a seeded random generator so that the same graph and seed give the same partition. Communities are
 * renumbered 0..k−1 by decreasing size, ties broken by their smallest node.
 */
export function subgroups(graph: WeightedGraph, seed = 1): Subgroups {
  const n = graph.nodeCount;
  if (graph.edgeCount === 0) {
    const members = Array.from({ length: n }, (_, v) => [v]);
    return { community: Int32Array.from(members, (_, v) => v), members, modularity: 0 };
  }
  const raw = louvain(graph, seed);
  return { ...renumberBySize(raw), modularity: modularity(graph, raw) };
}

/** Renumbers a partition so that community 0 is the largest (ties: smallest first node). */
export function renumberBySize(raw: Int32Array): { community: Int32Array; members: number[][] } {
  const groups = new Map<number, number[]>();
  raw.forEach((c, v) => {
    const group = groups.get(c);
    if (group === undefined) groups.set(c, [v]);
    else group.push(v);
  });
  const members = [...groups.values()].sort(
    (a, b) => b.length - a.length || (a[0] as number) - (b[0] as number),
  );
  const community = new Int32Array(raw.length);
  members.forEach((nodes, id) => {
    for (const v of nodes) community[v] = id;
  });
  return { community, members };
}
