import { describe, expect, it } from 'vitest';
import { activityIndex } from './activity-index.js';
import { parseDay } from './day.js';
import { attended, dataset, event, member } from './fixtures/build.js';
import { retention } from './retention.js';

const AS_OF = parseDay('2024-12-31');

describe('retention', () => {
  it('is the share of the previous year’s active members still active this year', () => {
    const data = dataset({
      members: [member(1), member(2), member(3), member(4), member(5, { staff: true })],
      events: [event(10, '2023-06-01'), event(11, '2024-06-01'), event(12, '2021-06-01')],
      // Previous year: 1, 2, 3 (and staff 5); this year: 1 and 4; 3 also in 2021.
      attendance: [...attended(10, 1, 2, 3, 5), ...attended(11, 1, 4), ...attended(12, 3)],
    });
    expect(retention(activityIndex(data, AS_OF))).toBeCloseTo(1 / 3, 12);
  });

  it('is null when nobody was active the previous year', () => {
    expect(retention(activityIndex(dataset({ members: [member(1)] }), AS_OF))).toBeNull();
  });
});
