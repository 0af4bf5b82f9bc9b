/**
 * Mulberry32, a small seeded pseudo-random generator (Tommy Ettinger, 2017): deterministic
 * replacement for `Math.random()` in the analytics, so the same seed gives the same results.
 * @example const next = mulberry32(42); next(); // a number in [0, 1)
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
