import { type MergeSuggestion, suggestMerges } from '../import/identity/suggest-merges.js';
import type { Result } from '../model/issue.js';
import {
  distinctPairs,
  loadDataset,
  markDistinct,
  mergeMembers,
  pairKey,
  type Store,
  splitMember,
} from '../store/index.js';
import { resolveCommunity } from './resolve-community.js';

/** A merge suggestion with the two members' names, for a person to review. */
export interface NamedSuggestion extends MergeSuggestion {
  readonly keepName: string;
  readonly otherName: string;
}

/**
 * Lists likely duplicates in one community, best first (`pouls identities suggest`), without
 * the pairs a steward said are two people (`markNotSame`).
 */
export async function suggestIdentities(
  store: Store,
  community?: string,
): Promise<NamedSuggestion[]> {
  const found = await resolveCommunity(store, community);
  const dataset = await loadDataset(store.db, found, { messageTexts: false });
  const distinct = await distinctPairs(store.db, found.id);
  const names = new Map(dataset.members.map((m) => [m.id, m.name]));
  const open = suggestMerges(dataset.members).filter(
    (s) => !distinct.has(pairKey(s.keepId, s.otherId)),
  );
  return open.map((s) => ({
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

/**
 * Records that two members are two people, not one (`pouls identities distinct A B`, the web
 * app's "not the same person"): their pair leaves the merge suggestions for good.
 */
export async function markNotSame(
  store: Store,
  options: { community?: string; firstId: number; secondId: number; today: string },
): Promise<Result<{ firstId: number; secondId: number }>> {
  const community = await resolveCommunity(store, options.community);
  return markDistinct(store.db, community.id, options.firstId, options.secondId, options.today);
}
