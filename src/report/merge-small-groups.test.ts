import { describe, expect, it } from 'vitest';
import { mergeSmallGroups } from './merge-small-groups.js';

const row = (group: string, members: number, activeMembers = 0) => ({
  group,
  members,
  share: members / 20,
  activeMembers,
});

describe('mergeSmallGroups', () => {
  it('keeps groups of 5 or more, largest first', () => {
    const merged = mergeSmallGroups([row('Estrie', 5), row('Montréal', 9)]);
    expect(merged.map((r) => r.group)).toEqual(['Montréal', 'Estrie']);
    expect(merged.every((r) => !r.others)).toBe(true);
  });

  it('merges every group under 5 into one trailing row', () => {
    const merged = mergeSmallGroups([row('Laval', 2, 1), row('Montréal', 9), row('Estrie', 4, 2)]);
    expect(merged).toHaveLength(2);
    expect(merged[1]).toMatchObject({ others: true, members: 6, activeMembers: 3 });
    expect(merged[1]!.share).toBeCloseTo(0.3);
  });

  it('returns nothing for an empty distribution', () => {
    expect(mergeSmallGroups([])).toEqual([]);
  });
});
