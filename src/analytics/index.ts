/**
 * The pure analytics engine (product.md §3.2): `analyse` composes every metric documented in
 * docs/metrics.md; the building blocks are exported for the diagnosis, the report and tests.
 */
export { type AnalyseOptions, analyse } from './analyse.js';
export { betweenness } from './betweenness.js';
export { absenceFactor, concentration, gini, topShare } from './concentration.js';
export { shannonIndex, UNKNOWN_GROUP } from './diversity.js';
export { kCore } from './k-core.js';
export { networkMetrics } from './network-metrics.js';
export { DEFAULT_LEVEL_RULES, type LevelRules } from './participation-levels.js';
export { STAGE_THRESHOLDS, type StageSignals, suggestStage } from './stage.js';
export { graphFromEdges, type WeightedGraph } from './weighted-graph.js';
