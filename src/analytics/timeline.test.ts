import { describe, expect, it } from 'vitest';
import { activityIndex } from './activity-index.js';
import { parseDay } from './day.js';
import { attended, contribution, dataset, event, member, message } from './fixtures/build.js';
import { timeline } from './timeline.js';

describe('timeline', () => {
  // Jan: 1 and 2 attend; Feb: 1 writes; Mar: 2 comes back and 3 (joined in Feb) contributes.
  const data = dataset({
    members: [
      member(1, { joinedAt: '2024-01-01' }),
      member(2),
      member(3, { joinedAt: '2024-02-10' }),
    ],
    events: [event(10, '2024-01-15'), event(11, '2024-03-20')],
    attendance: [...attended(10, 1, 2), ...attended(11, 2)],
    messages: [message(1, 1, '2024-02-02T09:00:00Z'), message(2, 1, '2024-02-03T09:00:00Z')],
    contributions: [contribution(1, 3, '2024-03-05')],
  });
  const points = timeline(activityIndex(data, parseDay('2024-04-30')));

  it('covers every month from the first record to asOf', () => {
    expect(points.map((p) => p.month)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
  });

  it('counts active, new, returning and lapsed members', () => {
    expect(
      points.map((p) => [p.activeMembers, p.newMembers, p.returningMembers, p.lapsedMembers]),
    ).toEqual([
      [2, 2, 0, 0], // 1 joined, 2 has no joinedAt: new at its first activity
      [1, 1, 0, 1], // 3 joined; 2 lapsed
      [2, 0, 1, 1], // 2 returns, 3 is active for the first time (not returning); 1 lapsed
      [0, 0, 0, 2],
    ]);
  });

  it('counts records per month', () => {
    expect(points.map((p) => [p.events, p.attendances, p.messages, p.contributions])).toEqual([
      [1, 2, 0, 0],
      [0, 0, 2, 0],
      [1, 1, 0, 1],
      [0, 0, 0, 0],
    ]);
  });

  it('is empty without any dated record', () => {
    expect(
      timeline(activityIndex(dataset({ members: [member(1)] }), parseDay('2024-04-30'))),
    ).toEqual([]);
  });
});
