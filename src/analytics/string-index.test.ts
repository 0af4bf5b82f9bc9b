import { describe, expect, it } from 'vitest';
import { mulberry32 } from './mulberry32.js';
import { StringIndex } from './string-index.js';

describe('StringIndex', () => {
  it('finds each key at its position, and −1 for keys it does not hold', () => {
    const keys = ['m1', 'm2', '', 'é-ü', 'm10'];
    const index = new StringIndex(keys);
    keys.forEach((key, i) => {
      expect(index.indexOf(key)).toBe(i);
    });
    expect(index.indexOf('m3')).toBe(-1);
    expect(index.indexOf('M1')).toBe(-1);
  });

  it('holds only the positions included, and the last position of a repeated key', () => {
    const index = new StringIndex(['a', 'b', 'a', 'c', 'b'], (i) => i !== 4);
    expect(index.indexOf('a')).toBe(2);
    expect(index.indexOf('b')).toBe(1);
    expect(index.indexOf('c')).toBe(3);
  });

  it('agrees with a Map on 20,000 seeded keys with collisions and repeats', () => {
    const random = mulberry32(11);
    const keys = Array.from({ length: 20_000 }, () => `k${Math.floor(random() * 15_000)}`);
    const include = (i: number) => i % 7 !== 0;
    const index = new StringIndex(keys, include);
    const map = new Map<string, number>();
    keys.forEach((key, i) => {
      if (include(i)) map.set(key, i);
    });
    for (let k = 0; k < 16_000; k++) expect(index.indexOf(`k${k}`)).toBe(map.get(`k${k}`) ?? -1);
  });
});
