import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { mulberry32 } from './mulberry32.js';
import type { WeightedGraph } from './weighted-graph.js';

// The package is CommonJS with `export default` typings: under NodeNext the default import is
// the function at run time but typed as the module; accept both shapes.
const louvain = (
  'detailed' in louvainModule ? louvainModule : louvainModule.default
) as typeof louvainModule.default;

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
 * Sub-groups found by the Louvain method (Blondel et al. 2008) on edge weights, with a seeded
 * random generator so that the same graph and seed give the same partition. Communities are
 * renumbered 0..k−1 by decreasing size, ties broken by their smallest node.
 */
export function subgroups(graph: WeightedGraph, seed = 1): Subgroups {
  const n = graph.nodeCount;
  if (graph.edgeCount === 0) {
    const members = Array.from({ length: n }, (_, v) => [v]);
    return { community: Int32Array.from(members, (_, v) => v), members, modularity: 0 };
  }
  const g = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (let v = 0; v < n; v++) g.addNode(String(v));
  for (let v = 0; v < n; v++) {
    for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e++) {
      const w = graph.targets[e] as number;
      if (v < w) g.addEdge(String(v), String(w), { weight: graph.weights[e] as number });
    }
  }
  const result = louvain.detailed(g, { getEdgeWeight: 'weight', rng: mulberry32(seed) });
  const raw = Int32Array.from({ length: n }, (_, v) => result.communities[String(v)] ?? 0);
  return { ...renumberBySize(raw), modularity: result.modularity };
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
