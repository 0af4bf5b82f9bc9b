import { type MergeSuggestion, suggestMerges } from '../import/identity/suggest-merges.js';
import type { Result } from '../model/issue.js';
import { loadDataset, mergeMembers, type Store, splitMember } from '../store/index.js';
import { resolveCommunity } from './resolve-community.js';

/** A merge suggestion with the two members' names, for a person to review. */
export interface NamedSuggestion extends MergeSuggestion {
  readonly keepName: string;
  readonly otherName: string;
}

/** Lists likely duplicates in one community, best first (`pouls identities suggest`). */
export async function suggestIdentities(
  store: Store,
  community?: string,
): Promise<NamedSuggestion[]> {
  const dataset = await loadDataset(store.db, await resolveCommunity(store, community), {
    messageTexts: false,
  });
  const names = new Map(dataset.members.map((m) => [m.id, m.name]));
  return suggestMerges(dataset.members).map((s) => ({
    ...s,
    keepName: names.get(s.keepId) ?? '',
    otherName: names.get(s.otherId) ?? '',
  }));
}

/** Merges a member into another after a person confirmed it (`pouls identities merge KEEP OTHER`). */
export async function mergeIdentities(
  store: Store,
  options: { community?: string; keepId: number; otherId: number },
): Promise<Result<{ mergeId: number }>> {
  const community = await resolveCommunity(store, options.community);
  return mergeMembers(store.db, community.id, options.keepId, options.otherId);
}

/** Undoes the latest merge involving a member (`pouls identities split ID`). */
export async function splitIdentities(
  store: Store,
  options: { community?: string; memberId: number },
): Promise<Result<{ keptId: number; restoredId: number }>> {
  const community = await resolveCommunity(store, options.community);
  return splitMember(store.db, community.id, options.memberId);
}
