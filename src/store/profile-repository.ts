import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/** What a member says about themself in the directory. */
export interface StoredProfile {
  memberId: number;
  expertise: string[];
  interests: string[];
  organization: string | null;
  region: string | null;
  updatedOn: string;
}

/** Saves (or replaces) a member's profile. */
export async function saveProfileRow(db: Db, profile: StoredProfile): Promise<void> {
  const values = {
    member_id: profile.memberId,
    expertise: JSON.stringify(profile.expertise),
    interests: JSON.stringify(profile.interests),
    organization: profile.organization,
    region: profile.region,
    updated_on: profile.updatedOn,
  };
  await db
    .insertInto('profiles')
    .values(values)
    .onConflict((oc) =>
      oc.column('member_id').doUpdateSet({
        expertise: values.expertise,
        interests: values.interests,
        organization: values.organization,
        region: values.region,
        updated_on: values.updated_on,
      }),
    )
    .execute();
}

/** The profiles of a community's members (merged members left out). */
export async function loadProfiles(db: Db, communityId: number): Promise<StoredProfile[]> {
  const rows = await db
    .selectFrom('profiles')
    .innerJoin('members', 'members.id', 'profiles.member_id')
    .selectAll('profiles')
    .where('members.community_id', '=', communityId)
    .where('members.merged_into', 'is', null)
    .orderBy('profiles.member_id')
    .execute();
  return rows.map((r) => ({
    memberId: r.member_id,
    expertise: JSON.parse(r.expertise) as string[],
    interests: JSON.parse(r.interests) as string[],
    organization: r.organization,
    region: r.region,
    updatedOn: r.updated_on,
  }));
}

/** Stores the hash of a new personal link's token. */
export async function saveProfileToken(
  db: Db,
  token: { hash: string; memberId: number; createdOn: string; expiresOn: string },
): Promise<void> {
  await db
    .insertInto('profile_tokens')
    .values({
      token_hash: token.hash,
      member_id: token.memberId,
      created_on: token.createdOn,
      expires_on: token.expiresOn,
      revoked: 0,
    })
    .execute();
}

/** The member a token hash opens, with the community, if the link exists and is not revoked. */
export async function findProfileToken(
  db: Db,
  hash: string,
): Promise<{ memberId: number; communityId: number; expiresOn: string } | undefined> {
  const row = await db
    .selectFrom('profile_tokens')
    .innerJoin('members', 'members.id', 'profile_tokens.member_id')
    .select(['profile_tokens.member_id', 'profile_tokens.expires_on', 'members.community_id'])
    .where('profile_tokens.token_hash', '=', hash)
    .where('profile_tokens.revoked', '=', 0)
    .executeTakeFirst();
  return row
    ? { memberId: row.member_id, communityId: row.community_id, expiresOn: row.expires_on }
    : undefined;
}

/** Revokes every personal link of a member (a new link replaces the old ones). */
export async function revokeProfileTokens(db: Db, memberId: number): Promise<void> {
  await db
    .updateTable('profile_tokens')
    .set({ revoked: 1 })
    .where('member_id', '=', memberId)
    .execute();
}

/**
 * The answers to one survey item of the respondents linked to a member, latest response last;
 * used for the needs members expressed (`NEEDS`).
 */
export async function surveyAnswersByMember(
  db: Db,
  communityId: number,
  item: string,
): Promise<Array<{ memberId: number; answer: unknown }>> {
  const rows = await db
    .selectFrom('survey_responses')
    .select(['member_id', 'answers'])
    .where('community_id', '=', communityId)
    .where('member_id', 'is not', null)
    .orderBy('id')
    .execute();
  return rows.flatMap((r) => {
    const answers = JSON.parse(r.answers) as Record<string, unknown>;
    return r.member_id !== null && item in answers
      ? [{ memberId: r.member_id, answer: answers[item] }]
      : [];
  });
}

/** Each decision recorded for one use in a community: member id → granted. */
export async function consentDecisions(
  db: Db,
  communityId: number,
  use: 'directory' | 'recommendations',
): Promise<Map<number, boolean>> {
  const rows = await db
    .selectFrom('consents')
    .innerJoin('members', 'members.id', 'consents.member_id')
    .select(['consents.member_id', 'consents.granted'])
    .where('members.community_id', '=', communityId)
    .where('consents.use', '=', use)
    .execute();
  return new Map(rows.map((r) => [r.member_id, r.granted === 1]));
}

/** A member's name, organisation and region, by id. */
export async function memberCard(
  db: Db,
  memberId: number,
): Promise<{ name: string; organization: string | null; region: string | null } | undefined> {
  return db
    .selectFrom('members')
    .select(['name', 'organization', 'region'])
    .where('id', '=', memberId)
    .executeTakeFirst();
}
