import type { Kysely } from 'kysely';
import type { PersonRef } from '../model/input.js';
import type { Identity } from '../model/member.js';
import { identityKey, normaliseEmail, normaliseName } from './identity-key.js';
import type { Database } from './schema.js';

/** Finds members by identity, creating the people a record names for the first time. */
export interface PersonResolver {
  /** The member matched first by email, then by handle, then by name (product.md §5). */
  find(ref: PersonRef): number | undefined;
  /** Like `find`, but creates a member (and counts it) when nobody matches. */
  resolve(ref: PersonRef): Promise<number>;
  /** Records identities for a member, ignoring those already known. */
  addIdentities(memberId: number, identities: readonly Identity[]): Promise<void>;
  /** How many members `resolve` created. */
  created(): number;
}

/** The identities a person reference carries, normalised for matching. */
export function identitiesOf(ref: PersonRef): Identity[] {
  const identities: Identity[] = [];
  if (ref.email) identities.push({ kind: 'email', source: '', value: normaliseEmail(ref.email) });
  if (ref.handle) {
    identities.push({
      kind: 'handle',
      source: ref.handle.source,
      value: ref.handle.value.trim().toLowerCase(),
    });
  }
  if (ref.name && normaliseName(ref.name)) {
    identities.push({ kind: 'name', source: '', value: normaliseName(ref.name) });
  }
  return identities;
}

function displayName(ref: PersonRef): string {
  return ref.name?.trim() || ref.email?.split('@')[0] || ref.handle?.value || '?';
}

/** Loads one community's identities and returns a resolver working inside `db` (a transaction). */
export async function createPersonResolver(
  db: Kysely<Database>,
  communityId: number,
): Promise<PersonResolver> {
  const rows = await db
    .selectFrom('identities')
    .select(['member_id', 'kind', 'source', 'value'])
    .where('community_id', '=', communityId)
    .execute();
  const index = new Map<string, number>(rows.map((r) => [identityKey(r), r.member_id]));
  let created = 0;

  function find(ref: PersonRef): number | undefined {
    for (const identity of identitiesOf(ref)) {
      const id = index.get(identityKey(identity));
      if (id !== undefined) return id;
    }
    return undefined;
  }

  async function addIdentities(memberId: number, identities: readonly Identity[]): Promise<void> {
    const fresh = identities.filter((i) => !index.has(identityKey(i)));
    if (fresh.length === 0) return;
    await db
      .insertInto('identities')
      .values(fresh.map((i) => ({ community_id: communityId, member_id: memberId, ...i })))
      .onConflict((oc) => oc.columns(['community_id', 'kind', 'source', 'value']).doNothing())
      .execute();
    for (const identity of fresh) index.set(identityKey(identity), memberId);
  }

  async function resolve(ref: PersonRef): Promise<number> {
    const found = find(ref);
    if (found !== undefined) return found;
    const { id } = await db
      .insertInto('members')
      .values({ community_id: communityId, name: displayName(ref), disciplines: '[]', staff: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    created++;
    await addIdentities(id, identitiesOf(ref));
    return id;
  }

  return { find, resolve, addIdentities, created: () => created };
}
