import { z } from 'zod';
import { PoulsError } from '../model/pouls-error.js';
import type { SurveyResponse } from '../model/survey.js';
import type { SurveyInstrument } from '../model/survey-instrument.js';
import { NO_DAY, parseDay } from './day.js';
import type { DiversityTargets } from './diversity-targets.js';
import { DEFAULT_LEVEL_RULES, type LevelRules } from './participation-levels.js';

/** Options of `analyse`: the date of the analysis and the tunable parameters. */
export interface AnalyseOptions {
  /** ISO date `YYYY-MM-DD`, inclusive end: everything after it is ignored. */
  asOf: string;
  /** Trailing window, in days, that defines "active" (P1; default 90). */
  windowDays?: number;
  /** ISO date from which the network is built (default: the whole history). */
  since?: string | null;
  /** Seed of Louvain and of betweenness pivot sampling (default 1). */
  seed?: number;
  /** Overrides of the participation level rules. */
  levelRules?: Partial<LevelRules>;
  /** Largest network whose betweenness is exact (default 2000 nodes). */
  exactBetweennessMaxNodes?: number;
  /** Pivots sampled beyond that size (default 256; Brandes & Pich 2007). */
  betweennessPivots?: number;
  /** Groups the steward wants represented; those without members are listed as missing. */
  diversityTargets?: DiversityTargets;
  /** Largest network that gets a layout for drawing (default 5000 nodes). */
  layoutMaxNodes?: number;
  /** Force iterations of the layout (default 100). */
  layoutIterations?: number;
  /** Member survey responses: `survey` is analysed from them (default none: `survey` is null). */
  survey?: {
    readonly responses: readonly SurveyResponse[];
    /** The instrument they answer (default `SURVEY_INSTRUMENT`). */
    readonly instrument?: SurveyInstrument;
  };
}

/** `AnalyseOptions` with every default filled in and dates turned into day numbers. */
export interface ResolvedOptions {
  readonly asOf: string;
  readonly asOfDay: number;
  readonly windowDays: number;
  readonly sinceDay: number | null;
  readonly seed: number;
  readonly levelRules: Readonly<LevelRules>;
  readonly exactBetweennessMaxNodes: number;
  readonly betweennessPivots: number;
  readonly diversityTargets: Readonly<DiversityTargets>;
  readonly layoutMaxNodes: number;
  readonly layoutIterations: number;
}

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const PositiveInt = z.number().int().positive();

const OptionsSchema = z.object({
  asOf: IsoDate,
  windowDays: PositiveInt.default(90),
  since: IsoDate.nullable().default(null),
  seed: z.number().int().default(1),
  levelRules: z
    .object({
      lookbackDays: PositiveInt,
      coreMinActiveMonths: z.number().int().min(0).max(12),
      coreMinLedActivities: PositiveInt,
      activeMinActiveMonths: z.number().int().min(0).max(12),
      occasionalMinActivities: PositiveInt,
    })
    .partial()
    .default({}),
  exactBetweennessMaxNodes: z.number().int().nonnegative().default(2000),
  betweennessPivots: PositiveInt.default(256),
  diversityTargets: z
    .object({
      region: z.array(z.string()),
      discipline: z.array(z.string()),
      orgType: z.array(z.string()),
    })
    .partial()
    .default({}),
  layoutMaxNodes: z.number().int().nonnegative().default(5000),
  layoutIterations: PositiveInt.max(10_000).default(100),
});

/**
 * Validates the options and fills in the defaults (windowDays 90, seed 1, level rules of
 * `DEFAULT_LEVEL_RULES`, exact betweenness up to 2000 nodes, 256 pivots beyond, no diversity
 * targets, a layout up to 5000 nodes with 100 iterations).
 * @throws PoulsError `usage` when a value is malformed.
 */
export function resolveOptions(options: AnalyseOptions): ResolvedOptions {
  const parsed = OptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new PoulsError('usage', `invalid analysis options: ${parsed.error.message}`, {
      cause: parsed.error,
    });
  }
  const o = parsed.data;
  const asOfDay = parseDay(o.asOf);
  const sinceDay = o.since === null ? null : parseDay(o.since);
  if (asOfDay === NO_DAY || sinceDay === NO_DAY) {
    throw new PoulsError('usage', `invalid date in analysis options: ${o.asOf}, ${o.since}`);
  }
  return Object.freeze({
    asOf: o.asOf,
    asOfDay,
    windowDays: o.windowDays,
    sinceDay,
    seed: o.seed,
    levelRules: Object.freeze({ ...DEFAULT_LEVEL_RULES, ...stripUndefined(o.levelRules) }),
    exactBetweennessMaxNodes: o.exactBetweennessMaxNodes,
    betweennessPivots: o.betweennessPivots,
    diversityTargets: Object.freeze(stripUndefined(o.diversityTargets)),
    layoutMaxNodes: o.layoutMaxNodes,
    layoutIterations: o.layoutIterations,
  });
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
