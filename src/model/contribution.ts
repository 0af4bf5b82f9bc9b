import { z } from 'zod';

/** A piece of work a member contributed: a resource, a commit, a talk... */
export const ContributionSchema = z.object({
  id: z.number().int(),
  authorId: z.number().int(),
  /** ISO date or date-time. */
  date: z.string(),
  kind: z.string(),
  title: z.string(),
});
export type Contribution = z.infer<typeof ContributionSchema>;

/** A declared relationship between two members (e.g. "whom did you turn to for advice?"). */
export const TieSchema = z.object({
  sourceId: z.number().int(),
  targetId: z.number().int(),
  weight: z.number().positive(),
  /** ISO date; `null` for an undated tie, which counts at any date. */
  date: z.string().nullable(),
});
export type Tie = z.infer<typeof TieSchema>;
