import { z } from 'zod';
import { LEVELS } from '../model/analysis.js';
import { INDICATOR_STATUSES } from '../model/diagnosis.js';
import { FINDING_KINDS } from '../model/finding.js';
import { TARGET_INDICATORS } from '../model/plan.js';

const Label = z.object({ fr: z.string(), en: z.string() });
const Value = z.number().nullable();
const Count = z.number().int().nonnegative();

/** Which way a value moved, and whether that is good news for its indicator. */
export const DIRECTIONS = ['up', 'down', 'flat', 'unknown'] as const;
export const VERDICTS = ['better', 'worse', 'same', 'unknown'] as const;
/** How an indicator stands against the target of the plan chosen at the first snapshot. */
export const STANDINGS = ['met', 'onTrack', 'notMet', 'unknown'] as const;

/** One indicator of the diagnosis at both dates. */
export const IndicatorChangeSchema = z.object({
  id: z.string(),
  label: Label,
  before: Value,
  after: Value,
  /** after − before; null when either is unknown. */
  delta: Value,
  /** delta ÷ |before|; null from zero or unknown. */
  relative: Value,
  direction: z.enum(DIRECTIONS),
  /** Read with the indicator's polarity (its green threshold says whether higher is better). */
  verdict: z.enum(VERDICTS),
  statusBefore: z.enum(INDICATOR_STATUSES),
  statusAfter: z.enum(INDICATOR_STATUSES),
});
export type IndicatorChange = z.infer<typeof IndicatorChangeSchema>;

/** A member whose participation level changed (listed only for staff). */
export const MemberMoveSchema = z.object({
  memberId: z.number().int(),
  name: z.string(),
  from: z.enum(LEVELS),
  to: z.enum(LEVELS),
});

/** A finding present at one date and not the other. */
export const FindingChangeSchema = z.object({
  id: z.string(),
  kind: z.enum(FINDING_KINDS),
  title: Label,
  severity: z.number().int(),
});

/** A broker (high betweenness) gained or lost; listed only for staff. */
const BrokerSchema = z.object({ memberId: z.number().int(), name: z.string() });

/** A plan target at the second snapshot: the expected value after the time elapsed. */
export const TargetStandingSchema = z.object({
  indicator: z.enum(TARGET_INDICATORS),
  direction: z.enum(['up', 'down']),
  start: Value,
  /** The target at 12 months (the scenario's `at12`). */
  target: Value,
  /** Where the trajectory start → at6 → at12 should be after `months`. */
  expected: Value,
  actual: Value,
  standing: z.enum(STANDINGS),
});
export type TargetStanding = z.infer<typeof TargetStandingSchema>;

const Pair = z.object({ before: z.number(), after: z.number(), delta: z.number() });

/** The JSON contract of `pouls snapshot compare A B --json` (schemaVersion 1; docs/follow.md). */
export const ComparisonSchema = z.object({
  schemaVersion: z.literal(1),
  community: z.object({ slug: z.string(), name: z.string() }),
  before: z.object({ name: z.string(), asOf: z.string(), scenario: z.string().nullable() }),
  after: z.object({ name: z.string(), asOf: z.string() }),
  /** Whole months between the two dates. */
  months: z.number().nonnegative(),
  /** Whether member names are included (staff faces); counts are always there. */
  names: z.boolean(),
  indicators: z.array(IndicatorChangeSchema),
  levels: z.array(
    z.object({ level: z.enum(LEVELS), before: Count, after: Count, delta: z.number().int() }),
  ),
  members: z.object({
    total: Pair,
    active: Pair,
    /** Members present at both dates whose level went up or down (core highest). */
    up: Count,
    down: Count,
    /** The moves by name; empty unless `names`. */
    moves: z.array(MemberMoveSchema),
  }),
  findings: z.object({
    appeared: z.array(FindingChangeSchema),
    resolved: z.array(FindingChangeSchema),
    kept: Count,
  }),
  network: z.object({
    nodes: Pair,
    edges: Pair,
    density: Pair,
    modularity: Pair,
    subgroups: Pair,
    isolates: Pair,
    brokers: z.object({
      kept: Count,
      gained: Count,
      lost: Count,
      /** By name; empty unless `names`. */
      gainedNames: z.array(BrokerSchema),
      lostNames: z.array(BrokerSchema),
    }),
  }),
  targets: z.array(TargetStandingSchema),
});
export type Comparison = z.infer<typeof ComparisonSchema>;
