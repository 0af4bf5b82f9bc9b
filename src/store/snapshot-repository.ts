import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** A snapshot as stored: the contracts as parsed JSON, checked by the caller. */
export interface StoredSnapshot {
  name: string;
  asOf: string;
  scenario: string | null;
  targets: unknown;
  analysis: unknown;
  diagnosis: unknown;
  plan: unknown;
}

/**
 * Saves a snapshot under its name; returns false, writing nothing, when the community already
 * has a snapshot of that name.
 */
export async function saveSnapshot(
  db: Kysely<Database>,
  communityId: number,
  snapshot: StoredSnapshot,
): Promise<boolean> {
  const inserted = await db
    .insertInto('snapshots')
    .values({
      community_id: communityId,
      name: snapshot.name,
      as_of: snapshot.asOf,
      scenario: snapshot.scenario,
      targets: JSON.stringify(snapshot.targets),
      analysis: JSON.stringify(snapshot.analysis),
      diagnosis: JSON.stringify(snapshot.diagnosis),
      plan: JSON.stringify(snapshot.plan),
    })
    .onConflict((oc) => oc.columns(['community_id', 'name']).doNothing())
    .returning('id')
    .execute();
  return inserted.length > 0;
}

/** A community's snapshots without their contents, oldest date first. */
export async function listSnapshots(
  db: Kysely<Database>,
  communityId: number,
): Promise<Array<{ name: string; asOf: string; scenario: string | null }>> {
  const rows = await db
    .selectFrom('snapshots')
    .select(['name', 'as_of', 'scenario'])
    .where('community_id', '=', communityId)
    .orderBy('as_of')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ name: r.name, asOf: r.as_of, scenario: r.scenario }));
}

/** One snapshot by name, or `undefined`. */
export async function loadSnapshot(
  db: Kysely<Database>,
  communityId: number,
  name: string,
): Promise<StoredSnapshot | undefined> {
  const row = await db
    .selectFrom('snapshots')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('name', '=', name)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    name: row.name,
    asOf: row.as_of,
    scenario: row.scenario,
    targets: JSON.parse(row.targets),
    analysis: JSON.parse(row.analysis),
    diagnosis: JSON.parse(row.diagnosis),
    plan: JSON.parse(row.plan),
  };
}
