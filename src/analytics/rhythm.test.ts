import { describe, expect, it } from 'vitest';
import { activityIndex } from './activity-index.js';
import { parseDay } from './day.js';
import { dataset, event } from './fixtures/build.js';
import { median, rhythm } from './rhythm.js';

const AS_OF = parseDay('2024-12-31');

describe('rhythm', () => {
  it('counts events of the last 12 months and the gaps between event days', () => {
    const data = dataset({
      events: [
        event(1, '2023-11-01'), // before the window
        event(2, '2024-01-10'),
        event(3, '2024-01-10'), // same day: one event day
        event(4, '2024-02-09'), // +30
        event(5, '2024-05-09'), // +90
        event(6, '2024-06-08'), // +30
        event(7, '2025-01-15'), // after asOf
      ],
    });
    expect(rhythm(activityIndex(data, AS_OF))).toEqual({
      activitiesPerYear: 5,
      longestGapDays: 90,
      medianGapDays: 30,
      daysSinceLastEvent: 206,
    });
  });

  it('has no gaps under two event days', () => {
    const data = dataset({ events: [event(1, '2024-03-01')] });
    expect(rhythm(activityIndex(data, AS_OF))).toMatchObject({
      longestGapDays: null,
      medianGapDays: null,
    });
    expect(rhythm(activityIndex(dataset(), AS_OF)).daysSinceLastEvent).toBeNull();
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 4, 9])).toBe(3);
  });
});
