import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressGroups } from './suppress-groups.js';

const breakdown = fc.uniqueArray(
  fc.record({
    group: fc.string({ minLength: 1, maxLength: 4 }),
    n: fc.integer({ min: 0, max: 30 }),
  }),
  { selector: (cell) => cell.group, minLength: 1, maxLength: 10 },
);

describe('suppressGroups', () => {
  it('hides nothing when every group has 5 or more', () => {
    expect(
      suppressGroups([
        { group: 'a', n: 5 },
        { group: 'b', n: 9 },
      ]),
    ).toEqual(new Set());
  });

  it('hides the next smallest group along with a small one', () => {
    const hidden = suppressGroups([
      { group: 'a', n: 3 },
      { group: 'b', n: 6 },
      { group: 'c', n: 9 },
    ]);
    expect(hidden).toEqual(new Set(['a', 'b']));
  });

  it('adds groups until the hidden ones hold 5 together', () => {
    const cells = [
      { group: 'a', n: 1 },
      { group: 'b', n: 1 },
      { group: 'c', n: 7 },
      { group: 'd', n: 8 },
    ];
    expect(suppressGroups(cells)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('never lets total minus shown groups isolate a group under 5', () => {
    fc.assert(
      fc.property(breakdown, fc.integer({ min: 2, max: 10 }), (cells, min) => {
        const hidden = suppressGroups(cells, min);
        const shown = cells.filter((c) => !hidden.has(c.group));
        const hiddenCells = cells.filter((c) => hidden.has(c.group) && c.n > 0);
        const hiddenTotal = hiddenCells.reduce((s, c) => s + c.n, 0);
        const total = cells.reduce((s, c) => s + c.n, 0);
        const noSmallShown = shown.every((c) => c.n === 0 || c.n >= min);
        // What a reader derives: total − shown = the hidden groups' sum, never one small group.
        const safe =
          hiddenCells.length === 0 ||
          (hiddenCells.length >= 2 && hiddenTotal >= min) ||
          total < min ||
          shown.every((c) => c.n === 0);
        return noSmallShown && safe;
      }),
    );
  });
});
