/** The diagnosis (product.md §3.3): pure rules, as data, over an analysis. */
export { DEFAULT_RULES, type DiagnoseOptions, diagnose } from './diagnose.js';
export { CONSTAT_RULES } from './rules/constats.js';
export { FREIN_RULES } from './rules/freins.js';
export { INDICATORS } from './rules/indicators.js';
export { LEVIER_RULES } from './rules/leviers.js';
export type { Condition, Rule, When } from './rules/rule.js';
export {
  DEFAULT_THRESHOLDS,
  mergeThresholds,
  type Threshold,
  type Thresholds,
} from './rules/thresholds.js';
export { type Signals, type StewardFacts, signals } from './signals.js';
export { statusOf } from './status.js';
