import { z } from 'zod';

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
});
export type Network = z.infer<typeof NetworkSchema>;

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
  network: NetworkSchema,
  diversity: z.object({
    region: DistributionSchema,
    discipline: DistributionSchema,
    orgType: DistributionSchema,
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
  survey: z.null(),
});
export type Analysis = z.infer<typeof AnalysisSchema>;
