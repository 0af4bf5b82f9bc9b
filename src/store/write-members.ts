import type { Kysely } from 'kysely';
import type { MemberInput } from '../model/input.js';
import { identitiesOf, type PersonResolver } from './person-resolver.js';
import type { Database, MemberTable } from './schema.js';

type MemberValues = Omit<MemberTable, 'id' | 'community_id' | 'merged_into'>;

function valuesOf(input: MemberInput): MemberValues {
  return {
    name: input.name,
    organization: input.organization,
    role: input.role,
    region: input.region,
    disciplines: JSON.stringify(input.disciplines),
    org_type: input.orgType,
    joined_at: input.joinedAt,
    left_at: input.leftAt,
    staff: input.staff ? 1 : 0,
  };
}

/** The fields of `next` that differ from `current`, ignoring values the source leaves empty. */
function changesOf(current: MemberValues, next: MemberValues): Partial<MemberValues> {
  const changes: Partial<MemberValues> = {};
  for (const key of Object.keys(next) as (keyof MemberValues)[]) {
    const value = next[key];
    if (value === null || value === '[]' || value === current[key]) continue;
    Object.assign(changes, { [key]: value });
  }
  if (next.staff !== current.staff) changes.staff = next.staff;
  return changes;
}

function refsOf(input: MemberInput) {
  return [
    ...input.emails.map((email) => ({ email })),
    ...input.handles.map((handle) => ({ handle })),
    { name: input.name },
  ];
}

/**
 * Adds or updates roster members: a member is matched by any of its emails, then handles, then
 * its name; a match is updated with the values the roster gives, otherwise a member is added.
 */
export async function writeMembers(
  db: Kysely<Database>,
  communityId: number,
  members: readonly MemberInput[],
  people: PersonResolver,
): Promise<{ added: number; updated: number }> {
  let added = 0;
  let updated = 0;
  for (const input of members) {
    const refs = refsOf(input);
    const existing = refs.map((ref) => people.find(ref)).find((id) => id !== undefined);
    const values = valuesOf(input);
    let memberId: number;
    if (existing === undefined) {
      ({ id: memberId } = await db
        .insertInto('members')
        .values({ community_id: communityId, ...values })
        .returning('id')
        .executeTakeFirstOrThrow());
      added++;
    } else {
      memberId = existing;
      const current = await db
        .selectFrom('members')
        .selectAll()
        .where('id', '=', memberId)
        .executeTakeFirstOrThrow();
      const changes = changesOf(current, values);
      if (Object.keys(changes).length > 0) {
        await db.updateTable('members').set(changes).where('id', '=', memberId).execute();
        updated++;
      }
    }
    await people.addIdentities(memberId, refs.flatMap(identitiesOf));
  }
  return { added, updated };
}
