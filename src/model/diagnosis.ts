import { z } from 'zod';
import { STAGES } from './analysis.js';
import { EVIDENCE_LEVELS, FindingSchema } from './finding.js';

/** Colour of an indicator against its thresholds (method.md §4.1: G healthy, A watch, R act). */
export const INDICATOR_STATUSES = ['green', 'amber', 'red', 'unknown'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/** Where an indicator's value comes from. */
export const INDICATOR_SOURCES = ['activity', 'network', 'survey', 'steward'] as const;

/** The steward's judgement on a finding (product.md §3.3); the integrator stores it. */
export const JudgementSchema = z.object({
  findingId: z.string(),
  status: z.enum(['confirmed', 'dismissed', 'noted']),
  note: z.string(),
});
export type Judgement = z.infer<typeof JudgementSchema>;

/** One indicator of method.md §4.1 (or a derived signal), its value and colour. */
export const DiagnosisIndicatorSchema = z.object({
  /** `P1`…`P6`, `R1`, `V1`, `D1`, `network.clustering`... */
  id: z.string(),
  label: z.object({ fr: z.string(), en: z.string() }),
  value: z.number().nullable(),
  status: z.enum(INDICATOR_STATUSES),
  /** The thresholds in words, e.g. `{green: '< 0.5', red: '> 0.8'}`, and their evidence level. */
  thresholds: z.object({ green: z.string(), red: z.string(), evidence: z.enum(EVIDENCE_LEVELS) }),
  source: z.enum(INDICATOR_SOURCES),
});
export type DiagnosisIndicator = z.infer<typeof DiagnosisIndicatorSchema>;

/** The JSON contract of `pouls diagnose --json` (schemaVersion 1; docs/diagnosis.md). */
export const DiagnosisSchema = z.object({
  schemaVersion: z.literal(1),
  community: z.object({ slug: z.string(), name: z.string() }),
  asOf: z.string(),
  indicators: z.array(DiagnosisIndicatorSchema),
  /** Freins, leviers, besoins and constats, most severe first. */
  findings: z.array(FindingSchema),
  /** The suggested stage (from the analysis), for the steward to confirm. */
  stage: z.object({
    stage: z.enum(STAGES),
    relaunch: z.boolean(),
    evidence: z.array(
      z.object({ signal: z.string(), value: z.union([z.number(), z.string(), z.null()]) }),
    ),
  }),
  /** Whether a member survey informed the diagnosis, and how many answered. */
  survey: z
    .object({ respondents: z.number().int().nonnegative(), responseRate: z.number().nullable() })
    .nullable(),
});
export type Diagnosis = z.infer<typeof DiagnosisSchema>;
