import type { Kysely } from 'kysely';
import { normaliseEmail, normaliseName } from './identity-key.js';
import type { Database } from './schema.js';

/** A member as the privacy commands list it: id and display name. */
export interface MemberRow {
  id: number;
  name: string;
}

/** Follows `merged_into` to the member a merged one now belongs to. */
async function rootOf(db: Kysely<Database>, id: number): Promise<number> {
  let current = id;
  for (let hops = 0; hops < 100; hops++) {
    const row = await db
      .selectFrom('members')
      .select('merged_into')
      .where('id', '=', current)
      .executeTakeFirst();
    if (!row?.merged_into) return current;
    current = row.merged_into;
  }
  return current;
}

/**
 * The members of a community a reference names: a numeric id, an email (matched as imports
 * match them), or an exact name (accents and case count). Merged members count as the member
 * they were merged into; several results mean the reference is ambiguous.
 */
export async function findMembers(
  db: Kysely<Database>,
  communityId: number,
  reference: string,
): Promise<MemberRow[]> {
  const ref = reference.trim();
  let ids: number[];
  if (/^\d+$/.test(ref)) {
    ids = [Number(ref)];
  } else if (ref.includes('@')) {
    const rows = await db
      .selectFrom('identities')
      .select('member_id')
      .where('community_id', '=', communityId)
      .where('kind', '=', 'email')
      .where('value', '=', normaliseEmail(ref))
      .execute();
    ids = rows.map((r) => r.member_id);
  } else {
    const rows = await db
      .selectFrom('members')
      .select('id')
      .where('community_id', '=', communityId)
      .where('name', '=', ref)
      .execute();
    ids = rows.map((r) => r.id);
    if (ids.length === 0 && ref !== '') {
      const byName = await db
        .selectFrom('identities')
        .select('member_id')
        .where('community_id', '=', communityId)
        .where('kind', '=', 'name')
        .where('value', '=', normaliseName(ref))
        .execute();
      ids = byName.map((r) => r.member_id);
    }
  }
  const roots = [...new Set(await Promise.all(ids.map((id) => rootOf(db, id))))];
  if (roots.length === 0) return [];
  return db
    .selectFrom('members')
    .select(['id', 'name'])
    .where('community_id', '=', communityId)
    .where('id', 'in', roots)
    .orderBy('id')
    .execute();
}

/** The members merged into `memberId` (the same person, recorded under other identities). */
export async function mergedInto(db: Kysely<Database>, memberId: number): Promise<number[]> {
  const found: number[] = [];
  let frontier = [memberId];
  while (frontier.length > 0) {
    const rows = await db
      .selectFrom('members')
      .select('id')
      .where('merged_into', 'in', frontier)
      .execute();
    frontier = rows.map((r) => r.id).filter((id) => !found.includes(id) && id !== memberId);
    found.push(...frontier);
  }
  return found;
}
