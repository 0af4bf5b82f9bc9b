import type { Analysis } from '../model/analysis.js';
import type { Comparison } from './comparison-schema.js';

const pair = (before: number, after: number) => ({ before, after, delta: after - before });

/**
 * How the network changed: size, density, sub-groups and modularity (Louvain), isolates, and the
 * brokers (the analysis's top betweenness members) gained or lost; names only when allowed.
 */
export function networkChanges(
  before: Analysis,
  after: Analysis,
  names: boolean,
): Comparison['network'] {
  const a = before.network;
  const b = after.network;
  const nameOf = new Map(
    [...before.memberMetrics, ...after.memberMetrics].map((m) => [m.id, m.name]),
  );
  const earlier = new Set(a.brokers.map((x) => x.memberId));
  const later = new Set(b.brokers.map((x) => x.memberId));
  const gained = [...later].filter((id) => !earlier.has(id));
  const lost = [...earlier].filter((id) => !later.has(id));
  const named = (ids: number[]) =>
    names ? ids.map((memberId) => ({ memberId, name: nameOf.get(memberId) ?? '' })) : [];
  return {
    nodes: pair(a.nodes, b.nodes),
    edges: pair(a.edges, b.edges),
    density: pair(a.density, b.density),
    modularity: pair(a.modularity, b.modularity),
    subgroups: pair(a.communities.length, b.communities.length),
    isolates: pair(a.isolates, b.isolates),
    brokers: {
      kept: [...later].filter((id) => earlier.has(id)).length,
      gained: gained.length,
      lost: lost.length,
      gainedNames: named(gained),
      lostNames: named(lost),
    },
  };
}
