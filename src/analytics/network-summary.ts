import type { Network } from '../model/analysis.js';
import type { Dataset } from '../model/dataset.js';
import type { ActivityIndex } from './activity-index.js';
import { type BetweennessResult, betweenness } from './betweenness.js';
import { crossGroupTies } from './cross-group-ties.js';
import { NO_DAY } from './day.js';
import { kCore } from './k-core.js';
import { layout } from './layout.js';
import type { NodeResults } from './member-metrics.js';
import { nodeIndexByMember } from './member-metrics.js';
import { networkGraph } from './network-graph.js';
import { networkMetrics } from './network-metrics.js';
import { subgroups } from './subgroups.js';
import type { WeightedGraph } from './weighted-graph.js';

/** How many brokers (highest betweenness) the summary lists. */
export const BROKER_COUNT = 10;

/** Options of `networkSummary`. */
export interface NetworkSummaryOptions {
  sinceDay: number | null;
  seed: number;
  exactBetweennessMaxNodes: number;
  betweennessPivots: number;
  /** Largest graph that gets a layout (default 5000 nodes). */
  layoutMaxNodes?: number;
  /** Layout iterations (default 100). */
  layoutIterations?: number;
}

/** Everything of the network section that does not depend on betweenness. */
export interface NetworkStructure {
  readonly graph: WeightedGraph;
  readonly network: Omit<Network, 'approximate' | 'brokers'>;
  readonly community: Int32Array;
  readonly coreness: Int32Array;
}

/**
 * The `network` section of the analysis (product.md §6) and the per-node results behind
 * `memberMetrics`: graph from `networkGraph`, whole-network metrics, betweenness, Louvain
 * sub-groups, k-cores, cross-region and cross-discipline ties, the `BROKER_COUNT` members of
 * highest betweenness (> 0), isolates = non-staff members existing at `asOf` with no tie at all,
 * and a layout for drawing when the graph has at most `layoutMaxNodes` nodes.
 */
export function networkSummary(
  dataset: Dataset,
  index: ActivityIndex,
  options: NetworkSummaryOptions,
): { network: Network; nodes: NodeResults } {
  const graph = networkGraph(dataset, index, options.sinceDay ?? NO_DAY);
  const centrality = betweenness(graph, {
    exactMaxNodes: options.exactBetweennessMaxNodes,
    pivots: options.betweennessPivots,
    seed: options.seed,
  });
  return summariseNetwork(networkStructure(graph, index, options), centrality);
}

/**
 * The network figures of `networkSummary` that do not need betweenness (metrics, sub-groups,
 * k-cores, silos, isolates, layout), so that they can be computed while betweenness runs.
 */
export function networkStructure(
  graph: WeightedGraph,
  index: ActivityIndex,
  options: NetworkSummaryOptions,
): NetworkStructure {
  const metrics = networkMetrics(graph);
  const groups = subgroups(graph, options.seed);
  const coreness = kCore(graph);
  const memberById = new Map(index.members.map((m) => [m.id, m]));
  const nodeOf = nodeIndexByMember(index, graph);
  let isolates = 0;
  nodeOf.forEach((v, m) => {
    if (v < 0 && index.isStaff[m] === 0) isolates++;
  });
  const label = (v: number): number => graph.labels[v] as number;
  return {
    graph,
    community: groups.community,
    coreness,
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
      communities: groups.members.map((nodes, id) => ({
        id,
        size: nodes.length,
        members: nodes.map(label),
      })),
      ...(graph.nodeCount <= (options.layoutMaxNodes ?? 5000)
        ? { layout: drawing(graph, options) }
        : {}),
    },
  };
}

/** Completes a `NetworkStructure` with betweenness: the approximation flag and the brokers. */
export function summariseNetwork(
  structure: NetworkStructure,
  centrality: BetweennessResult,
): { network: Network; nodes: NodeResults } {
  const { graph, network: rest } = structure;
  const brokers = Array.from(centrality.values, (value, v) => ({
    memberId: graph.labels[v] as number,
    betweenness: value,
  }))
    .filter((b) => b.betweenness > 0)
    .sort((a, b) => b.betweenness - a.betweenness || a.memberId - b.memberId)
    .slice(0, BROKER_COUNT);
  const { layout: drawn, communities, ...figures } = rest;
  return {
    network: {
      ...figures,
      approximate: centrality.approximate,
      communities,
      brokers,
      ...(drawn === undefined ? {} : { layout: drawn }),
    },
    nodes: {
      graph,
      betweenness: centrality.values,
      community: structure.community,
      coreness: structure.coreness,
    },
  };
}

/** The seeded layout as `{memberId, x, y}` rows, in node order. */
function drawing(
  graph: WeightedGraph,
  options: NetworkSummaryOptions,
): { memberId: number; x: number; y: number }[] {
  const pos = layout(graph, { seed: options.seed, iterations: options.layoutIterations });
  return Array.from(graph.labels, (memberId, v) => ({
    memberId,
    x: pos[2 * v] as number,
    y: pos[2 * v + 1] as number,
  }));
}
