import type { Kysely } from 'kysely';
import type { Database, JudgementTable } from './schema.js';

/** The steward's judgement on a finding, as stored. */
export interface StoredJudgement {
  findingId: string;
  status: JudgementTable['status'];
  note: string;
  madeOn: string;
}

/** Records a judgement (confirm, dismiss, or a note); earlier ones are kept as history. */
export async function saveJudgement(
  db: Kysely<Database>,
  communityId: number,
  judgement: StoredJudgement,
): Promise<void> {
  await db
    .insertInto('judgements')
    .values({
      community_id: communityId,
      finding_id: judgement.findingId,
      status: judgement.status,
      note: judgement.note,
      made_on: judgement.madeOn,
    })
    .execute();
}

/**
 * The current judgement of each finding: the latest status (a note alone keeps the status) and
 * every note joined, oldest first.
 */
export async function loadJudgements(
  db: Kysely<Database>,
  communityId: number,
): Promise<StoredJudgement[]> {
  const rows = await db
    .selectFrom('judgements')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('id')
    .execute();
  const current = new Map<string, StoredJudgement>();
  for (const row of rows) {
    const before = current.get(row.finding_id);
    const status = row.status === 'noted' ? (before?.status ?? 'noted') : row.status;
    const note = [before?.note, row.note].filter(Boolean).join('\n');
    current.set(row.finding_id, { findingId: row.finding_id, status, note, madeOn: row.made_on });
  }
  return [...current.values()];
}

/** Reads a community's settings (threshold overrides, the steward's facts), `{}` by default. */
export async function loadSettings(
  db: Kysely<Database>,
  communityId: number,
): Promise<Record<string, unknown>> {
  const row = await db
    .selectFrom('community_settings')
    .select('settings')
    .where('community_id', '=', communityId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.settings) as Record<string, unknown>) : {};
}

/** Replaces a community's settings. */
export async function saveSettings(
  db: Kysely<Database>,
  communityId: number,
  settings: Record<string, unknown>,
): Promise<void> {
  const value = JSON.stringify(settings);
  await db
    .insertInto('community_settings')
    .values({ community_id: communityId, settings: value })
    .onConflict((oc) => oc.column('community_id').doUpdateSet({ settings: value }))
    .execute();
}
