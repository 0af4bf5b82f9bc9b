import type { Action, Candidate, Finding, Priority } from '../model/index.js';

/** s(a, f) when the action is a main lever of the finding's frein (method.md §4.3) [E]. */
export const MAIN_LEVER_STRENGTH = 0.6;
/** s(a, f) when the action only lists the frein (method.md §7) or the diagnosis names it [E]. */
export const SECONDARY_STRENGTH = 0.3;

/** Strengths set by hand: action id → finding id or code → s in [0, 1]. */
export type StrengthOverrides = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** A finding as the optimiser weighs it. */
export interface WeightedFinding {
  id: string;
  code: string;
  /** w_f = severity × confidence × priority weight (0 for a levier). */
  weight: number;
  /** Ids of the priorities that touch it. */
  priorities: string[];
}

/**
 * How strongly an action answers a finding, s(a, f) ∈ [0, 1] (docs/plan.md §3): an override if
 * given; 0.6 when the action is a main lever of the finding's code (method.md §4.3); 0.3 when the
 * action lists the code among the freins it addresses (§7) or the finding names the action; else 0.
 */
export function strength(action: Action, finding: Finding, overrides?: StrengthOverrides): number {
  const override = overrides?.[action.id]?.[finding.id] ?? overrides?.[action.id]?.[finding.code];
  if (override !== undefined) return Math.min(1, Math.max(0, override));
  if (action.levers.includes(finding.code)) return MAIN_LEVER_STRENGTH;
  if (action.freins.includes(finding.code) || finding.actions.includes(action.id)) {
    return SECONDARY_STRENGTH;
  }
  return 0;
}

/** The findings an action answers, with their strength (only s > 0). */
export function effectsOf(
  action: Action,
  findings: readonly Finding[],
  overrides?: StrengthOverrides,
): Candidate['effects'] {
  return findings
    .map((f) => ({ findingId: f.id, strength: strength(action, f, overrides) }))
    .filter((e) => e.strength > 0);
}

/**
 * Finding weights w_f = severity × confidence × (1 + Σ weights of the priorities touching f)
 * (docs/plan.md §3). A priority touches a finding when it lists its code or id, or lists an action
 * that answers it. Leviers are strengths, not problems to answer, and findings the steward
 * dismissed are kept but not answered: w = 0.
 */
export function weighFindings(
  findings: readonly Finding[],
  priorities: readonly Priority[],
  actions: readonly Action[],
  overrides?: StrengthOverrides,
): WeightedFinding[] {
  const byId = new Map(actions.map((a) => [a.id, a]));
  return findings.map((f) => {
    const touching = priorities.filter(
      (p) =>
        (p.findings ?? []).some((ref) => ref === f.code || ref === f.id) ||
        (p.actions ?? []).some((id) => {
          const action = byId.get(id);
          return action !== undefined && strength(action, f, overrides) > 0;
        }),
    );
    const priorityWeight = 1 + touching.reduce((sum, p) => sum + p.weight, 0);
    const ignored = f.kind === 'levier' || isDismissed(f);
    const weight = ignored ? 0 : f.severity * f.confidence * priorityWeight;
    return { id: f.id, code: f.code, weight, priorities: touching.map((p) => p.id) };
  });
}

/**
 * value(S) = Σ_f w_f × (1 − Π_{a∈S} (1 − s(a, f))) (docs/plan.md §3): each action removes a
 * share s of what is left of a finding, so value never exceeds Σ w_f and adding an action never
 * gains more than it would on a smaller set (submodular).
 */
export function planValue(
  selected: readonly Pick<Candidate, 'effects'>[],
  findings: readonly Pick<WeightedFinding, 'id' | 'weight'>[],
): number {
  const left = new Map(findings.map((f) => [f.id, 1]));
  for (const candidate of selected) {
    for (const { findingId, strength: s } of candidate.effects) {
      const rest = left.get(findingId);
      if (rest !== undefined) left.set(findingId, rest * (1 - s));
    }
  }
  return findings.reduce((sum, f) => sum + f.weight * (1 - (left.get(f.id) ?? 1)), 0);
}

function isDismissed(finding: Finding): boolean {
  const judged = finding as { judgement?: { status?: string } };
  return judged.judgement?.status === 'dismissed';
}
