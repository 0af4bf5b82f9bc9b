import { z } from 'zod';
import { STAGES } from './analysis.js';

/** Relaunch sequence phases (method.md §7, sequencing defaults). */
export const PHASES = ['diagnose', 'design', 'relaunch', 'run'] as const;
export type Phase = (typeof PHASES)[number];

/** Who spends the hours: paid staff, core members, other members, the sponsor. */
export const PLAN_ROLES = ['staff', 'core', 'members', 'sponsor'] as const;
export type PlanRole = (typeof PLAN_ROLES)[number];

/** Stage fit codes of the catalogue: the five stages plus `relaunch` (method.md §7 "Re"). */
export const ACTION_STAGES = [...STAGES, 'relaunch'] as const;

/** The three default scenarios, plus `custom` for a budget the user gives. */
export const SCENARIO_NAMES = ['maintain', 'relaunch', 'ambitious', 'custom'] as const;

/** Why an action is in or out of a scenario; rendered by the i18n key `plan:reason.<code>`. */
export const PLAN_REASONS = [
  'bestValue',
  'required',
  'prerequisite',
  'overBudget',
  'requires',
  'noFinding',
  'lowerValue',
  'stage',
] as const;

/** Indicators a scenario sets targets for (method.md §4.1). */
export const TARGET_INDICATORS = ['P1', 'P3', 'P5', 'R1'] as const;

const Hours = z.number().nonnegative();
const Share = z.number().min(0).max(1);
/** `[min, max]`, min ≤ max. */
const Range = z.tuple([Hours, Hours]).refine(([min, max]) => min <= max, 'min > max');
const Label = z.object({ fr: z.string().min(1), en: z.string().min(1) });

/** One relaunch or animation action of the catalogue (method.md §7 and §8 `Action`). */
export const ActionSchema = z.object({
  id: z.string().regex(/^[A-Za-z][\w-]*$/),
  label: Label,
  /** Freins addressed (method.md §7 column). */
  freins: z.array(z.string()),
  /** Freins this action is a main lever of (method.md §4.3 column). */
  levers: z.array(z.string()),
  stages: z.array(z.enum(ACTION_STAGES)).min(1),
  phase: z.enum(PHASES),
  setupHours: Range,
  hoursPerOccurrence: Range,
  /** Occurrences per year, once over the plan, or per newcomer. */
  frequency: z.object({ per: z.enum(['year', 'once', 'newcomer']), range: Range }),
  roles: z.array(z.enum(PLAN_ROLES)),
  /** Member-side hours per occurrence and per person (separate ledger, method.md §5.2). */
  memberEffort: z.array(
    z.object({
      role: z.enum(['core', 'members', 'sponsor']),
      /** Core group size, expected attendance per activity, or a head count. */
      people: z.union([z.enum(['core', 'attendees']), z.number().positive()]),
      hours: Range,
    }),
  ),
  /** Effect on indicators (P1, P3, P5 in [0, 1]; R1 true = each occurrence is an activity). */
  moves: z.object({
    P1: Share.optional(),
    P3: Share.optional(),
    P5: Share.optional(),
    R1: z.boolean().optional(),
  }),
  /** Actions that must be in the plan too (and come before it). */
  requires: z.array(z.string()),
  sources: z.array(z.string()),
});
export type Action = z.infer<typeof ActionSchema>;

/**
 * A JSON file of custom actions: an entry with a catalogue id patches that action, a new id adds
 * a complete action.
 */
export const CustomActionsSchema = z.array(ActionSchema.partial().required({ id: true }));
export type CustomActions = z.infer<typeof CustomActionsSchema>;

/** One of the organisation's priorities, with the findings and actions it touches. */
export const PrioritySchema = z.object({
  id: z.string(),
  label: Label,
  weight: z.number().nonnegative(),
  /** Finding codes or ids it touches (e.g. `F13`). */
  findings: z.array(z.string()).optional(),
  /** Actions that contribute to it; a finding they answer is touched too. */
  actions: z.array(z.string()).optional(),
});
export type Priority = z.infer<typeof PrioritySchema>;

/** The community's place among the organisation's programmes (product.md §3.4). */
export const PositioningSchema = z.object({
  programme: z.string(),
  /** Share of the organisation's effort it receives today. */
  effortShare: Share,
  /** Strategic fit, in the steward's words. */
  fit: z.string(),
  others: z.array(z.object({ name: z.string(), effortShare: Share })).optional(),
});
export type Positioning = z.infer<typeof PositioningSchema>;

