import { describe, expect, it } from 'vitest';
import { absenceFactor, concentration, gini, topShare } from './concentration.js';

describe('gini', () => {
  it.each([
    [[1, 1, 1, 1], 0],
    [[0, 0, 0, 1], 0.75],
    [[1, 2, 3, 4], 0.25],
    [[4, 3, 2, 1], 0.25],
    [[], 0],
    [[0, 0], 0],
  ])('gini(%j) = %d', (values, expected) => {
    expect(gini(values)).toBeCloseTo(expected, 12);
  });
});

describe('topShare', () => {
  it('takes the ceiling of 10 % of the members', () => {
    expect(topShare([1, 1, 1, 1, 1, 1, 1, 1, 1, 11], 0.1)).toBeCloseTo(0.55, 12);
    expect(topShare([3, 1], 0.1)).toBeCloseTo(0.75, 12);
  });
  it('is 0 without activity', () => {
    expect(topShare([0, 0], 0.1)).toBe(0);
  });
});

describe('absenceFactor', () => {
  it.each([
    [[10, 5, 3, 2], 1],
    [[5, 5, 5, 5], 2],
    [[1, 1, 1], 2],
    [[], 0],
  ])('absenceFactor(%j) = %d', (values, expected) => {
    expect(absenceFactor(values)).toBe(expected);
  });
});

describe('concentration', () => {
  it('ignores members without activity', () => {
    expect(concentration([0, 0, 2, 2])).toEqual({ gini: 0, top10Share: 0.5, absenceFactor: 1 });
  });
});
