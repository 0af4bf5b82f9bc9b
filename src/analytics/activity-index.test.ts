import { describe, expect, it } from 'vitest';
import {
  ATTENDANCE,
  activityIndex,
  CONTRIBUTION,
  countByMember,
  MESSAGE,
} from './activity-index.js';
import { NO_DAY, parseDay } from './day.js';
import { attended, contribution, dataset, event, member, message } from './fixtures/build.js';

const AS_OF = parseDay('2024-12-31');

describe('activityIndex', () => {
  const data = dataset({
    members: [
      member(3, { joinedAt: '2024-01-01', staff: true }),
      member(1),
      member(2, { joinedAt: '2025-02-01' }),
      member(4),
      member(5),
    ],
    events: [event(10, '2024-06-01', { organizerId: 3 }), event(11, '2025-01-15')],
    attendance: [
      ...attended(10, 1, 2),
      { eventId: 10, memberId: 3, role: 'host' },
      ...attended(11, 1),
    ],
    messages: [message(1, 1, '2024-07-01T10:00:00Z'), message(2, 5, '2025-03-01T10:00:00Z')],
    contributions: [contribution(1, 1, '2024-08-01'), contribution(2, 99, '2024-08-01')],
  });
  const index = activityIndex(data, AS_OF);

  it('keeps the members that exist at asOf, sorted by id', () => {
    // 2 joins after asOf; 5 has no joinedAt and its only activity is after asOf; 4 has nothing.
    expect(index.members.map((m) => m.id)).toEqual([1, 3, 4]);
    expect(Array.from(index.isStaff)).toEqual([0, 1, 0]);
    expect(index.joinDay[1]).toBe(parseDay('2024-01-01'));
    expect(index.joinDay[0]).toBe(NO_DAY);
  });

  it('keeps activities up to asOf by existing members', () => {
    const rows = Array.from({ length: index.count }, (_, a) => [
      index.members[index.member[a] as number]?.id,
      index.kind[a],
      index.led[a],
    ]);
    expect(rows).toEqual([
      [1, ATTENDANCE, 0],
      [3, ATTENDANCE, 1],
      [1, MESSAGE, 0],
      [1, CONTRIBUTION, 0],
    ]);
  });

  it('dates events and messages once, NO_DAY after asOf', () => {
    expect(Array.from(index.eventDay)).toEqual([parseDay('2024-06-01'), NO_DAY]);
    expect(Array.from(index.eventOrganizer)).toEqual([1, -1]);
    expect(Array.from(index.messageDay)).toEqual([parseDay('2024-07-01'), NO_DAY]);
  });

  it('counts activities per member in a window', () => {
    expect(Array.from(countByMember(index, parseDay('2024-06-15'), AS_OF))).toEqual([2, 0, 0]);
  });
});
