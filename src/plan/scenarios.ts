import type { Action, Candidate, Priority, Scenario } from '../model/index.js';
import { calendar } from './calendar.js';
import { type CommunityProfile, type PlanAnalysis, sizeFactor } from './community-profile.js';
import { type EffortSettings, type Estimate, fte, hoursPerFte, middle } from './effort.js';
import { explain } from './explain.js';
import { memberLedger } from './member-hours.js';
import { optimise } from './optimise.js';
import { EPS } from './search-space.js';
import { targets } from './targets.js';
import type { WeightedFinding } from './value.js';

/** A scenario to optimise: a staff budget as FTE (scaled by community size) or hours, and required actions. */
export interface ScenarioSpec {
  name: Scenario['name'];
  /** FTE for a 50–150-member community; multiplied by `sizeFactor(members)`. */
  fte?: number;
  /** Hours per month, when the user gives the budget. */
  hoursPerMonth?: number;
  required: readonly string[];
}

/** The relaunch sequence a relaunch cannot skip: Praxis steps A–D (method.md §0, §7). */
export const RELAUNCH_SEQUENCE = ['A1', 'A2', 'A3', 'A5'] as const;

/**
 * The three default scenarios (docs/plan.md §8) [E]: maintain = 0.10 FTE (Rumizen's minimum,
 * Milton's ratio: base coordination and a few light actions); relaunch = 0.25 FTE (method.md §5.2:
 * 0.10–0.25 steady state + 30–60 % in a relaunch year; worked example ≈ 0.27); ambitious = 0.40
 * FTE (the worked example at contingency 2.0, ≈ 0.41). Relaunch and ambitious require A1–A3 + A5.
 */
export const DEFAULT_SCENARIOS: readonly ScenarioSpec[] = [
  { name: 'maintain', fte: 0.1, required: [] },
  { name: 'relaunch', fte: 0.25, required: RELAUNCH_SEQUENCE },
  { name: 'ambitious', fte: 0.4, required: RELAUNCH_SEQUENCE },
];

/** Everything a scenario is computed from, shared by all scenarios of a plan. */
export interface PlanContext {
  analysis: PlanAnalysis;
  profile: CommunityProfile;
  settings: EffortSettings;
  horizon: number;
  catalogue: ReadonlyMap<string, Action>;
  /** Every catalogue action with its estimate; `candidates` are those that fit the stage. */
  all: readonly Candidate[];
  candidates: readonly Candidate[];
  findings: readonly WeightedFinding[];
  /** Base coordination × contingency over the horizon. */
  base: Estimate;
  priorities: readonly Priority[];
}

/**
 * Staff budget of a scenario over the horizon: hours per month × horizon when given, else
 * FTE × sizeFactor(members) × hours per FTE × horizon ÷ 12.
 */
export function scenarioBudget(
  spec: ScenarioSpec,
  context: Pick<PlanContext, 'profile' | 'settings' | 'horizon'>,
): number {
  const { profile, settings, horizon } = context;
  if (spec.hoursPerMonth !== undefined) return spec.hoursPerMonth * horizon;
  return ((spec.fte ?? 0) * sizeFactor(profile.members) * hoursPerFte(settings) * horizon) / 12;
}

/** Optimises, explains, schedules and costs one scenario (docs/plan.md §4–§8). */
export function buildScenario(spec: ScenarioSpec, context: PlanContext): Scenario {
  const { horizon, settings, base } = context;
  const budgetHours = scenarioBudget(spec, context);
  const ids = new Set(context.candidates.map((c) => c.actionId));
  const required = spec.required.filter((id) => ids.has(id));
  const selection = optimise({
    candidates: context.candidates,
    findings: context.findings,
    budget: budgetHours - base.mid,
    required,
  });
  const chosen = new Set(selection.selected);
  const picked = context.candidates.filter((c) => chosen.has(c.actionId));
  const actions = picked.map((c) => context.catalogue.get(c.actionId) as Action);
  const explanations = explain({
    actions: context.all,
    candidateIds: ids,
    findings: context.findings,
    budget: budgetHours - base.mid,
    required,
    requiredClosure: closure(required, context.catalogue),
    selected: selection.selected,
  });
  const c = settings.contingency;
  const months = calendar({
    horizon,
    monthlyBudget: budgetHours / horizon,
    baseHours: base.mid,
    items: picked.map((p, i) => {
      const action = actions[i] as Action;
      return {
        action,
        setupHours: middle(action.setupHours) * c,
        hoursPerOccurrence: middle(action.hoursPerOccurrence) * c,
        occurrences: p.occurrences,
      };
    }),
  });
  const totalHours = base.mid + selection.hours;
  const range = {
    low: base.low + picked.reduce((sum, p) => sum + p.low, 0),
    high: base.high + picked.reduce((sum, p) => sum + p.high, 0),
  };
  const ledger = memberLedger(
    picked.map((p, i) => ({ action: actions[i] as Action, occurrences: p.occurrences })),
    context.profile,
  );
  const rate = settings.hourlyRate;
  return {
    name: spec.name,
    budgetHours,
    budgetFte: fte(budgetHours, horizon, settings),
    required,
    selected: selection.selected,
    totalHours,
    range,
    hoursPerMonth: totalHours / horizon,
    fte: fte(totalHours, horizon, settings),
    value: selection.value,
    maxValue: context.findings.reduce((sum, f) => sum + f.weight, 0),
    overBudget: totalHours > budgetHours + EPS,
    months,
    explanations,
    hoursByRole: { staff: totalHours, ...ledger },
    memberHours: ledger.core + ledger.members,
    cost:
      rate === null
        ? null
        : {
            hourlyRate: rate,
            amount: totalHours * rate,
            low: range.low * rate,
            high: range.high * rate,
          },
    targets: targets(context.analysis, actions),
    priorities: context.priorities.map((p) => ({
      id: p.id,
      actions: selection.selected.filter((id) => (p.actions ?? []).includes(id)),
    })),
  };
}

function closure(ids: readonly string[], catalogue: ReadonlyMap<string, Action>): Set<string> {
  const out = new Set<string>();
  const visit = (id: string): void => {
    if (out.has(id)) return;
    out.add(id);
    for (const dep of catalogue.get(id)?.requires ?? []) visit(dep);
  };
  for (const id of ids) visit(id);
  return out;
}
