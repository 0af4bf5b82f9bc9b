import { type AuditEntry, findCommunityBySlug, recordAudit, type Store } from '../store/index.js';

/** Who acts and when, passed in by the face (CLI, web): the cores have no clock. */
export interface AuditContext {
  /** A user's email, or `cli:<OS user name>`. */
  readonly actor: string;
  /** ISO timestamp of the action. */
  readonly at: string;
}

/** Records one audit entry when the caller gave an audit context (one line per use case). */
export async function audit(
  store: Store,
  context: AuditContext | undefined,
  entry: Omit<AuditEntry, 'at' | 'actor'>,
): Promise<void> {
  if (context) await recordAudit(store.db, { ...entry, at: context.at, actor: context.actor });
}

/** Records an action on one community, named by slug (after an import created it, say). */
export async function auditCommunity(
  store: Store,
  context: AuditContext | undefined,
  slug: string,
  entry: Omit<AuditEntry, 'at' | 'actor' | 'communityId'>,
): Promise<void> {
  if (!context) return;
  const community = await findCommunityBySlug(store.db, slug);
  await audit(store, context, { ...entry, communityId: community?.id ?? null });
}
