import type { Analysis } from '../model/analysis.js';

/** Values of the signals the rules read, by id; null when the data cannot tell. */
export type Signals = Readonly<Record<string, number | null>>;

/** Indicators the data cannot give, declared by the steward (method.md §4.1 O1–O3, T1, R2). */
export interface StewardFacts {
  /** O1: named sponsor + ≥ 2 touchpoints a year + budget, one point each (0–3). */
  readonly O1?: number;
  /** O2: hours allocated to animation ÷ hours needed. */
  readonly O2?: number;
  /** O3: animation is in a job description (1) or not (0). */
  readonly O3?: number;
  /** T1: channels used for the same function. */
  readonly T1?: number;
  /** R2: live attendees ÷ registrants. */
  readonly R2?: number;
}

function stageSignal(analysis: Analysis, name: string): number | null {
  const value = analysis.stage.evidence.find((e) => e.signal === name)?.value;
  return typeof value === 'number' ? value : null;
}

/**
 * Expected share of cross-region ties if ties ignored regions: 1 − Σ pᵢ² over the known regions'
 * member shares (random mixing; Newman 2003's assortativity baseline).
 */
function expectedCrossRegion(analysis: Analysis): number | null {
  const known = analysis.diversity.region.filter((g) => g.group !== '(unknown)');
  const total = known.reduce((sum, g) => sum + g.members, 0);
  if (total === 0) return null;
  return 1 - known.reduce((sum, g) => sum + (g.members / total) ** 2, 0);
}

function surveySignals(analysis: Analysis): Record<string, number | null> {
  const survey = analysis.survey;
  if (!survey) return {};
  const top2 = (id: string) => survey.items.find((i) => i.id === id)?.top2 ?? null;
  const score = (id: string) => survey.dimensions.find((d) => d.id === id)?.score ?? null;
  const out: Record<string, number | null> = {
    V1: top2('VI'),
    V2: top2('VA'),
    D1: survey.domainClarity,
    S1: score('community'),
    'survey.trust': top2('C1'),
    'survey.animation': score('animation'),
    'survey.domain': score('domain'),
    'survey.hours': survey.hoursPerMonth.median,
    'survey.respondents': survey.respondents,
    'survey.responseRate': survey.responseRate,
  };
  // An obstacle signal per frein: the share of respondents citing any obstacle mapped to it.
  for (const obstacle of survey.obstacles) {
    const key = `OBS.${obstacle.frein ?? obstacle.option}`;
    out[key] = Math.max(out[key] ?? 0, obstacle.share);
  }
  for (const need of survey.needs) out[`NEEDS.${need.option}`] = need.share;
  return out;
}

/**
 * Every signal the rules read, from the analysis (activity, network, survey) and the steward's
 * facts. Definitions: docs/diagnosis.md; formulas of the underlying figures: docs/metrics.md.
 * @example signals(analysis).P3 // 0.65
 */
export function signals(analysis: Analysis, facts: StewardFacts = {}): Signals {
  const nonStaff = analysis.members.total - analysis.members.staff;
  const core = analysis.memberMetrics.filter((m) => m.level === 'core' && !m.staff).length;
  const expected = expectedCrossRegion(analysis);
  const { network, participation, rhythm } = analysis;
  return {
    P1: analysis.members.total > 0 ? analysis.members.active / analysis.members.total : null,
    P2: core,
    'P2.share': nonStaff > 0 ? core / nonStaff : null,
    P3: participation.facilitatorShare,
    P4: nonStaff > 0 ? (participation.levelMoves.up / nonStaff) * 100 : null,
    P5: participation.newcomerActivation,
    P6: participation.retention,
    R1: rhythm.activitiesPerYear,
    'R1.gap': rhythm.longestGapDays,
    'concentration.gini': participation.gini,
    'responsiveness.unanswered': participation.unansweredThreadShare,
    'trend.active': stageSignal(analysis, 'activeMembersTrend'),
    'network.clustering': network.nodes > 2 ? network.clustering : null,
    'network.isolates': nonStaff > 0 ? network.isolates / nonStaff : null,
    'network.crossRegion': network.crossRegionShare,
    'network.regionMixing':
      network.crossRegionShare !== null && expected ? network.crossRegionShare / expected : null,
    'network.modularity': network.nodes > 2 ? network.modularity : null,
    ...surveySignals(analysis),
    ...facts,
  };
}
