import { describe, expect, it } from 'vitest';
import { crossGroupTies } from './cross-group-ties.js';
import { member } from './fixtures/build.js';
import { graphFromEdges } from './weighted-graph.js';

describe('crossGroupTies', () => {
  const members = new Map(
    [
      member(0, { region: 'Estrie', disciplines: ['Danse', 'Théâtre'] }),
      member(1, { region: 'Estrie', disciplines: ['Musique'] }),
      member(2, { region: 'Montréal', disciplines: ['Théâtre'] }),
      member(3, { region: null, disciplines: [] }),
    ].map((m) => [m.id, m]),
  );
  const graph = graphFromEdges(4, [
    [0, 1],
    [1, 2],
    [0, 2],
    [2, 3],
  ]);

  it('counts edges between different regions among edges with two known ends', () => {
    expect(
      crossGroupTies(graph, members, (m) => (m.region === null ? [] : [m.region])),
    ).toBeCloseTo(2 / 3, 12);
  });

  it('treats members sharing any discipline as the same group', () => {
    expect(crossGroupTies(graph, members, (m) => m.disciplines)).toBeCloseTo(2 / 3, 12);
  });

  it('is null without known ends', () => {
    expect(crossGroupTies(graph, members, () => [])).toBeNull();
  });
});
