import { EPS, type Prepared, type Unit } from './search-space.js';

/**
 * Upper bound on what the units can add together within `room` hours. Since
 * 1 − Π(1 − s) ≤ min(1, Σ s), the gain of any affordable set T is at most
 * Σ_f min(R_f, Σ_{j∈T} g_jf) with R_f = w_f left_f and g_jf = R_f s(j, f); for any μ ∈ [0, 1]^F that is
 * at most Σ_f (1 − μ_f) R_f + Σ_j x_j Σ_f μ_f g_jf, maximised by a fractional knapsack. μ = 1 is the
 * plain sum of marginal gains; a few rounds lower μ on findings the knapsack over-covers, and the
 * smallest bound is kept (each is valid; stopping early once below `target`).
 */
export function knapsackBound(
  p: Prepared,
  units: readonly Unit[],
  left: Float64Array,
  room: number,
  target = Number.NEGATIVE_INFINITY,
): number {
  const remaining = p.weights.map((w, f) => w * (left[f] as number));
  const mu = remaining.map(() => 1);
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 6; round++) {
    const values = units.map((u) =>
      (p.effects[u.index] as [number, number][]).reduce(
        (sum, [f, s]) => sum + (mu[f] as number) * (remaining[f] as number) * s,
        0,
      ),
    );
    const x = fractionalKnapsack(
      values,
      units.map((u) => u.hours),
      room,
    );
    const covered = remaining.map(() => 0);
    let bound = remaining.reduce((sum, r, f) => sum + (1 - (mu[f] as number)) * r, 0);
    units.forEach((u, j) => {
      const share = x[j] as number;
      if (share === 0) return;
      bound += share * (values[j] as number);
      for (const [f, s] of p.effects[u.index] as [number, number][]) {
        covered[f] = (covered[f] as number) + share * (remaining[f] as number) * s;
      }
    });
    best = Math.min(best, bound);
    if (best < target) break;
    let changed = false;
    remaining.forEach((r, f) => {
      const c = covered[f] as number;
      if (c > r + EPS) {
        mu[f] = (mu[f] as number) * (r / c);
        changed = true;
      }
    });
    if (!changed) break;
  }
  return best;
}

/**
 * A second upper bound, exact on whole sets: with a_jf = −ln(1 − s(j, f)) and u_f = Σ_j x_j a_jf,
 * the gain on f is R_f (1 − e^{−u_f}), concave in u, hence below its tangent at any t_f:
 * R_f ((1 − e^{−t_f}) − t_f e^{−t_f}) + R_f e^{−t_f} u_f. Maximising the tangents over a fractional
 * knapsack bounds every affordable set; t is moved towards the knapsack's own coverage for a few
 * rounds and the smallest bound kept (stopping early once below `target`).
 */
export function tangentBound(
  p: Prepared,
  units: readonly Unit[],
  left: Float64Array,
  room: number,
  target = Number.NEGATIVE_INFINITY,
): number {
  const remaining = p.weights.map((w, f) => w * (left[f] as number));
  const logs = units.map((u) =>
    (p.effects[u.index] as [number, number][]).map(([f, s]): [number, number] => [
      f,
      -Math.log(1 - Math.min(s, 1 - 1e-9)),
    ]),
  );
  const t = remaining.map(() => 0);
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 8; round++) {
    const slope = t.map((tf) => Math.exp(-tf));
    const values = logs.map((effects) =>
      effects.reduce((sum, [f, a]) => sum + (remaining[f] as number) * (slope[f] as number) * a, 0),
    );
    const x = fractionalKnapsack(
      values,
      units.map((u) => u.hours),
      room,
    );
    let bound = remaining.reduce((sum, r, f) => {
      const tf = t[f] as number;
      return sum + r * (1 - (slope[f] as number) - tf * (slope[f] as number));
    }, 0);
    const u = remaining.map(() => 0);
    logs.forEach((effects, j) => {
      const share = x[j] as number;
      bound += share * (values[j] as number);
      for (const [f, a] of effects) u[f] = (u[f] as number) + share * a;
    });
    best = Math.min(best, bound);
    if (best < target) break;
    u.forEach((uf, f) => {
      t[f] = round === 0 ? uf : ((t[f] as number) + uf) / 2;
    });
  }
  return best;
}

/** Shares x_j ∈ [0, 1] of each item taken by the greedy fractional knapsack (optimal for it). */
function fractionalKnapsack(
  values: readonly number[],
  hours: readonly number[],
  room: number,
): number[] {
  const order = values
    .map((_, j) => j)
    .sort((a, b) => {
      const [va, vb, ha, hb] = [
        values[a] as number,
        values[b] as number,
        hours[a] as number,
        hours[b] as number,
      ];
      return vb * ha - va * hb;
    });
  const x = values.map(() => 0);
  let capacity = room;
  for (const j of order) {
    if ((values[j] as number) <= 0) continue;
    const h = hours[j] as number;
    if (h <= capacity) {
      x[j] = 1;
      capacity -= h;
    } else {
      x[j] = capacity > 0 ? capacity / h : 0;
      break;
    }
  }
  return x;
}
