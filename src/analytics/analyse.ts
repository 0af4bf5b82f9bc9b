import type { Analysis } from '../model/analysis.js';
import type { Dataset } from '../model/dataset.js';
import { SURVEY_INSTRUMENT } from '../model/survey-instrument.js';
import { type ActivityIndex, activityIndex, countByMember } from './activity-index.js';
import { type AnalyseOptions, type ResolvedOptions, resolveOptions } from './analyse-options.js';
import {
  type BetweennessPlan,
  type BetweennessResult,
  betweennessPlan,
  dependencySums,
  normaliseBetweenness,
} from './betweenness.js';
import { cohorts } from './cohorts.js';
import { concentration } from './concentration.js';
import { NO_DAY, parseDay, windowStart, YEAR_DAYS } from './day.js';
import { diversity } from './diversity.js';
import { missingGroups } from './diversity-targets.js';
import { evolution } from './evolution.js';
import { facilitatorShare } from './facilitator-share.js';
import { memberMetrics } from './member-metrics.js';
import { networkGraph } from './network-graph.js';
import { type NetworkStructure, networkStructure, summariseNetwork } from './network-summary.js';
import { newcomerActivation } from './newcomer-activation.js';
import { levelMoves, participationLevels } from './participation-levels.js';
import { replyTimes } from './reply-times.js';
import { retention } from './retention.js';
import { rhythm } from './rhythm.js';
import { seasonality } from './seasonality.js';
import { suggestStage } from './stage.js';
import { stageSignals } from './stage-signals.js';
import { analyseSurvey } from './survey/analyse-survey.js';
import { surveyContext } from './survey/survey-context.js';
import { timeline } from './timeline.js';
import type { WeightedGraph } from './weighted-graph.js';

export type { AnalyseOptions } from './analyse-options.js';

/** The first step of `analyse`: resolved options, the activity index and the network graph. */
export interface PreparedAnalysis {
  readonly options: ResolvedOptions;
  readonly index: ActivityIndex;
  readonly graph: WeightedGraph;
  /** The sources of betweenness on `graph` (all nodes, or seeded pivots). */
  readonly betweenness: BetweennessPlan;
}

/** The analysis without betweenness: what `finishAnalysis` completes once betweenness is known. */
export interface AnalysisDraft {
  readonly analysis: Omit<Analysis, 'network' | 'memberMetrics' | 'survey'>;
  readonly structure: NetworkStructure;
  readonly levels: Uint8Array;
  readonly index: ActivityIndex;
  readonly survey: AnalyseOptions['survey'];
  readonly dataset: Dataset;
}

/**
 * The whole analysis of one community at a date (product.md §3.2 and §6): a pure function of the
 * dataset and the options, deterministic for a given seed. Everything after `asOf` is ignored;
 * `survey` is null unless `options.survey` gives responses (`analyseSurvey`). Definitions of every figure: docs/metrics.md.
 * It runs in three steps that callers may separate to compute betweenness elsewhere (in
 * parallel): `prepareAnalysis`, `draftAnalysis`, then `finishAnalysis` with the betweenness of
 * the prepared graph over the prepared sources.
 * @example analyse(dataset, { asOf: '2025-01-31' }).participation.gini
 */
export function analyse(dataset: Dataset, options: AnalyseOptions): Analysis {
  const prepared = prepareAnalysis(dataset, options);
  const draft = draftAnalysis(dataset, options, prepared);
  const sums = dependencySums(prepared.graph, prepared.betweenness.sources);
  return finishAnalysis(draft, normaliseBetweenness(sums, prepared.betweenness));
}

/** Step 1 of `analyse`: validates the options, indexes the activities and builds the network. */
export function prepareAnalysis(dataset: Dataset, options: AnalyseOptions): PreparedAnalysis {
  const o = resolveOptions(options);
  const index = activityIndex(dataset, o.asOfDay);
  const graph = networkGraph(dataset, index, o.sinceDay ?? NO_DAY);
  const plan = betweennessPlan(graph.nodeCount, {
    exactMaxNodes: o.exactBetweennessMaxNodes,
    pivots: o.betweennessPivots,
    seed: o.seed,
  });
  return { options: o, index, graph, betweenness: plan };
}

