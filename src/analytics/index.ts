/**
 * The pure analytics engine (product.md §3.2): `analyse` composes every metric documented in
 * docs/metrics.md; the building blocks are exported for the diagnosis, the report and tests.
 */
export { type AnalyseOptions, analyse } from './analyse.js';
export { betweenness } from './betweenness.js';
export { type Cohort, cohorts } from './cohorts.js';
export { absenceFactor, concentration, gini, topShare } from './concentration.js';
export { shannonIndex, UNKNOWN_GROUP } from './diversity.js';
export {
  type DiversityTargets,
  type MissingGroups,
  missingGroups,
  normaliseGroup,
} from './diversity-targets.js';
export { type Evolution, evolution, leastSquaresSlope } from './evolution.js';
export { kCore } from './k-core.js';
export { type LayoutOptions, layout } from './layout.js';
export { louvain } from './louvain.js';
export { modularity } from './modularity.js';
export { networkMetrics } from './network-metrics.js';
export { DEFAULT_LEVEL_RULES, type LevelRules } from './participation-levels.js';
export { type SeasonMonth, seasonality } from './seasonality.js';
export { STAGE_THRESHOLDS, type StageSignals, suggestStage } from './stage.js';
export { graphFromEdges, type WeightedGraph } from './weighted-graph.js';
