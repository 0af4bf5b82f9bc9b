import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** One line of the audit log (Law 25: who viewed, exported, changed or erased what, when). */
export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  communityId: number | null;
  target: string;
  detail: Record<string, unknown>;
}

/** Appends one entry to the audit log; entries are never changed afterwards. */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      community_id: entry.communityId,
      target: entry.target,
      detail: JSON.stringify(entry.detail),
    })
    .execute();
}

/** The audit log of one community (or of the whole installation), newest first; one action or all. */
export async function listAudit(
  db: Kysely<Database>,
  options: { communityId?: number; limit?: number; action?: string } = {},
): Promise<Array<AuditEntry & { id: number }>> {
  let query = db.selectFrom('audit_log').selectAll();
  if (options.communityId !== undefined) {
    query = query.where('community_id', '=', options.communityId);
  }
  if (options.action !== undefined) query = query.where('action', '=', options.action);
  const rows = await query
    .orderBy('id', 'desc')
    .limit(options.limit ?? 1000)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    communityId: row.community_id,
    target: row.target,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
  }));
}
