import { z } from 'zod';
import { SurveyAnalysisSchema } from './survey.js';

/** Participation levels (method.md §1.4, Wenger-Trayner categories). */
export const LEVELS = ['core', 'active', 'occasional', 'peripheral', 'inactive'] as const;
export type Level = (typeof LEVELS)[number];

/** Development stages (method.md §1.3, Wenger, McDermott & Snyder 2002). */
export const STAGES = [
  'potential',
  'coalescing',
  'maturing',
  'stewardship',
  'transformation',
] as const;
export type Stage = (typeof STAGES)[number];

const Share = z.number().min(0).max(1);
const Count = z.number().int().nonnegative();

export const TimelinePointSchema = z.object({
  /** `YYYY-MM`. */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  activeMembers: Count,
  newMembers: Count,
  returningMembers: Count,
  lapsedMembers: Count,
  events: Count,
  attendances: Count,
  messages: Count,
  contributions: Count,
});
export type TimelinePoint = z.infer<typeof TimelinePointSchema>;

export const MemberMetricsSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  level: z.enum(LEVELS),
  staff: z.boolean(),
  attendances: Count,
  messages: Count,
  contributions: Count,
  /** ISO date of the first and last activity, or null without any. */
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  degree: Count,
  weightedDegree: z.number().nonnegative(),
  /** k-core number (0 for a member with no tie). */
  coreness: Count,
  betweenness: z.number().nonnegative(),
  /** Id of the member's sub-group, null for a member with no tie. */
  community: z.number().int().nullable(),
});
export type MemberMetrics = z.infer<typeof MemberMetricsSchema>;

const DistributionSchema = z.array(
  z.object({ group: z.string(), members: Count, share: Share, activeMembers: Count }),
);

export const NetworkSchema = z.object({
  nodes: Count,
  edges: Count,
  density: Share,
  averageDegree: z.number().nonnegative(),
  clustering: Share,
  components: Count,
  /** Nodes in the largest connected component. */
  largestComponent: Count,
  /** Non-staff members with no tie at all up to `asOf`. */
  isolates: Count,
  modularity: z.number(),
  /** Largest k with a non-empty k-core (core–periphery structure). */
  maxCore: Count,
  /** Share of ties between members of different regions / with no discipline in common. */
  crossRegionShare: Share.nullable(),
  crossDisciplineShare: Share.nullable(),
  /** True when betweenness was estimated by sampling (large graphs). */
  approximate: z.boolean(),
  communities: z.array(
    z.object({ id: z.number().int(), size: Count, members: z.array(z.number().int()) }),
  ),
  brokers: z.array(z.object({ memberId: z.number().int(), betweenness: z.number().nonnegative() })),
  /** Seeded positions in [0, 1]² for drawing the network; left out for very large graphs. */
  layout: z.array(z.object({ memberId: z.number().int(), x: Share, y: Share })).optional(),
});
export type Network = z.infer<typeof NetworkSchema>;

export const CohortSchema = z.object({
  /** `YYYY-Qn`: the quarter the members joined. */
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/),
  joined: Count,
  /** Share active 90–179 days after joining; null while that window is open. */
  activeAfter90Days: Share.nullable(),
  /** Share active 365–454 days after joining; null while that window is open. */
  activeAfter1Year: Share.nullable(),
});
export type Cohort = z.infer<typeof CohortSchema>;

export const SeasonMonthSchema = z.object({
  /** Calendar month, 1 = January. */
  month: z.number().int().min(1).max(12),
  activities: Count,
  events: Count,
  /** Share of the activities of the last three years of complete months. */
  share: Share,
});
export type SeasonMonth = z.infer<typeof SeasonMonthSchema>;

export const EvolutionSchema = z.object({
  /** Last complete month of the 12-month window, `YYYY-MM`. */
  lastMonth: z.string().regex(/^\d{4}-\d{2}$/),
  /** Relative change, last 12 months vs the 12 before (0.1 = +10 %); null from zero. */
  yoyActiveMembers: z.number().nullable(),
  yoyMessages: z.number().nullable(),
  /** Least-squares slope of monthly active members over the last 12 months, per month. */
  trendSlope: z.number(),
  /** Least-squares slope of monthly messages over the last 12 months, per month. */
  messagesTrendSlope: z.number(),
});
export type Evolution = z.infer<typeof EvolutionSchema>;

/**
 * The JSON contract of `pouls analyze --json` (product.md §6, schemaVersion 1). Keys may be
 * added, never renamed.
 */
export const AnalysisSchema = z.object({
  schemaVersion: z.literal(1),
  community: z.object({ slug: z.string(), name: z.string() }),
  /** ISO date the analysis is computed at. */
  asOf: z.string(),
  /** Trailing window, in days, that defines "active". */
  windowDays: z.number().int().positive(),
  members: z.object({
    total: Count,
    active: Count,
    new: Count,
    staff: Count,
    byLevel: z.object({
      core: Count,
      active: Count,
      occasional: Count,
      peripheral: Count,
      inactive: Count,
    }),
  }),
  timeline: z.array(TimelinePointSchema),
  /** Trend and year-over-year change of the timeline. */
  evolution: EvolutionSchema,
  /** Retention of newcomers by join quarter. */
  cohorts: z.array(CohortSchema),
  participation: z.object({
    gini: Share,
    top10Share: Share,
    absenceFactor: Count,
    facilitatorShare: Share,
    newcomerActivation: Share.nullable(),
    retention: Share.nullable(),
    /** P4: members whose level went up or down since one year before `asOf`. */
    levelMoves: z.object({ up: Count, down: Count }),
    /** Threads started in the last 12 months that no other member answered (share). */
    unansweredThreadShare: Share.nullable(),
    /** Median hours from a thread's start to its first reply by another member. */
    medianFirstReplyHours: z.number().nonnegative().nullable(),
  }),
  rhythm: z.object({
    activitiesPerYear: z.number().nonnegative(),
    longestGapDays: Count.nullable(),
    medianGapDays: z.number().nonnegative().nullable(),
    /** Days from the last event to `asOf`; null without any event. */
    daysSinceLastEvent: Count.nullable(),
  }),
  /** Activity by calendar month over the last three years of complete months. */
  seasonality: z.array(SeasonMonthSchema),
  network: NetworkSchema,
  diversity: z.object({
    region: DistributionSchema,
    discipline: DistributionSchema,
    orgType: DistributionSchema,
    /** The steward's target groups (`diversityTargets`) that no non-staff member belongs to. */
    missing: z.object({
      region: z.array(z.string()),
      discipline: z.array(z.string()),
      orgType: z.array(z.string()),
    }),
  }),
  stage: z.object({
    stage: z.enum(STAGES),
    /** An established community back at an earlier stage (method.md §8 `relaunch` flag). */
    relaunch: z.boolean(),
    evidence: z.array(
      z.object({ signal: z.string(), value: z.union([z.number(), z.string(), z.null()]) }),
    ),
  }),
  memberMetrics: z.array(MemberMetricsSchema),
  /** The member survey's results (product.md §6), null without responses. */
  survey: SurveyAnalysisSchema.nullable(),
});
export type Analysis = z.infer<typeof AnalysisSchema>;
