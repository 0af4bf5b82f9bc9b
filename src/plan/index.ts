/**
 * The pure relaunch planner (product.md §3.4, docs/plan.md): catalogue, effort, value,
 * optimiser, calendar, scenarios and targets, composed by `plan`.
 */

export { CustomActionsSchema, PlanSchema } from '../model/plan.js';
export { type CalendarInput, type CalendarItem, calendar } from './calendar.js';
export { CATALOGUE, mergeCatalogue, validateCatalogue } from './catalogue.js';
export {
  type CommunityProfile,
  communityProfile,
  type PlanAnalysis,
  sizeFactor,
} from './community-profile.js';
export {
  actionHours,
  baseCoordinationHours,
  baseCoordinationPerWeek,
  CONSERVATIVE_CONTINGENCY,
  DEFAULT_CONTINGENCY,
  DEFAULT_EFFORT,
  type EffortLine,
  type EffortSettings,
  type Estimate,
  effortSheet,
  fte,
  hoursPerFte,
  occurrences,
} from './effort.js';
export { explain } from './explain.js';
export { memberLedger } from './member-hours.js';
export { type OptimiseProblem, optimise, type Selection } from './optimise.js';
export { phaseWindow } from './phases.js';
export { type PlanInput, type PlanOptions, plan } from './plan.js';
export {
  DEFAULT_SCENARIOS,
  RELAUNCH_SEQUENCE,
  type ScenarioSpec,
  scenarioBudget,
} from './scenarios.js';
export { fitsStage } from './stage-fit.js';
export { TARGET_GOALS, targets } from './targets.js';
export {
  MAIN_LEVER_STRENGTH,
  planValue,
  SECONDARY_STRENGTH,
  type StrengthOverrides,
  strength,
  type WeightedFinding,
  weighFindings,
} from './value.js';
