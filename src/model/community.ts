import { z } from 'zod';

/** A community of practice: the unit everything else belongs to. */
export const CommunitySchema = z.object({
  id: z.number().int(),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  /** The host organisation (e.g. La Vitrine). */
  host: z.string().nullable(),
});
export type Community = z.infer<typeof CommunitySchema>;
