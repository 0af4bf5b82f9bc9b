import { describe, expect, it } from 'vitest';
import { GROUP_COLOURS, groupColour, nodeLabel, tiesOf } from './network-view.js';

const nodes = [
  { id: 1, name: 'Ana', x: 0, y: 0, community: 0, degree: 2 },
  { id: 2, name: null, x: 1, y: 0, community: 1, degree: 1 },
  { id: 3, name: 'Léo', x: 0, y: 1, community: 9, degree: 1 },
];

describe('network view', () => {
  it('lists a member ties strongest first', () => {
    const ties = tiesOf(1, nodes, [
      { source: 1, target: 2, weight: 1 },
      { source: 3, target: 1, weight: 4 },
      { source: 2, target: 3, weight: 9 },
    ]);
    expect(ties.map((t) => [t.node.id, t.weight])).toEqual([
      [3, 4],
      [2, 1],
    ]);
  });

  it('labels members without a visible name by their number and colours sub-groups', () => {
    expect(nodeLabel(nodes[1]!)).toBe('#2');
    expect(nodeLabel(nodes[0]!)).toBe('Ana');
    expect(groupColour(9)).toBe(GROUP_COLOURS[1]);
    expect(groupColour(null)).toBe('#8a93a0');
  });
});
