import {
  type Candidate,
  type CustomActions,
  type Finding,
  type Plan,
  type Positioning,
  PoulsError,
  type Priority,
} from '../model/index.js';
import { CATALOGUE, mergeCatalogue } from './catalogue.js';
import { communityProfile, type PlanAnalysis } from './community-profile.js';
import {
  actionHours,
  baseCoordinationHours,
  DEFAULT_EFFORT,
  type EffortSettings,
  occurrences,
  scale,
} from './effort.js';
import {
  buildScenario,
  DEFAULT_SCENARIOS,
  type PlanContext,
  type ScenarioSpec,
} from './scenarios.js';
import { fitsStage } from './stage-fit.js';
import { effectsOf, type StrengthOverrides, weighFindings } from './value.js';

/** Options of `plan` (and of `pouls plan`); every one has a documented default. */
export interface PlanOptions {
  /** Staff hours per month for an extra `custom` scenario. */
  budget?: number;
  /** Months planned; default 12. */
  horizon?: number;
  /** Default 1.3; `CONSERVATIVE_CONTINGENCY` = 2.0. */
  contingency?: number;
  /** Cost of one staff hour; without it, scenarios carry no cost. */
  hourlyRate?: number;
  /** Default 35 h × 46 weeks = 1,610 h per FTE. */
  hoursPerWeek?: number;
  weeksPerYear?: number;
  priorities?: Priority[];
  customActions?: CustomActions;
  positioning?: Positioning;
  /** Hand-set strengths s(a, f): action id → finding id or code → [0, 1]. */
  strengths?: StrengthOverrides;
}

/** What `plan` works from: the analysis, the diagnosis's findings, options. */
export interface PlanInput {
  /** A full `Analysis` (or the parts the planner reads). */
  analysis: PlanAnalysis;
  findings: Finding[];
  options?: PlanOptions;
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) {
    throw new PoulsError('bad_input', `${name} must be a positive number`, { params: { name } });
  }
  return value;
}

/**
 * Plans a community's relaunch (docs/plan.md): weighs the findings, estimates every catalogue
 * action, and for each scenario (maintain, relaunch, ambitious, plus `custom` when a monthly
 * budget is given) chooses the best set of actions within the staff budget, explains each
 * choice, lays out a calendar and sets indicator targets. Pure and deterministic.
 *
 * @throws PoulsError `bad_input` for invalid options or custom actions (issues in `cause`).
 */
export function plan(input: PlanInput): Plan {
  const { analysis, findings, options = {} } = input;
  const horizon = Math.round(positive('horizon', options.horizon, 12));
  const settings: EffortSettings = {
    contingency: positive('contingency', options.contingency, DEFAULT_EFFORT.contingency),
    hoursPerWeek: positive('hoursPerWeek', options.hoursPerWeek, DEFAULT_EFFORT.hoursPerWeek),
    weeksPerYear: positive('weeksPerYear', options.weeksPerYear, DEFAULT_EFFORT.weeksPerYear),
    hourlyRate: options.hourlyRate ?? null,
  };
  const merged = mergeCatalogue(CATALOGUE, options.customActions ?? []);
  if (!merged.ok) {
    throw new PoulsError('bad_input', 'invalid custom actions', { cause: merged.issues });
  }
  const catalogue = merged.value;
  const profile = communityProfile(analysis);
  const priorities = options.priorities ?? [];
  const c = settings.contingency;
  const all = catalogue.map((action): Candidate => {
    const hours = scale(actionHours(action, horizon, profile.newcomersPerYear), c);
    return {
      actionId: action.id,
      hours: hours.mid,
      low: hours.low,
      high: hours.high,
      occurrences: occurrences(action, horizon, profile.newcomersPerYear).mid,
      phase: action.phase,
      requires: action.requires,
      effects: effectsOf(action, findings, options.strengths),
    };
  });
  const fit = new Set(
    catalogue.filter((a) => fitsStage(a, profile.stage, profile.relaunch)).map((a) => a.id),
  );
  const context: PlanContext = {
    analysis,
    profile,
    settings,
    horizon,
    catalogue: new Map(catalogue.map((a) => [a.id, a])),
    all,
    candidates: all.filter((a) => fit.has(a.actionId)),
    findings: weighFindings(findings, priorities, catalogue, options.strengths),
    base: scale(baseCoordinationHours(profile.members, horizon, settings), c),
    priorities,
  };
  const specs: ScenarioSpec[] = [...DEFAULT_SCENARIOS];
  if (options.budget !== undefined) {
    specs.push({ name: 'custom', hoursPerMonth: Math.max(0, options.budget), required: [] });
  }
  const result: Plan = {
    schemaVersion: 1,
    community: analysis.community,
    asOf: analysis.asOf,
    settings: {
      horizon,
      contingency: c,
      hoursPerFte: settings.hoursPerWeek * settings.weeksPerYear,
      hourlyRate: settings.hourlyRate,
      members: profile.members,
      newcomersPerYear: profile.newcomersPerYear,
      coreGroupSize: profile.coreGroupSize,
      attendeesPerActivity: profile.attendeesPerActivity,
      baseCoordinationHours: context.base.mid,
    },
    positioning: options.positioning ?? null,
    priorities,
    catalogue: [...catalogue],
    findings: [...context.findings],
    candidates: [...context.candidates],
    scenarios: specs.map((spec) => buildScenario(spec, context)),
  };
  return roundNumbers(result);
}

/** Rounds every number to 3 decimals, for a readable and stable JSON. */
function roundNumbers<T>(value: T): T {
  if (typeof value === 'number') return (Math.round(value * 1000) / 1000) as T;
  if (Array.isArray(value)) return value.map(roundNumbers) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundNumbers(v)])) as T;
  }
  return value;
}
