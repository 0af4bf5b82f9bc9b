import type { Candidate } from '../model/index.js';
import { knapsackBound, tangentBound } from './bounds.js';
import { apply, EPS, feasibleUnits, prepare, valueLeft } from './search-space.js';
import type { WeightedFinding } from './value.js';

/** What the optimiser chooses from: candidates, weighted findings, a budget of hours. */
export interface OptimiseProblem {
  candidates: readonly Pick<Candidate, 'actionId' | 'hours' | 'requires' | 'effects'>[];
  findings: readonly Pick<WeightedFinding, 'id' | 'weight'>[];
  /** Hours the selected candidates may use in total. */
  budget: number;
  /** Actions that must be selected (with their prerequisites), whatever the budget. */
  required?: readonly string[];
}

/** The optimiser's answer. */
export interface Selection {
  /** Selected action ids, in candidate order. */
  selected: string[];
  hours: number;
  value: number;
  /** True when the required actions alone exceed the budget. */
  overBudget: boolean;
  /** Search nodes visited (for audit and benchmarks). */
  nodes: number;
}

/**
 * The set S maximising value(S) = Σ_f w_f (1 − Π_{a∈S}(1 − s(a, f))) with Σ_{a∈S} hours ≤ budget
 * and every prerequisite of a selected action selected: exact branch and bound (docs/plan.md §4).
 * Each node branches on the action with the best gain per hour of its *unit* (itself and its
 * missing prerequisites): take the whole unit, or exclude the action. A branch is cut when value(S)
 * plus the fractional knapsack of the remaining marginal gains — an upper bound because value is
 * submodular — cannot beat the best set found. Ties go to the cheaper set.
 */
export function optimise(problem: OptimiseProblem): Selection {
  const p = prepare(problem);
  const chosen = new Uint8Array(p.n);
  const excluded = new Uint8Array(p.n);
  let left: Float64Array = new Float64Array(p.weights.length).fill(1);
  let cost = 0;
  for (const i of p.required) {
    chosen[i] = 1;
    cost += p.hours[i] as number;
    left = apply(p, i, left);
  }
  let best = { value: valueLeft(p, left), cost, set: Uint8Array.from(chosen) };
  let nodes = 0;

  const search = (value: number, spent: number, state: Float64Array): void => {
    nodes++;
    if (value > best.value + EPS || (value > best.value - EPS && spent < best.cost - EPS)) {
      best = { value, cost: spent, set: Uint8Array.from(chosen) };
    }
    const units = feasibleUnits(p, chosen, excluded, state, p.budget - spent);
    if (units.length === 0) return;
    const room = p.budget - spent;
    // The branch is cut as soon as a bound falls below what it must beat.
    const target = best.value - value - EPS;
    const upper =
      value +
      Math.min(
        tangentBound(p, units, state, room, target),
        knapsackBound(p, units, state, room, target),
      );
    if (upper < best.value - EPS || (upper < best.value + EPS && spent >= best.cost - EPS)) return;
    const unit = units.reduce((a, b) => (b.gain / b.cost > a.gain / a.cost + EPS ? b : a));
    let next = state;
    // Only what this branch adds is taken back afterwards: required actions stay chosen.
    const added = unit.members.filter((i) => chosen[i] === 0);
    for (const i of added) {
      chosen[i] = 1;
      next = apply(p, i, next);
    }
    search(valueLeft(p, next), spent + unit.cost, next);
    for (const i of added) chosen[i] = 0;
    excluded[unit.index] = 1;
    search(value, spent, state);
    excluded[unit.index] = 0;
  };
  search(best.value, cost, left);

  const selected = problem.candidates.filter((_, i) => best.set[i] === 1).map((c) => c.actionId);
  return {
    selected,
    hours: best.cost,
    value: best.value,
    overBudget: cost > p.budget + EPS,
    nodes,
  };
}
