import { type AuditEntry, listAudit, type Store } from '../store/index.js';
import { resolveCommunity } from './resolve-community.js';

/**
 * The audit log, newest first (`pouls audit`): one community's, or the whole installation's
 * when no community is named.
 */
export async function listAuditLog(
  store: Store,
  options: { community?: string | undefined; limit?: number } = {},
): Promise<Array<AuditEntry & { id: number }>> {
  const communityId = options.community
    ? (await resolveCommunity(store, options.community)).id
    : undefined;
  return listAudit(store.db, {
    ...(communityId !== undefined ? { communityId } : {}),
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
  });
}
