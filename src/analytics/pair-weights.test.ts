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
});
