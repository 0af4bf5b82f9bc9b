import type { Community } from '../model/community.js';
import { PoulsError } from '../model/pouls-error.js';
import { findMembers, type MemberRow, type Store } from '../store/index.js';
import { resolveCommunity } from './resolve-community.js';

/**
 * The one member a reference names in a community (an id, an email or an exact name); a clear
 * error when none or several match.
 */
export async function findMember(
  store: Store,
  options: { community?: string | undefined; member: string },
): Promise<{ community: Community; member: MemberRow }> {
  const community = await resolveCommunity(store, options.community);
  const found = await findMembers(store.db, community.id, options.member);
  if (found.length === 0)
    throw new PoulsError('not_found', `no member ${options.member}`, {
      params: { key: 'privacy:error.memberNotFound', ref: options.member, slug: community.slug },
    });
  if (found.length > 1)
    throw new PoulsError('usage', `several members match ${options.member}`, {
      params: {
        key: 'privacy:error.memberAmbiguous',
        ref: options.member,
        candidates: found.map((m) => `${m.id} (${m.name})`).join(', '),
      },
    });
  return { community, member: found[0]! };
}
