import { analyse } from '../analytics/analyse.js';
import { type Analysis, AnalysisSchema } from '../model/analysis.js';
import type { Community } from '../model/community.js';
import type { Dataset } from '../model/dataset.js';
import { loadDataset, loadSurveyResponses, type Store } from '../store/index.js';
import { resolveCommunity } from './resolve-community.js';

/** Options of an analysis run; `asOf` is an ISO date chosen by the caller (no clock here). */
export interface AnalyseCommunityOptions {
  readonly community?: string;
  readonly asOf: string;
  readonly windowDays?: number;
}

/** A community's data and analysis, for the use cases that go further (diagnosis, plan, report). */
export interface AnalysedCommunity {
  readonly community: Community;
  readonly dataset: Dataset;
  readonly analysis: Analysis;
}

/** Loads one community (with its survey responses) and analyses it. */
export async function loadAndAnalyse(
  store: Store,
  options: AnalyseCommunityOptions,
): Promise<AnalysedCommunity> {
  const community = await resolveCommunity(store, options.community);
  const dataset = await loadDataset(store.db, community);
  const responses = await loadSurveyResponses(store.db, community.id);
  const analysis = analyse(dataset, {
    asOf: options.asOf,
    windowDays: options.windowDays ?? 90,
    seed: 1,
    ...(responses.length > 0 ? { survey: { responses } } : {}),
  });
  return { community, dataset, analysis: AnalysisSchema.parse(analysis) };
}

/** Loads one community from the store and computes its analysis (the `analyze --json` contract). */
export async function analyseCommunity(
  store: Store,
  options: AnalyseCommunityOptions,
): Promise<Analysis> {
  return (await loadAndAnalyse(store, options)).analysis;
}
