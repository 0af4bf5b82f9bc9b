import type { Community } from '../model/community.js';
import { PoulsError } from '../model/pouls-error.js';
import { findCommunityBySlug, listCommunities, type Store } from '../store/index.js';

/**
 * The community a command works on: the one named by `--community`, or the only one in the
 * store. Throws `not_found` or `ambiguous_community` otherwise.
 */
export async function resolveCommunity(store: Store, slug?: string): Promise<Community> {
  if (slug) {
    const found = await findCommunityBySlug(store.db, slug);
    if (!found)
      throw new PoulsError('not_found', `community ${slug} not found`, { params: { slug } });
    return found;
  }
  const all = await listCommunities(store.db);
  if (all.length === 1) return all[0]!;
  if (all.length === 0)
    throw new PoulsError('not_found', 'the store holds no community', { params: { slug: '' } });
  throw new PoulsError('ambiguous_community', 'several communities: name one', {
    params: { slugs: all.map((c) => c.slug).join(', ') },
  });
}
