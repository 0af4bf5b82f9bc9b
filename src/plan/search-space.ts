import type { OptimiseProblem } from './optimise.js';

/** Numbers below this count as zero (floating-point noise). */
export const EPS = 1e-9;

/** The optimisation problem in index form: hours, prerequisites and effects by candidate index. */
export interface Prepared {
  n: number;
  hours: number[];
  deps: number[][];
  /** Per candidate: [finding index, strength] pairs with weight > 0. */
  effects: [number, number][][];
  weights: number[];
  available: boolean[];
  required: number[];
  budget: number;
}

/** Indexes a problem; a candidate whose prerequisites are missing or cyclic is unavailable. */
export function prepare(problem: OptimiseProblem): Prepared {
  const index = new Map(problem.candidates.map((c, i) => [c.actionId, i]));
  const fIndex = new Map(problem.findings.map((f, i) => [f.id, i]));
  const weights = problem.findings.map((f) => f.weight);
  const deps = problem.candidates.map((c) => c.requires.map((id) => index.get(id) ?? -1));
  const available = deps.map(() => true);
  const visit = (i: number, path: Set<number>): boolean => {
    if (path.has(i)) return false;
    path.add(i);
    const ok = (deps[i] as number[]).every((d) => d >= 0 && visit(d, path));
    path.delete(i);
    return ok;
  };
  deps.forEach((_, i) => {
    available[i] = visit(i, new Set());
  });
  const effects = problem.candidates.map((c) =>
    c.effects.flatMap(({ findingId, strength }): [number, number][] => {
      const f = fIndex.get(findingId);
      return f !== undefined && (weights[f] as number) > 0 && strength > 0 ? [[f, strength]] : [];
    }),
  );
  const required = new Set<number>();
  const close = (i: number): void => {
    if (required.has(i) || !available[i]) return;
    required.add(i);
    for (const d of deps[i] as number[]) close(d);
  };
  for (const id of problem.required ?? []) close(index.get(id) ?? -1);
  const hours = problem.candidates.map((c) => c.hours);
  return {
    n: hours.length,
    hours,
    deps,
    effects,
    weights,
    available,
    required: [...required],
    budget: problem.budget,
  };
}

/** Marginal gain Σ_f w_f × left_f × s(i, f) of candidate i given what is left of each finding. */
export function gainOf(p: Prepared, i: number, left: Float64Array): number {
  let gain = 0;
  for (const [f, s] of p.effects[i] as [number, number][])
    gain += (p.weights[f] as number) * (left[f] as number) * s;
  return gain;
}

/** What is left of each finding once candidate i is added: left_f × (1 − s(i, f)). */
export function apply(p: Prepared, i: number, left: Float64Array): Float64Array {
  const next = Float64Array.from(left);
  for (const [f, s] of p.effects[i] as [number, number][]) next[f] = (next[f] as number) * (1 - s);
  return next;
}

/** value = Σ_f w_f × (1 − left_f). */
export function valueLeft(p: Prepared, left: Float64Array): number {
  return p.weights.reduce((sum, w, f) => sum + w * (1 - (left[f] as number)), 0);
}

/** An action that may still be added, with its gain and its missing prerequisites. */
export interface Unit {
  index: number;
  /** Marginal gain of the action itself. */
  gain: number;
  /** Its own hours (for the bound). */
  hours: number;
  /** The action and every missing prerequisite. */
  members: number[];
  /** Hours of all members. */
  cost: number;
}

/**
 * Actions that can still be added within `room` hours: not chosen, not excluded, with a gain, and
 * whose missing prerequisites are neither excluded nor unavailable and fit with it. An action
 * whose unit does not fit now never will in this branch: spending only grows, and choosing a
 * prerequisite elsewhere costs at least what it saves.
 */
export function feasibleUnits(
  p: Prepared,
  chosen: Uint8Array,
  excluded: Uint8Array,
  left: Float64Array,
  room: number,
): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < p.n; i++) {
    if (chosen[i] === 1 || excluded[i] === 1 || !p.available[i]) continue;
    const gain = gainOf(p, i, left);
    if (gain <= EPS) continue;
    const members = missingClosure(p, i, chosen, excluded);
    if (!members) continue;
    const cost = members.reduce((sum, m) => sum + (p.hours[m] as number), 0);
    if (cost <= room + EPS)
      units.push({ index: i, gain, hours: p.hours[i] as number, members, cost });
  }
  return units;
}

function missingClosure(
  p: Prepared,
  i: number,
  chosen: Uint8Array,
  excluded: Uint8Array,
): number[] | null {
  const members = new Set<number>();
  const visit = (j: number): boolean => {
    if (chosen[j] === 1 || members.has(j)) return true;
    if (excluded[j] === 1 || !p.available[j]) return false;
    members.add(j);
    return (p.deps[j] as number[]).every(visit);
  };
  return visit(i) ? [...members] : null;
}
