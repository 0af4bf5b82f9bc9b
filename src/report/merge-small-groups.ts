/** One row of a diversity distribution (analysis `diversity.*`). */
export interface GroupCount {
  group: string;
  members: number;
  share: number;
  activeMembers: number;
}

/** A distribution row after merging: `others` marks the merged row. */
export interface MergedGroup extends GroupCount {
  others: boolean;
}

/** Smallest group shown on its own (product.md §3.10: never a group under 5 people). */
export const MIN_GROUP_SIZE = 5;

/**
 * Merges every group under {@link MIN_GROUP_SIZE} members into one trailing `others` row, and
 * sorts the rest by size (largest first, then by name) so the order is deterministic.
 *
 * @example
 * mergeSmallGroups([{ group: 'Laval', members: 2, share: 0.1, activeMembers: 1 }])
 * // [{ group: '', members: 2, share: 0.1, activeMembers: 1, others: true }]
 */
export function mergeSmallGroups(rows: readonly GroupCount[]): MergedGroup[] {
  const kept = rows
    .filter((row) => row.members >= MIN_GROUP_SIZE)
    .sort((a, b) => b.members - a.members || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0))
    .map((row) => ({ ...row, others: false }));
  const small = rows.filter((row) => row.members < MIN_GROUP_SIZE);
  if (small.length === 0) return kept;
  const others = small.reduce(
    (sum, row) => ({
      group: '',
      members: sum.members + row.members,
      share: sum.share + row.share,
      activeMembers: sum.activeMembers + row.activeMembers,
      others: true,
    }),
    { group: '', members: 0, share: 0, activeMembers: 0, others: true },
  );
  return [...kept, others];
}
