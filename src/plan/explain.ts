import type { Candidate, Explanation } from '../model/index.js';
import { EPS } from './search-space.js';
import { planValue, type WeightedFinding } from './value.js';

/** What explaining a scenario's choice needs. */
export interface ExplainInput {
  /** Every catalogue action, with estimated hours and effects. */
  actions: readonly Candidate[];
  /** The actions the optimiser could choose from (those that fit the stage). */
  candidateIds: ReadonlySet<string>;
  findings: readonly Pick<WeightedFinding, 'id' | 'weight'>[];
  budget: number;
  /** Ids the scenario requires, and their prerequisites. */
  required: readonly string[];
  requiredClosure: ReadonlySet<string>;
  selected: readonly string[];
}

/**
 * Why each action is in or out (docs/plan.md §5), with its marginal value (value with it minus
 * value without it) and hours. In: required by the scenario, prerequisite of a selected action,
 * or best value per hour. Out, first match: not for this stage, answers no finding, requires an
 * action that is not a candidate, over budget on its own, requires prerequisites that do not fit,
 * or lower value than the selected actions it would displace.
 */
export function explain(input: ExplainInput): Explanation[] {
  const byId = new Map(input.actions.map((a) => [a.actionId, a]));
  const chosen = new Set(input.selected);
  const set = input.actions.filter((a) => chosen.has(a.actionId));
  const value = planValue(set, input.findings);
  const hoursOf = (ids: Iterable<string>) =>
    [...ids].reduce((sum, id) => sum + (byId.get(id)?.hours ?? 0), 0);
  const capacity = input.budget - hoursOf(input.requiredClosure);
  const free = input.budget - hoursOf(chosen);
  const marginal = (a: Candidate) =>
    chosen.has(a.actionId)
      ? value -
        planValue(
          set.filter((s) => s !== a),
          input.findings,
        )
      : planValue([...set, a], input.findings) - value;
  const dependants = (id: string) =>
    set.filter((s) => s.requires.includes(id)).map((s) => s.actionId);

  return input.actions.map((a): Explanation => {
    const base = { actionId: a.actionId, marginalValue: marginal(a), hours: a.hours };
    if (chosen.has(a.actionId)) {
      if (input.required.includes(a.actionId))
        return { ...base, selected: true, reason: 'required', related: [] };
      const users = dependants(a.actionId);
      if (
        input.requiredClosure.has(a.actionId) ||
        (base.marginalValue <= EPS && users.length > 0)
      ) {
        return { ...base, selected: true, reason: 'prerequisite', related: users };
      }
      return { ...base, selected: true, reason: 'bestValue', related: [] };
    }
    const out = (reason: Explanation['reason'], related: string[] = []): Explanation => ({
      ...base,
      selected: false,
      reason,
      related,
    });
    if (!input.candidateIds.has(a.actionId)) return out('stage');
    if (base.marginalValue <= EPS) return out('noFinding');
    const missing = missingPrerequisites(a.actionId, byId, chosen);
    const absent = missing.filter((id) => !input.candidateIds.has(id));
    if (absent.length > 0) return out('requires', absent);
    if (a.hours > capacity + EPS) return out('overBudget');
    const needed = a.hours + hoursOf(missing);
    if (needed > capacity + EPS) return out('requires', missing);
    return out('lowerValue', displaced(set, input, marginal, needed - free));
  });
}

function missingPrerequisites(
  id: string,
  byId: ReadonlyMap<string, Candidate>,
  chosen: ReadonlySet<string>,
): string[] {
  const missing = new Set<string>();
  const visit = (current: string): void => {
    for (const dep of byId.get(current)?.requires ?? []) {
      if (chosen.has(dep) || missing.has(dep)) continue;
      missing.add(dep);
      visit(dep);
    }
  };
  visit(id);
  return [...missing];
}

/** The selected optional actions, lowest value per hour first, whose hours would make room. */
function displaced(
  set: readonly Candidate[],
  input: ExplainInput,
  marginal: (a: Candidate) => number,
  hoursNeeded: number,
): string[] {
  const optional = set
    .filter((s) => !input.requiredClosure.has(s.actionId) && s.hours > 0)
    .sort((x, y) => marginal(x) / x.hours - marginal(y) / y.hours);
  const names: string[] = [];
  let freed = 0;
  for (const s of optional) {
    if (freed >= hoursNeeded - EPS) break;
    names.push(s.actionId);
    freed += s.hours;
  }
  return names;
}
