import type { Member } from '../model/member.js';
import type { WeightedGraph } from './weighted-graph.js';

/**
 * Share of ties that cross groups (product.md §3.2 "silos"; method.md §4.3 layered participation):
 * among edges whose two members both have a known group, the share whose members share no group
 * (unweighted: each pair counts once). A low share means the network follows group boundaries.
 * null when no edge has two known ends.
 * @example crossGroupTies(graph, memberById, (m) => (m.region === null ? [] : [m.region]))
 */
export function crossGroupTies(
  graph: WeightedGraph,
  memberById: ReadonlyMap<number, Member>,
  groupsOf: (member: Member) => readonly string[],
): number | null {
  const groups = Array.from(graph.labels, (id) => {
    const member = memberById.get(id);
    return member === undefined ? [] : groupsOf(member);
  });
  let known = 0;
  let crossing = 0;
  for (let v = 0; v < graph.nodeCount; v++) {
    const mine = groups[v] ?? [];
    if (mine.length === 0) continue;
    for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e++) {
      const w = graph.targets[e] as number;
      const theirs = groups[w] ?? [];
      if (w < v || theirs.length === 0) continue;
      known++;
      if (!mine.some((g) => theirs.includes(g))) crossing++;
    }
  }
  return known === 0 ? null : crossing / known;
}
