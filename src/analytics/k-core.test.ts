import { describe, expect, it } from 'vitest';
import { KARATE_EDGES, KARATE_NODES } from './fixtures/karate.js';
import { kCore } from './k-core.js';
import { graphFromEdges } from './weighted-graph.js';

describe('kCore', () => {
  it('gives a triangle with a pendant cores 2, 2, 2 and 1', () => {
    expect(
      Array.from(
        kCore(
          graphFromEdges(4, [
            [0, 1],
            [1, 2],
            [0, 2],
            [2, 3],
          ]),
        ),
      ),
    ).toEqual([2, 2, 2, 1]);
  });

  it('gives every node of a chain core 1', () => {
    expect(
      Array.from(
        kCore(
          graphFromEdges(4, [
            [0, 1],
            [1, 2],
            [2, 3],
          ]),
        ),
      ),
    ).toEqual([1, 1, 1, 1]);
  });

  it('reproduces networkx core_number on the karate club: a 4-core of 10 members', () => {
    const cores = Array.from(kCore(graphFromEdges(KARATE_NODES, KARATE_EDGES)));
    expect(Math.max(...cores)).toBe(4);
    // Members 1–4, 8, 9, 14, 31, 33, 34 (0-indexed below).
    expect(cores.flatMap((c, v) => (c === 4 ? [v] : []))).toEqual([
      0, 1, 2, 3, 7, 8, 13, 30, 32, 33,
    ]);
    expect(cores[11]).toBe(1); // member 12 is a pendant of member 1
  });
});
