import type { Kysely } from 'kysely';
import { fail, ok, type Result } from '../model/issue.js';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/**
 * Records that two members of a community are two people, not one (a merge suggestion a steward
 * turned down); the pair is kept in id order, once. Fails with `unknown_reference` when a member
 * is not an active member of the community, or when both are the same.
 */
export async function markDistinct(
  db: Db,
  communityId: number,
  a: number,
  b: number,
  decidedOn: string,
): Promise<Result<{ firstId: number; secondId: number }>> {
  const found = await db
    .selectFrom('members')
    .select('id')
    .where('community_id', '=', communityId)
    .where('merged_into', 'is', null)
    .where('id', 'in', [a, b])
    .execute();
  const known = new Set(found.map((m) => m.id));
  if (a === b || !known.has(a) || !known.has(b)) {
    const value = String(known.has(a) && a !== b ? b : a);
    return fail([{ code: 'unknown_reference', file: 'identities', params: { value } }]);
  }
  const [firstId, secondId] = a < b ? [a, b] : [b, a];
  await db
    .insertInto('distinct_members')
    .values({
      community_id: communityId,
      first_id: firstId,
      second_id: secondId,
      decided_on: decidedOn,
    })
    .onConflict((oc) => oc.columns(['community_id', 'first_id', 'second_id']).doNothing())
    .execute();
  return ok({ firstId, secondId });
}

/** The pairs of members of a community said to be two people, as `first-second` keys (ids in order). */
export async function distinctPairs(db: Db, communityId: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom('distinct_members')
    .select(['first_id', 'second_id'])
    .where('community_id', '=', communityId)
    .execute();
  return new Set(rows.map((r) => pairKey(r.first_id, r.second_id)));
}

/** The key of a pair of member ids, whatever their order. */
export function pairKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}
