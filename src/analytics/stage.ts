import type { Stage } from '../model/analysis.js';

/** The observable signals the stage heuristic reads (method.md §8 "Stage inference"). */
export interface StageSignals {
  /** Days from the first activity or event to `asOf`; null without any. */
  ageDays: number | null;
  /** Participations of any kind in the last 12 months. */
  activitiesLastYear: number;
  /** R1: events in the last 12 months and the longest gap between them. */
  eventsPerYear: number;
  longestGapDays: number | null;
  /** P2: non-staff core members, and their share of non-staff members. */
  coreMembers: number;
  coreShare: number;
  /** P3 now and one year earlier. */
  facilitatorShare: number;
  facilitatorShareBefore: number;
  /** P6 now and one year earlier. */
  retention: number | null;
  retentionBefore: number | null;
  /** K1: contributions in the last 12 months. */
  contributionsPerYear: number;
  /** Relative change of distinct active members, last 12 months vs the 12 before; null if none before. */
  activeMembersTrend: number | null;
}

/** Thresholds of the stage heuristic, our estimates [E] from method.md §4.1's default colours. */
export const STAGE_THRESHOLDS = Object.freeze({
  /** R1 healthy: at least 6 events a year... */
  recurringEventsPerYear: 6,
  /** ...and no gap over 12 weeks (R1 "act" above it). */
  recurringMaxGapDays: 84,
  /** P2 healthy: at least 4 non-staff core members. */
  coreMembers: 4,
  /** P3 healthy below 0.5. */
  facilitatorShare: 0.5,
  /** P6 healthy from 0.6, act below 0.4. */
  retention: 0.6,
  retentionAct: 0.4,
  /** A fall of half the active members in a year signals decline. */
  declineTrend: -0.5,
  /** Age from which a community can be in stewardship (2 years). */
  stewardshipAgeDays: 730,
  /** Younger than this with fewer than 3 events: still an idea being tested. */
  potentialAgeDays: 180,
});

/** A suggested stage with the signals that support it. */
export interface StageSuggestion {
  stage: Stage;
  /** True when an established community is back at an earlier stage: a relaunch. */
  relaunch: boolean;
  evidence: { signal: string; value: number | string | null }[];
}

/**
 * Heuristic stage suggestion (method.md §1.3 and §8; Wenger, McDermott & Snyder 2002), to be
 * confirmed by the steward, as a decision list: no activity ever → potential; nothing in 12
 * months, or active members halved with retention < 0.4 → transformation; young (< 180 days)
 * with < 3 events → potential; no recurring rhythm (R1) or fewer than 4 core members (P2) →
 * coalescing (a relaunch when the community is 2 years old or more); recurring rhythm, ≥ 4 core members, facilitator share < 0.5 (P3), retention ≥ 0.6
 * (P6) and ≥ 2 years of history → stewardship; otherwise maturing.
 */
export function suggestStage(signals: StageSignals): StageSuggestion {
  const { rule, stage } = decide(signals);
  const evidence: StageSuggestion['evidence'] = [
    { signal: 'rule', value: rule },
    { signal: 'ageDays', value: signals.ageDays },
    { signal: 'activitiesLastYear', value: signals.activitiesLastYear },
    { signal: 'R1.eventsPerYear', value: signals.eventsPerYear },
    { signal: 'R1.longestGapDays', value: signals.longestGapDays },
    { signal: 'P2.coreMembers', value: signals.coreMembers },
    { signal: 'P2.coreShare', value: signals.coreShare },
    { signal: 'P3.facilitatorShare', value: signals.facilitatorShare },
    { signal: 'P3.facilitatorShareBefore', value: signals.facilitatorShareBefore },
    { signal: 'P6.retention', value: signals.retention },
    { signal: 'P6.retentionBefore', value: signals.retentionBefore },
    { signal: 'K1.contributionsPerYear', value: signals.contributionsPerYear },
    { signal: 'activeMembersTrend', value: signals.activeMembersTrend },
  ];
  return { stage, relaunch: rule === 'relaunch', evidence };
}

function decide(s: StageSignals): { rule: string; stage: Stage } {
  const t = STAGE_THRESHOLDS;
  if (s.ageDays === null) return { rule: 'no-activity', stage: 'potential' };
  if (s.activitiesLastYear === 0 && s.eventsPerYear === 0) {
    return { rule: 'silent-year', stage: 'transformation' };
  }
  if (
    s.activeMembersTrend !== null &&
    s.activeMembersTrend <= t.declineTrend &&
    (s.retention ?? 0) < t.retentionAct
  ) {
    return { rule: 'decline', stage: 'transformation' };
  }
  if (s.ageDays < t.potentialAgeDays && s.eventsPerYear < 3)
    return { rule: 'young', stage: 'potential' };
  const recurring =
    s.eventsPerYear >= t.recurringEventsPerYear &&
    s.longestGapDays !== null &&
    s.longestGapDays <= t.recurringMaxGapDays;
  if (!recurring || s.coreMembers < t.coreMembers) {
    // An established community that lost its rhythm or its core goes back to coalescing: a relaunch
    // (method.md §7 "Re" = stewardship back to coalescing; HealthCoP's non-linear model).
    const old = s.ageDays >= t.stewardshipAgeDays;
    return { rule: old ? 'relaunch' : 'forming', stage: 'coalescing' };
  }
  if (
    s.facilitatorShare < t.facilitatorShare &&
    (s.retention ?? 0) >= t.retention &&
    s.ageDays >= t.stewardshipAgeDays
  ) {
    return { rule: 'self-sustaining', stage: 'stewardship' };
  }
  return { rule: 'established', stage: 'maturing' };
}
