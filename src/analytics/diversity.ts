import type { Member } from '../model/member.js';
import type { ActivityIndex } from './activity-index.js';

/** Label of the group of members whose attribute is not filled in. */
export const UNKNOWN_GROUP = '(unknown)';

/** One group of a distribution: members, their share of all members, and how many are active. */
export interface DistributionGroup {
  group: string;
  members: number;
  share: number;
  activeMembers: number;
}

/** Distributions of members by region, discipline and kind of organisation (product.md §3.2). */
export interface Diversity {
  region: DistributionGroup[];
  discipline: DistributionGroup[];
  orgType: DistributionGroup[];
}

/**
 * Members and active members by region (Québec's administrative regions), discipline and
 * organisation type, staff left out. A member with several disciplines counts in each, so
 * discipline shares may add up to more than 1; a missing value counts in `UNKNOWN_GROUP`.
 * Groups are sorted by decreasing size, then by name.
 */
export function diversity(index: ActivityIndex, isActive: Uint8Array): Diversity {
  return {
    region: distribution(index, isActive, (m) => [m.region]),
    discipline: distribution(index, isActive, (m) => m.disciplines),
    orgType: distribution(index, isActive, (m) => [m.orgType]),
  };
}

function distribution(
  index: ActivityIndex,
  isActive: Uint8Array,
  groupsOf: (member: Member) => readonly (string | null)[],
): DistributionGroup[] {
  const groups = new Map<string, { members: number; activeMembers: number }>();
  let total = 0;
  index.members.forEach((member, m) => {
    if (index.isStaff[m] === 1) return;
    total++;
    const names = new Set(
      groupsOf(member).map((g) => (g === null || g.trim() === '' ? UNKNOWN_GROUP : g)),
    );
    if (names.size === 0) names.add(UNKNOWN_GROUP);
    for (const name of names) {
      const group = groups.get(name) ?? { members: 0, activeMembers: 0 };
      group.members++;
      group.activeMembers += isActive[m] as number;
      groups.set(name, group);
    }
  });
  return [...groups.entries()]
    .map(([group, counts]) => ({ group, ...counts, share: counts.members / total }))
    .map(({ group, members, share, activeMembers }) => ({ group, members, share, activeMembers }))
    .sort((a, b) => b.members - a.members || compareText(a.group, b.group));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Shannon diversity index H = −Σ p_i ln p_i over group counts (Shannon 1948), in nats; 0 for a
 * single group. Divide by ln k for evenness (Pielou 1966).
 * @example shannonIndex([1, 1]) // Math.LN2
 */
export function shannonIndex(counts: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i] as number;
  if (total === 0) return 0;
  let h = 0;
  for (let i = 0; i < counts.length; i++) {
    const p = (counts[i] as number) / total;
    if (p > 0) h -= p * Math.log(p);
  }
  return h;
}
