import { describe, expect, it } from 'vitest';
import { activityIndex } from './activity-index.js';
import { parseDay } from './day.js';
import { diversity, shannonIndex, UNKNOWN_GROUP } from './diversity.js';
import { dataset, member } from './fixtures/build.js';

describe('diversity', () => {
  const data = dataset({
    members: [
      member(1, { region: 'Montréal', disciplines: ['Théâtre', 'Danse'], orgType: 'OBNL' }),
      member(2, { region: 'Montréal', disciplines: ['Théâtre'] }),
      member(3, { region: 'Estrie', disciplines: [] }),
      member(4, { region: 'Montréal', staff: true }),
    ],
  });
  const index = activityIndex(data, parseDay('2024-12-31'));
  const result = diversity(index, Uint8Array.from([1, 0, 1, 1]));

  it('counts non-staff members and active members per region', () => {
    expect(result.region).toEqual([
      { group: 'Montréal', members: 2, share: 2 / 3, activeMembers: 1 },
      { group: 'Estrie', members: 1, share: 1 / 3, activeMembers: 1 },
    ]);
  });

  it('counts a member in each of its disciplines, and missing values as unknown', () => {
    expect(result.discipline.map((g) => [g.group, g.members])).toEqual([
      ['Théâtre', 2],
      [UNKNOWN_GROUP, 1],
      ['Danse', 1],
    ]);
    expect(result.orgType.map((g) => [g.group, g.members])).toEqual([
      [UNKNOWN_GROUP, 2],
      ['OBNL', 1],
    ]);
  });
});

describe('shannonIndex', () => {
  it.each([
    [[5], 0],
    [[1, 1], Math.LN2],
    [[1, 1, 1, 1], Math.log(4)],
    [[0, 0], 0],
  ])('shannonIndex(%j) = %d', (counts, expected) => {
    expect(shannonIndex(counts)).toBeCloseTo(expected, 12);
  });
});
