import { z } from 'zod';
import { foldWord } from '../analytics/survey/stem.js';

const Topic = z.string().trim().min(1).max(80);

/** What a member says about themself in the directory (edited through their personal link). */
export const ProfileSchema = z.object({
  /** What the member knows and can offer (e.g. "infolettres", "billetterie"). */
  expertise: z.array(Topic).max(20),
  /** What the member wants to learn about or discuss. */
  interests: z.array(Topic).max(20),
  organization: z.string().trim().max(200).nullable(),
  region: z.string().trim().max(100).nullable(),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** A profile with its member. */
export interface MemberProfile extends Profile {
  readonly memberId: number;
}

/**
 * The key a topic is matched on: accents folded, lower case, every run of other characters one
 * space, so that "Réseaux sociaux", "réseaux-sociaux" and "#reseaux_sociaux" meet.
 *
 * @example topicKey('Réseaux-sociaux') // 'reseaux sociaux'
 */
export function topicKey(topic: string): string {
  return foldWord(topic)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
