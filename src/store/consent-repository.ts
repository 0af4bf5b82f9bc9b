import type { Kysely } from 'kysely';
import type { ConsentUse, Database } from './schema.js';

/** A member's decision about one use of their data. */
export interface Consent {
  memberId: number;
  use: ConsentUse;
  granted: boolean;
  decidedOn: string;
  source: string;
}

/** Records (or replaces) a member's decision about one use; the latest decision counts. */
export async function setConsent(db: Kysely<Database>, consent: Consent): Promise<void> {
  const values = {
    member_id: consent.memberId,
    use: consent.use,
    granted: consent.granted ? 1 : 0,
    decided_on: consent.decidedOn,
    source: consent.source,
  };
  await db
    .insertInto('consents')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['member_id', 'use']).doUpdateSet({
        granted: values.granted,
        decided_on: values.decided_on,
        source: values.source,
      }),
    )
    .execute();
}

/** Every decision a member made, by use. */
export async function consentsOf(db: Kysely<Database>, memberId: number): Promise<Consent[]> {
  const rows = await db
    .selectFrom('consents')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('use')
    .execute();
  return rows.map((row) => ({
    memberId: row.member_id,
    use: row.use,
    granted: row.granted === 1,
    decidedOn: row.decided_on,
    source: row.source,
  }));
}

/** The ids of a community's members who granted `use`; anyone not asked is left out. */
export async function membersConsenting(
  db: Kysely<Database>,
  communityId: number,
  use: ConsentUse,
): Promise<Set<number>> {
  const rows = await db
    .selectFrom('consents')
    .innerJoin('members', 'members.id', 'consents.member_id')
    .select('consents.member_id')
    .where('members.community_id', '=', communityId)
    .where('consents.use', '=', use)
    .where('consents.granted', '=', 1)
    .execute();
  return new Set(rows.map((row) => row.member_id));
}
