import type { Analysis, Stage } from '../model/index.js';

/** The parts of an `Analysis` the planner reads; any full analysis fits. */
export type PlanAnalysis = Pick<
  Analysis,
  | 'community'
  | 'asOf'
  | 'windowDays'
  | 'members'
  | 'timeline'
  | 'participation'
  | 'rhythm'
  | 'stage'
>;

/** What the planner needs to know of the community's size and stage. */
export interface CommunityProfile {
  /** Listed members, staff excluded. */
  members: number;
  newcomersPerYear: number;
  /** People in the core group a plan relies on (P2 healthy: ≥ 5 % and ≥ 4 people). */
  coreGroupSize: number;
  /** Members expected at one activity (10–20 % participation, Cornu 2016). */
  attendeesPerActivity: number;
  stage: Stage;
  relaunch: boolean;
}

/**
 * Size factor of coordination effort [E]: 1 for 50–150 members (method.md §5.2 anchors, 100–150
 * members), √(n / 150) above (coordination grows slower than membership: Milton 2011's scattered
 * ratios, Cornu's lean model), n / 50 below with a floor of 0.5.
 *
 * @example
 * sizeFactor(120) // 1
 * sizeFactor(600) // 2
 */
export function sizeFactor(members: number): number {
  if (members > 150) return Math.sqrt(members / 150);
  if (members < 50) return Math.max(0.5, members / 50);
  return 1;
}

/**
 * Reads the planner's profile from an analysis: newcomers per year are the new members of the
 * last 12 timeline months (else `members.new` annualised); core group = max(current core,
 * clamp(5 % of members, 4, 12)); attendees = 15 % of members, at least 3.
 */
export function communityProfile(analysis: PlanAnalysis): CommunityProfile {
  const members = Math.max(0, analysis.members.total - analysis.members.staff);
  const lastYear = analysis.timeline.slice(-12);
  const newcomersPerYear =
    lastYear.length > 0
      ? lastYear.reduce((sum, point) => sum + point.newMembers, 0)
      : (analysis.members.new * 365) / analysis.windowDays;
  const target = Math.min(12, Math.max(4, Math.round(0.05 * members)));
  return {
    members,
    newcomersPerYear,
    coreGroupSize: Math.max(analysis.members.byLevel.core, target),
    attendeesPerActivity: Math.max(3, Math.round(0.15 * members)),
    stage: analysis.stage.stage,
    relaunch: analysis.stage.relaunch,
  };
}
