import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairWeights } from './pair-weights.js';

describe('PairWeights', () => {
  it('sums unit and other weights per unordered pair, in key order', () => {
    const pairs = new PairWeights(10);
    pairs.add(3, 1);
    pairs.add(1, 3);
    pairs.add(2, 5, 2.5);
    pairs.add(1, 3, 0.5);
    pairs.add(4, 4);
    pairs.add(-1, 2);
    const { keys, weights } = pairs.sorted();
    expect(Array.from(keys)).toEqual([13, 25]);
    expect(Array.from(weights)).toEqual([2.5, 2.5]);
  });

  it('grows past its initial capacity', () => {
    const pairs = new PairWeights(100_000);
    for (let i = 0; i < 5000; i++) pairs.add(i % 7, 7 + (i % 3));
    const { keys, weights } = pairs.sorted();
    expect(keys.length).toBe(21);
    expect(weights.reduce((s, w) => s + w, 0)).toBe(5000);
  });

  it('agrees with a map of pair sums on seeded random interactions', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: -1, max: 40 }), fc.nat(40), fc.constantFrom(1, 1, 1, 2, 0.5)),
          { maxLength: 300 },
        ),
        (adds) => {
          const pairs = new PairWeights(41);
          const oracle = new Map<number, number>();
          for (const [a, b, w] of adds) {
            pairs.add(a, b, w);
            if (a === b || a < 0) continue;
            const key = Math.min(a, b) * 41 + Math.max(a, b);
            oracle.set(key, (oracle.get(key) ?? 0) + w);
          }
          const { keys, weights } = pairs.sorted();
          const expected = [...oracle.keys()].sort((x, y) => x - y);
          expect(Array.from(keys)).toEqual(expected);
          expect(Array.from(weights)).toEqual(expected.map((key) => oracle.get(key)));
        },
      ),
      { seed: 9, numRuns: 200 },
    );
  });
});
