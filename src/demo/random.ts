/**
 * A small seeded pseudo-random generator (mulberry32) and the draws the demo needs. The same
 * seed always yields the same sequence, so the demo community is reproducible.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  float(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One item, with probability proportional to its weight (weights ≥ 0, not all 0). */
  pickWeighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** Up to `k` distinct items drawn with probability proportional to weight, without replacement. */
  sample<T>(items: readonly T[], k: number, weight: (item: T) => number): T[];
}

/**
 * Creates a seeded generator: mulberry32 by Tommy Ettinger, a 32-bit state with a good enough
 * spread for simulation.
 * @example createRandom(42).int(1, 6) // always the same die roll for seed 42
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  function int(min: number, max: number): number {
    return min + Math.floor(next() * (max - min + 1));
  }
  function pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  }
  function pickWeighted<T>(items: readonly T[], weight: (item: T) => number): T {
    let total = 0;
    for (const item of items) total += weight(item);
    if (!(total > 0)) return pick(items);
    let r = next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return items[items.length - 1] as T;
  }
  function shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
  // Efraimidis–Spirakis: keep the k largest keys u^(1/w).
  function sample<T>(items: readonly T[], k: number, weight: (item: T) => number): T[] {
    const keyed: { item: T; key: number }[] = [];
    for (const item of items) {
      const w = weight(item);
      if (w > 0) keyed.push({ item, key: next() ** (1 / w) });
    }
    keyed.sort((a, b) => b.key - a.key);
    return keyed.slice(0, Math.max(0, k)).map((entry) => entry.item);
  }
  return {
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick,
    pickWeighted,
    shuffle,
    sample,
  };
}
