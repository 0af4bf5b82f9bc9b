/**
 * Concentration of activity among members (product.md §3.2 "Participation"): how much of the
 * activity rests on a few people. Inputs are per-member activity counts.
 */
export interface Concentration {
  /** Gini coefficient in [0, 1]; 0 = everyone equally active. */
  gini: number;
  /** Share of all activity produced by the most active 10 % (rounded up) of members. */
  top10Share: number;
  /** Fewest members who together produce at least half the activity. */
  absenceFactor: number;
}

/**
 * Gini coefficient of non-negative values (Gini 1912), with values sorted ascending and 1-based
 * ranks i: G = 2·Σ i·x_i / (n·Σ x) − (n + 1) / n. Returns 0 for an empty or all-zero vector.
 * @example gini([1, 2, 3, 4]) // 0.25
 */
export function gini(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let sum = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    sum += sorted[i] as number;
    weighted += (i + 1) * (sorted[i] as number);
  }
  if (sum === 0) return 0;
  return clamp01((2 * weighted) / (n * sum) - (n + 1) / n);
}

/**
 * Share of the total held by the top `fraction` of values (k = ⌈fraction·n⌉ largest).
 * @example topShare([1, 1, 1, 1, 1, 1, 1, 1, 1, 11], 0.1) // 0.55
 */
export function topShare(values: ArrayLike<number>, fraction = 0.1): number {
  const sorted = Float64Array.from(values).sort().reverse();
  const k = Math.ceil(fraction * sorted.length);
  let top = 0;
  let sum = 0;
  sorted.forEach((v, i) => {
    sum += v;
    if (i < k) top += v;
  });
  return sum === 0 ? 0 : top / sum;
}

/**
 * Absence factor (as the software "bus factor"): the fewest members, taken from the most active
 * down, whose activity reaches at least 50 % of the total. 0 when there is no activity.
 * @example absenceFactor([10, 5, 3, 2]) // 1
 */
export function absenceFactor(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort().reverse();
  const total = sorted.reduce((sum, v) => sum + v, 0);
  if (total === 0) return 0;
  let running = 0;
  for (let i = 0; i < sorted.length; i++) {
    running += sorted[i] as number;
    if (running * 2 >= total) return i + 1;
  }
  return sorted.length;
}

/**
 * Gini, top-10 % share and absence factor of per-member activity counts. Members with no
 * activity are left out: the figures describe how participation is spread among participants.
 */
export function concentration(counts: ArrayLike<number>): Concentration {
  const active = Array.from(counts).filter((c) => c > 0);
  return {
    gini: gini(active),
    top10Share: topShare(active, 0.1),
    absenceFactor: absenceFactor(active),
  };
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
