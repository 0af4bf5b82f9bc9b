import { z } from 'zod';

/** Where an identity comes from: an email, or a handle on a named source (slack, discord...). */
export const IdentitySchema = z.object({
  kind: z.enum(['email', 'handle', 'name']),
  /** The source system for handles (`slack`, `discord`, `git`...); `''` for emails and names. */
  source: z.string(),
  /** The normalised value used for matching (lower case, trimmed). */
  value: z.string().min(1),
});
export type Identity = z.infer<typeof IdentitySchema>;

/** A person of the community, with every identity known for them across sources. */
export const MemberSchema = z.object({
  id: z.number().int(),
  name: z.string().min(1),
  identities: z.array(IdentitySchema),
  organization: z.string().nullable(),
  role: z.string().nullable(),
  /** One of Québec's 17 administrative regions, spelled as in `quebec.md`, or free text. */
  region: z.string().nullable(),
  disciplines: z.array(z.string()),
  orgType: z.string().nullable(),
  /** ISO date `YYYY-MM-DD`. */
  joinedAt: z.string().nullable(),
  leftAt: z.string().nullable(),
  /** True for the steward's team (staff of the host organisation). */
  staff: z.boolean(),
});
export type Member = z.infer<typeof MemberSchema>;
