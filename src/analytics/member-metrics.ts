import type { MemberMetrics } from '../model/analysis.js';
import { type ActivityIndex, ATTENDANCE, CONTRIBUTION, MESSAGE } from './activity-index.js';
import { formatDay, NO_DAY } from './day.js';
import { levelName } from './participation-levels.js';
import type { WeightedGraph } from './weighted-graph.js';

/** Per-node network results that `memberMetrics` attaches to members. */
export interface NodeResults {
  graph: WeightedGraph;
  /** Normalised betweenness per node. */
  betweenness: Float64Array;
  /** Sub-group id per node. */
  community: Int32Array;
  /** k-core number per node. */
  coreness: Int32Array;
}

/**
 * One row per member existing at `asOf` (product.md §6 `memberMetrics`): level, staff flag,
 * attendances, messages and contributions up to `asOf`, first and last activity dates, and
 * network position: degree = distinct neighbours, weightedDegree = sum of tie weights,
 * coreness (k-core), betweenness (normalised, see `betweenness`), community (null without any tie).
 */
export function memberMetrics(
  index: ActivityIndex,
  levels: Uint8Array,
  network: NodeResults,
): MemberMetrics[] {
  const n = index.members.length;
  const counts = new Int32Array(n * 3);
  const first = new Int32Array(n).fill(NO_DAY);
  const last = new Int32Array(n).fill(NO_DAY);
  for (let a = 0; a < index.count; a++) {
    const m = index.member[a] as number;
    const day = index.day[a] as number;
    const slot = m * 3 + (index.kind[a] as number);
    counts[slot] = (counts[slot] as number) + 1;
    if (first[m] === NO_DAY || day < (first[m] as number)) first[m] = day;
    if (last[m] === NO_DAY || day > (last[m] as number)) last[m] = day;
  }
  const nodeOf = nodeIndexByMember(index, network.graph);
  const { offsets, weights } = network.graph;
  return index.members.map((member, m) => {
    const v = nodeOf[m] as number;
    let weightedDegree = 0;
    if (v >= 0) {
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
        weightedDegree += weights[e] as number;
      }
    }
    return {
      id: member.id,
      name: member.name,
      level: levelName(levels[m] as number),
      staff: member.staff,
      attendances: counts[m * 3 + ATTENDANCE] as number,
      messages: counts[m * 3 + MESSAGE] as number,
      contributions: counts[m * 3 + CONTRIBUTION] as number,
      firstSeen: first[m] === NO_DAY ? null : formatDay(first[m] as number),
      lastSeen: last[m] === NO_DAY ? null : formatDay(last[m] as number),
      degree: v >= 0 ? (offsets[v + 1] as number) - (offsets[v] as number) : 0,
      weightedDegree,
      coreness: v >= 0 ? (network.coreness[v] as number) : 0,
      betweenness: v >= 0 ? (network.betweenness[v] as number) : 0,
      community: v >= 0 ? (network.community[v] as number) : null,
    };
  });
}

/** Node of each member index in a network labelled by member id, −1 for members without a tie. */
export function nodeIndexByMember(index: ActivityIndex, graph: WeightedGraph): Int32Array {
  const nodeOf = new Int32Array(index.members.length).fill(-1);
  graph.labels.forEach((id, v) => {
    const m = index.indexById.get(id);
    if (m !== undefined) nodeOf[m] = v;
  });
  return nodeOf;
}
