import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/** A generated report, without its bytes. */
export interface StoredReport {
  id: string;
  communityId: number;
  format: string;
  lang: string;
  createdAt: string;
  createdBy: string;
}

/** Stores a generated report with its bytes. */
export async function insertReport(
  db: Db,
  report: StoredReport & { content: Uint8Array },
): Promise<void> {
  await db
    .insertInto('reports')
    .values({
      id: report.id,
      community_id: report.communityId,
      format: report.format,
      lang: report.lang,
      created_at: report.createdAt,
      created_by: report.createdBy,
      content: Buffer.from(report.content),
    })
    .execute();
}

/** A community's report with its bytes, or `undefined` (also for another community's report). */
export async function findReport(
  db: Db,
  communityId: number,
  id: string,
): Promise<(StoredReport & { content: Uint8Array }) | undefined> {
  const row = await db
    .selectFrom('reports')
    .selectAll()
    .where('id', '=', id)
    .where('community_id', '=', communityId)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        communityId: row.community_id,
        format: row.format,
        lang: row.lang,
        createdAt: row.created_at,
        createdBy: row.created_by,
        content: new Uint8Array(row.content),
      }
    : undefined;
}

/** A community's reports, newest first, without their bytes. */
export async function listReports(db: Db, communityId: number): Promise<StoredReport[]> {
  const rows = await db
    .selectFrom('reports')
    .select(['id', 'community_id', 'format', 'lang', 'created_at', 'created_by'])
    .where('community_id', '=', communityId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    communityId: r.community_id,
    format: r.format,
    lang: r.lang,
    createdAt: r.created_at,
    createdBy: r.created_by,
  }));
}
