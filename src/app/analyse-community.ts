import { analyse } from '../analytics/analyse.js';
import { type Analysis, AnalysisSchema } from '../model/analysis.js';
import { loadDataset, type Store } from '../store/index.js';
import { resolveCommunity } from './resolve-community.js';

/** Options of an analysis run; `asOf` is an ISO date chosen by the caller (no clock here). */
export interface AnalyseCommunityOptions {
  readonly community?: string;
  readonly asOf: string;
  readonly windowDays?: number;
}

/** Loads one community from the store and computes its analysis (the `analyze --json` contract). */
export async function analyseCommunity(
  store: Store,
  options: AnalyseCommunityOptions,
): Promise<Analysis> {
  const community = await resolveCommunity(store, options.community);
  const dataset = await loadDataset(store.db, community);
  const analysis = analyse(dataset, {
    asOf: options.asOf,
    windowDays: options.windowDays ?? 90,
    seed: 1,
  });
  return AnalysisSchema.parse(analysis);
}
