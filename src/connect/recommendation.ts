import { z } from 'zod';

/** Why something is recommended; rendered by the i18n key `connect:reason.<code>`. */
export const REASON_CODES = [
  'sharedInterests',
  'offers',
  'bridgeGroup',
  'bridgeRegion',
  'sameRegion',
  'commonContacts',
  'active',
  'canAnswer',
  'matchesInterests',
  'notYetJoined',
] as const;

/** One reason, with the values its sentence needs (topics as labels, counts, regions). */
export const ReasonSchema = z.object({
  code: z.enum(REASON_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type Reason = z.infer<typeof ReasonSchema>;

/** A person or an initiative recommended to a member, with its reasons in order of weight. */
export const RecommendationSchema = z.object({
  kind: z.enum(['peer', 'answerer', 'initiative']),
  /** The member recommended (peers and answerers). */
  memberId: z.number().int().nullable(),
  name: z.string().nullable(),
  /** For answerers: the survey need (`NEEDS` option id) they can answer. */
  need: z.string().nullable(),
  /** For initiatives: what it is and its title. */
  item: z
    .object({
      type: z.enum(['event', 'resource', 'thread']),
      title: z.string(),
      date: z.string(),
      topic: z.string(),
    })
    .nullable(),
  score: z.number(),
  reasons: z.array(ReasonSchema).min(1),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** The JSON contract of `pouls recommend --member ID --json` (schemaVersion 1; docs/connect.md). */
export const MemberRecommendationsSchema = z.object({
  schemaVersion: z.literal(1),
  memberId: z.number().int(),
  name: z.string(),
  asOf: z.string(),
  peers: z.array(RecommendationSchema),
  answerers: z.array(RecommendationSchema),
  initiatives: z.array(RecommendationSchema),
});
export type MemberRecommendations = z.infer<typeof MemberRecommendationsSchema>;
