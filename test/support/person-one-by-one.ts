import type { Kysely } from 'kysely';
import type { PersonRef } from '../../src/model/input.js';
import { identityKey } from '../../src/store/identity-key.js';
import { identitiesOf } from '../../src/store/person-resolver.js';
import type { Database } from '../../src/store/schema.js';

/**
 * The oracle of person resolution for the bulk-writer tests: a person resolved as the importer
 * did before the bulk writer, one Kysely query per row — matched by email, handle, then name in
 * `index` (identity key → member id, kept up to date), else a new member with its identities.
 */
export function personOneByOne(
  db: Kysely<Database>,
  communityId: number,
  index: Map<string, number>,
): (ref: PersonRef) => Promise<number> {
  return async (ref) => {
    const identities = identitiesOf(ref);
    for (const identity of identities) {
      const id = index.get(identityKey(identity));
      if (id !== undefined) return id;
    }
    const name = ref.name?.trim() || ref.email?.split('@')[0] || ref.handle?.value || '?';
    const { id } = await db
      .insertInto('members')
      .values({ community_id: communityId, name, disciplines: '[]', staff: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const identity of identities) {
      if (index.has(identityKey(identity))) continue;
      await db
        .insertInto('identities')
        .values({ community_id: communityId, member_id: id, ...identity })
        .execute();
      index.set(identityKey(identity), id);
    }
    return id;
  };
}
