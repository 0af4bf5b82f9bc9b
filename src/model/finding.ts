import { z } from 'zod';

/** The four kinds of findings (product.md §3.3). */
export const FINDING_KINDS = ['frein', 'levier', 'besoin', 'constat'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Evidence levels of method.md: sourced [S], background [B], our estimate [E]. */
export const EVIDENCE_LEVELS = ['S', 'B', 'E'] as const;

/** One indicator value that triggered a finding, with the threshold it crossed. */
export const EvidenceSchema = z.object({
  /** Indicator id (method.md §4.1, e.g. `P3`) or survey item/dimension id. */
  indicator: z.string(),
  value: z.union([z.number(), z.string(), z.null()]),
  /** The threshold in words or numbers, e.g. `> 0.8`. */
  threshold: z.string(),
  /** Evidence level of the threshold. */
  source: z.enum(EVIDENCE_LEVELS),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * An explained finding of the diagnosis: what holds the community back (frein), lifts it (levier),
 * what members need (besoin), or an observation (constat).
 */
export const FindingSchema = z.object({
  /** Stable id within a diagnosis, e.g. `frein-F4`. */
  id: z.string(),
  kind: z.enum(FINDING_KINDS),
  /** Taxonomy code: F1–F15 for freins (method.md §4.3), L… for leviers, N… for needs, C… for constats. */
  code: z.string(),
  title: z.object({ fr: z.string(), en: z.string() }),
  /** 1 (minor) to 3 (major). */
  severity: z.number().int().min(1).max(3),
  /** 0 to 1: how sure the evidence makes us. */
  confidence: z.number().min(0).max(1),
  evidence: z.array(EvidenceSchema),
  /** Literature the finding rests on (short citations). */
  references: z.array(z.string()),
  /** Catalogue actions that answer it (method.md §7, `A1`–`A29`). */
  actions: z.array(z.string()),
  /** The steward's judgement, when given: a dismissed finding is kept but marked. */
  judgement: z
    .object({ status: z.enum(['confirmed', 'dismissed', 'noted']), note: z.string() })
    .optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