/** An action as the optimiser sees it: planned staff hours and strength on each finding. */
export const CandidateSchema = z.object({
  actionId: z.string(),
  /** Mid staff hours over the horizon × contingency: what the budget is charged. */
  hours: Hours,
  low: Hours,
  high: Hours,
  occurrences: z.number().int().nonnegative(),
  phase: z.enum(PHASES),
  requires: z.array(z.string()),
  effects: z.array(z.object({ findingId: z.string(), strength: Share })),
});
export type Candidate = z.infer<typeof CandidateSchema>;

/** Why one action is in or out of a scenario, with its marginal value and hours. */
export const ExplanationSchema = z.object({
  actionId: z.string(),
  selected: z.boolean(),
  reason: z.enum(PLAN_REASONS),
  /** Actions the reason names (`requires A2`, `lower value than A6`, `prerequisite of A3`). */
  related: z.array(z.string()),
  marginalValue: z.number(),
  hours: Hours,
});
export type Explanation = z.infer<typeof ExplanationSchema>;

/** One month of a scenario's calendar (month 1 is the first month of the plan). */
export const PlanMonthSchema = z.object({
  month: z.number().int().positive(),
  hours: Hours,
  budgetHours: Hours,
  actions: z.array(z.string()),
  overBudget: z.boolean(),
  excess: Hours,
});
export type PlanMonth = z.infer<typeof PlanMonthSchema>;

/** The value an indicator should reach at 6 and 12 months under a scenario. */
export const PlanTargetSchema = z.object({
  indicator: z.enum(TARGET_INDICATORS),
  current: z.number().nullable(),
  goal: z.number().nullable(),
  direction: z.enum(['up', 'down']),
  at6: z.number().nullable(),
  at12: z.number().nullable(),
  actions: z.array(z.string()),
});
export type PlanTarget = z.infer<typeof PlanTargetSchema>;

const ByRole = z.object({ staff: Hours, core: Hours, members: Hours, sponsor: Hours });

/** One scenario: the optimiser's choice for a budget, its calendar, cost and targets. */
export const ScenarioSchema = z.object({
  name: z.enum(SCENARIO_NAMES),
  /** Staff hours over the whole horizon. */
  budgetHours: Hours,
  budgetFte: Hours,
  required: z.array(z.string()),
  selected: z.array(z.string()),
  /** Planned staff hours over the horizon (base coordination + actions, × contingency). */
  totalHours: Hours,
  range: z.object({ low: Hours, high: Hours }),
  hoursPerMonth: Hours,
  fte: Hours,
  /** value(selected) = Σ_f w_f (1 − Π_a (1 − s(a, f))), docs/plan.md §3. */
  value: z.number().nonnegative(),
  /** Σ_f w_f: the value of answering every finding fully. */
  maxValue: z.number().nonnegative(),
  overBudget: z.boolean(),
  months: z.array(PlanMonthSchema),
  explanations: z.array(ExplanationSchema),
  hoursByRole: ByRole,
  memberHours: Hours,
  cost: z.object({ hourlyRate: Hours, amount: Hours, low: Hours, high: Hours }).nullable(),
  targets: z.array(PlanTargetSchema),
  priorities: z.array(z.object({ id: z.string(), actions: z.array(z.string()) })),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

/** The JSON contract of `pouls plan --json` (schemaVersion 1; docs/plan.md). */
export const PlanSchema = z.object({
  schemaVersion: z.literal(1),
  community: z.object({ slug: z.string(), name: z.string() }),
  asOf: z.string(),
  settings: z.object({
    horizon: z.number().int().positive(),
    contingency: z.number().positive(),
    hoursPerFte: z.number().positive(),
    hourlyRate: Hours.nullable(),
    members: z.number().int().nonnegative(),
    newcomersPerYear: Hours,
    coreGroupSize: z.number().int().nonnegative(),
    attendeesPerActivity: z.number().int().nonnegative(),
    /** Base coordination, mid × contingency, over the horizon (method.md §5.2). */
    baseCoordinationHours: Hours,
  }),
  positioning: PositioningSchema.nullable(),
  priorities: z.array(PrioritySchema),
  catalogue: z.array(ActionSchema),
  findings: z.array(
    z.object({ id: z.string(), code: z.string(), weight: Hours, priorities: z.array(z.string()) }),
  ),
  candidates: z.array(CandidateSchema),
  scenarios: z.array(ScenarioSchema),
});
export type Plan = z.infer<typeof PlanSchema>;
