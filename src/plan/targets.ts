import type { Action, PlanTarget } from '../model/index.js';
import type { PlanAnalysis } from './community-profile.js';
import { middle } from './effort.js';

/** Healthy thresholds the targets move towards (method.md §4.1 "G" column [E]). */
export const TARGET_GOALS = { P1: 0.25, P3: 0.5, P5: 0.4, R1: 6 } as const;

/** Share of the 12-month progress expected at 6 months: the run phase starts at month 4 [E]. */
export const HALF_YEAR_PROGRESS = 0.5;

function share(indicator: 'P1' | 'P3' | 'P5', analysis: PlanAnalysis): number | null {
  const { members, participation } = analysis;
  if (indicator === 'P1') return members.total > 0 ? members.active / members.total : null;
  if (indicator === 'P3') return participation.facilitatorShare;
  return participation.newcomerActivation;
}

/**
 * Indicator targets of a scenario at 6 and 12 months (docs/plan.md §7) [E]. For P1, P3 and P5:
 * progress π = 1 − Π_a (1 − m_a) over the selected actions that move the indicator (`moves`),
 * at12 = current + (goal − current) × π, at6 = current + (at12 − current) × 0.5, never moving an
 * indicator that already meets its goal backwards. For R1: at12 = max(current, planned
 * synchronous activities per year), at6 halfway.
 */
export function targets(analysis: PlanAnalysis, selected: readonly Action[]): PlanTarget[] {
  const shares = (['P1', 'P3', 'P5'] as const).map((indicator): PlanTarget => {
    const movers = selected.filter((a) => (a.moves[indicator] ?? 0) > 0);
    const progress = 1 - movers.reduce((rest, a) => rest * (1 - (a.moves[indicator] ?? 0)), 1);
    const goal = TARGET_GOALS[indicator];
    const direction = indicator === 'P3' ? 'down' : 'up';
    const current = share(indicator, analysis);
    const actions = movers.map((a) => a.id);
    if (current === null)
      return { indicator, current, goal, direction, at6: null, at12: null, actions };
    const gap = direction === 'up' ? Math.max(0, goal - current) : Math.min(0, goal - current);
    const at12 = current + gap * progress;
    return {
      indicator,
      current,
      goal,
      direction,
      at6: current + (at12 - current) * HALF_YEAR_PROGRESS,
      at12,
      actions,
    };
  });
  return [...shares, rhythmTarget(analysis, selected)];
}

function rhythmTarget(analysis: PlanAnalysis, selected: readonly Action[]): PlanTarget {
  const movers = selected.filter((a) => a.moves.R1 === true && a.frequency.per === 'year');
  const planned = movers.reduce((sum, a) => sum + middle(a.frequency.range), 0);
  const current = analysis.rhythm.activitiesPerYear;
  const at12 = Math.max(current, planned);
  return {
    indicator: 'R1',
    current,
    goal: TARGET_GOALS.R1,
    direction: 'up',
    at6: current + (at12 - current) * HALF_YEAR_PROGRESS,
    at12,
    actions: movers.map((a) => a.id),
  };
}