/** Step 2 of `analyse`: every figure that does not depend on betweenness. */
export function draftAnalysis(
  dataset: Dataset,
  options: AnalyseOptions,
  prepared: PreparedAnalysis,
): AnalysisDraft {
  const { options: o, index } = prepared;
  const end = o.asOfDay;
  const levels = participationLevels(index, end, o.windowDays, o.levelRules);
  const isActive = activeMembers(index, windowStart(end, o.windowDays), end);
  const concentrationNow = concentration(countByMember(index, windowStart(end, YEAR_DAYS), end));
  const rhythmNow = rhythm(index);
  const share = facilitatorShare(dataset, index);
  const retained = retention(index);
  const replies = replyTimes(index);
  const structure = networkStructure(prepared.graph, index, o);
  const months = timeline(index);
  const groups = diversity(index, isActive);
  const analysis = {
    schemaVersion: 1 as const,
    community: { slug: dataset.community.slug, name: dataset.community.name },
    asOf: o.asOf,
    windowDays: o.windowDays,
    members: {
      total: index.members.length,
      active: isActive.reduce((sum, flag) => sum + flag, 0),
      new: countJoined(index, windowStart(end, o.windowDays), end),
      staff: index.isStaff.reduce((sum, flag) => sum + flag, 0),
      byLevel: { core: 0, active: 0, occasional: 0, peripheral: 0, inactive: 0 },
    },
    timeline: months,
    evolution: evolution(months, end),
    cohorts: cohorts(index),
    participation: {
      ...concentrationNow,
      facilitatorShare: share,
      newcomerActivation: newcomerActivation(index),
      retention: retained,
      levelMoves: yearlyLevelMoves(index, levels, o.windowDays, o.levelRules),
      unansweredThreadShare: replies.unansweredShare,
      medianFirstReplyHours: replies.medianFirstReplyHours,
    },
    rhythm: rhythmNow,
    seasonality: seasonality(index),
    diversity: { ...groups, missing: missingGroups(groups, o.diversityTargets) },
    stage: suggestStage(
      stageSignals(dataset, index, {
        levels,
        rhythm: rhythmNow,
        facilitatorShare: share,
        retention: retained,
      }),
    ),
  };
  return { analysis, structure, levels, index, survey: surveyUpTo(options.survey, end), dataset };
}

/** Step 3 of `analyse`: adds betweenness (brokers, member metrics) and the survey. */
export function finishAnalysis(draft: AnalysisDraft, centrality: BetweennessResult): Analysis {
  const { analysis: a, index, levels, survey } = draft;
  const { network, nodes } = summariseNetwork(draft.structure, centrality);
  const metrics = memberMetrics(index, levels, nodes);
  const byLevel = { ...a.members.byLevel };
  for (const row of metrics) byLevel[row.level]++;
  return {
    schemaVersion: a.schemaVersion,
    community: a.community,
    asOf: a.asOf,
    windowDays: a.windowDays,
    members: { ...a.members, byLevel },
    timeline: a.timeline,
    evolution: a.evolution,
    cohorts: a.cohorts,
    participation: a.participation,
    rhythm: a.rhythm,
    seasonality: a.seasonality,
    network,
    diversity: a.diversity,
    stage: a.stage,
    memberMetrics: metrics,
    survey: survey
      ? analyseSurvey(
          survey.responses,
          survey.instrument ?? SURVEY_INSTRUMENT,
          surveyContext(draft.dataset, metrics),
        )
      : null,
  };
}

/**
 * The survey as it stood at `asOf`: responses submitted after it are left out, like every other
 * record after `asOf` (a snapshot of an earlier date does not count later answers); responses
 * without a submission date always count.
 */
function surveyUpTo(survey: AnalyseOptions['survey'], asOfDay: number): AnalyseOptions['survey'] {
  if (survey === undefined) return undefined;
  const responses = survey.responses.filter(
    (r) => r.submittedAt === null || parseDay(r.submittedAt) <= asOfDay,
  );
  if (responses.length === 0) return undefined;
  return responses.length === survey.responses.length ? survey : { ...survey, responses };
}

/** 1 for each member index with an activity in `[fromDay, toDay]` (P1's numerator). */
function activeMembers(index: ActivityIndex, fromDay: number, toDay: number): Uint8Array {
  return Uint8Array.from(countByMember(index, fromDay, toDay), (count) => (count > 0 ? 1 : 0));
}

function countJoined(index: ActivityIndex, fromDay: number, toDay: number): number {
  let count = 0;
  for (const day of index.joinDay) if (day !== NO_DAY && day >= fromDay && day <= toDay) count++;
  return count;
}

/** P4 over the last year, among members who already existed a year before `asOf`. */
function yearlyLevelMoves(
  index: ActivityIndex,
  levels: Uint8Array,
  windowDays: number,
  rules: Parameters<typeof participationLevels>[3],
): { up: number; down: number } {
  const then = index.asOfDay - YEAR_DAYS;
  const before = participationLevels(index, then, windowDays, rules);
  const existed = Uint8Array.from(index.joinDay, (day) => (day !== NO_DAY && day <= then ? 1 : 0));
  for (let a = 0; a < index.count; a++) {
    if ((index.day[a] as number) <= then && index.joinDay[index.member[a] as number] === NO_DAY) {
      existed[index.member[a] as number] = 1;
    }
  }
  return levelMoves(
    before.filter((_, m) => existed[m] === 1),
    levels.filter((_, m) => existed[m] === 1),
  );
}
