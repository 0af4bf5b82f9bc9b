import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

/**
 * A fingerprint of everything a community's analysis, diagnosis and plan depend on: it changes
 * with every import, merge or split, judgement, survey response, settings change or erasure,
 * whichever process made it. One round trip; used to key caches of computed results.
 */
export async function dataVersion(db: Kysely<Database>, communityId: number): Promise<string> {
  const id = communityId;
  const row = await db
    .selectNoFrom([
      sql<number | null>`(select max(id) from imports where community_id = ${id})`.as('imports'),
      sql<number>`(select count(*) from merges where community_id = ${id})`.as('merges'),
      sql<number | null>`(select sum(undone) from merges where community_id = ${id})`.as('undone'),
      sql<number | null>`(select max(id) from judgements where community_id = ${id})`.as(
        'judgements',
      ),
      sql<number | null>`(select max(id) from survey_responses where community_id = ${id})`.as(
        'responses',
      ),
      sql<number>`(select count(*) from survey_responses where community_id = ${id})`.as(
        'responseCount',
      ),
      sql<number>`(select count(*) from members where community_id = ${id})`.as('members'),
      sql<number>`(select count(*) from erasures where community_id = ${id})`.as('erasures'),
      sql<string | null>`(select settings from community_settings where community_id = ${id})`.as(
        'settings',
      ),
    ])
    .executeTakeFirstOrThrow();
  return JSON.stringify([
    id,
    row.imports,
    Number(row.merges),
    Number(row.undone ?? 0),
    row.judgements,
    row.responses,
    Number(row.responseCount),
    Number(row.members),
    Number(row.erasures),
    row.settings,
  ]);
}
