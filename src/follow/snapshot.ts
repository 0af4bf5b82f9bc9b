import { z } from 'zod';
import { AnalysisSchema } from '../model/analysis.js';
import { DiagnosisSchema } from '../model/diagnosis.js';
import { PlanSchema, PlanTargetSchema, SCENARIO_NAMES } from '../model/plan.js';

/**
 * A dated snapshot of a community (`pouls snapshot create NAME`): the analysis, diagnosis and plan
 * as of `asOf`, and the targets of the scenario chosen then, which a later snapshot is held to.
 */
export const SnapshotSchema = z.object({
  name: z.string().min(1),
  asOf: z.string(),
  /** The scenario chosen at that date; null when the plan has none. */
  scenario: z.enum(SCENARIO_NAMES).nullable(),
  targets: z.array(PlanTargetSchema),
  analysis: AnalysisSchema,
  diagnosis: DiagnosisSchema,
  plan: PlanSchema,
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** A snapshot as `snapshot list` shows it, without its contents. */
export interface SnapshotHeader {
  readonly name: string;
  readonly asOf: string;
  readonly scenario: string | null;
}
