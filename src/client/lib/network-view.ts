/** A member of the network map, as `GET network` gives it (names only for those allowed). */
export interface NetworkNode {
  readonly id: number;
  readonly name?: string | null;
  readonly x: number;
  readonly y: number;
  readonly community: number | null;
  readonly degree: number;
  readonly betweenness?: number;
}

/** A tie between two members, weighted by their shared activities and replies. */
export interface NetworkEdge {
  readonly source: number;
  readonly target: number;
  readonly weight: number;
}

/** Colours of the sub-groups: distinct, and dark enough on white for a legend swatch. */
export const GROUP_COLOURS = [
  '#1f5fa8',
  '#b3261e',
  '#2e7d32',
  '#8e44ad',
  '#9a5b00',
  '#00796b',
  '#c2185b',
  '#455a64',
] as const;

/** The colour of a sub-group (grey for a member in none). */
export function groupColour(community: number | null): string {
  if (community === null) return '#8a93a0';
  return GROUP_COLOURS[community % GROUP_COLOURS.length] ?? '#8a93a0';
}

/** A member's label: their name when the reader may see it, else their number. */
export function nodeLabel(node: NetworkNode): string {
  return node.name?.trim() ? node.name : `#${node.id}`;
}

/** A member's ties, strongest first, with the other member of each. */
export function tiesOf(
  id: number,
  nodes: readonly NetworkNode[],
  edges: readonly NetworkEdge[],
): { node: NetworkNode; weight: number }[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ties: { node: NetworkNode; weight: number }[] = [];
  for (const edge of edges) {
    const other = edge.source === id ? edge.target : edge.target === id ? edge.source : undefined;
    const node = other === undefined ? undefined : byId.get(other);
    if (node) ties.push({ node, weight: edge.weight });
  }
  return ties.sort((a, b) => b.weight - a.weight || a.node.id - b.node.id);
}
