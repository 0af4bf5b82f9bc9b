import type { Network } from '../model/analysis.js';
import type { Dataset } from '../model/dataset.js';
import type { ActivityIndex } from './activity-index.js';
import { betweenness } from './betweenness.js';
import { crossGroupTies } from './cross-group-ties.js';
import { NO_DAY } from './day.js';
import { kCore } from './k-core.js';
import type { NodeResults } from './member-metrics.js';
import { nodeIndexByMember } from './member-metrics.js';
import { networkGraph } from './network-graph.js';
import { networkMetrics } from './network-metrics.js';
import { subgroups } from './subgroups.js';

/** How many brokers (highest betweenness) the summary lists. */
export const BROKER_COUNT = 10;

/** Options of `networkSummary`. */
export interface NetworkSummaryOptions {
  sinceDay: number | null;
  seed: number;
  exactBetweennessMaxNodes: number;
  betweennessPivots: number;
}

/**
 * The `network` section of the analysis (product.md §6) and the per-node results behind
 * `memberMetrics`: graph from `networkGraph`, whole-network metrics, betweenness, Louvain
 * sub-groups, k-cores, cross-region and cross-discipline ties, the `BROKER_COUNT` members of highest betweenness (> 0), and isolates = non-staff
 * members existing at `asOf` with no tie at all.
 */
export function networkSummary(
  dataset: Dataset,
  index: ActivityIndex,
  options: NetworkSummaryOptions,
): { network: Network; nodes: NodeResults } {
  const graph = networkGraph(dataset, index, options.sinceDay ?? NO_DAY);
  const metrics = networkMetrics(graph);
  const centrality = betweenness(graph, {
    exactMaxNodes: options.exactBetweennessMaxNodes,
    pivots: options.betweennessPivots,
    seed: options.seed,
  });
  const groups = subgroups(graph, options.seed);
  const coreness = kCore(graph);
  const memberById = new Map(index.members.map((m) => [m.id, m]));
  const nodeOf = nodeIndexByMember(index, graph);
  let isolates = 0;
  nodeOf.forEach((v, m) => {
    if (v < 0 && index.isStaff[m] === 0) isolates++;
  });
  const label = (v: number): number => graph.labels[v] as number;
  const brokers = Array.from(centrality.values, (value, v) => ({
    memberId: label(v),
    betweenness: value,
  }))
    .filter((b) => b.betweenness > 0)
    .sort((a, b) => b.betweenness - a.betweenness || a.memberId - b.memberId)
    .slice(0, BROKER_COUNT);
  return {
    network: {
      nodes: metrics.nodes,
      edges: metrics.edges,
      density: metrics.density,
      averageDegree: metrics.averageDegree,
      clustering: metrics.clustering,
      components: metrics.components,
      largestComponent: metrics.largestComponent,
      isolates,
      modularity: groups.modularity,
      maxCore: coreness.reduce((max, k) => Math.max(max, k), 0),
      crossRegionShare: crossGroupTies(graph, memberById, (m) =>
        m.region === null ? [] : [m.region],
      ),
      crossDisciplineShare: crossGroupTies(graph, memberById, (m) => m.disciplines),
      approximate: centrality.approximate,
      communities: groups.members.map((nodes, id) => ({
        id,
        size: nodes.length,
        members: nodes.map(label),
      })),
      brokers,
    },
    nodes: { graph, betweenness: centrality.values, community: groups.community, coreness },
  };
}
