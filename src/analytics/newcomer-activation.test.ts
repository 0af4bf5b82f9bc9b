import { describe, expect, it } from 'vitest';
import { activityIndex } from './activity-index.js';
import { parseDay } from './day.js';
import { attended, dataset, event, member } from './fixtures/build.js';
import { newcomerActivation } from './newcomer-activation.js';

const AS_OF = parseDay('2024-12-31');

describe('newcomerActivation', () => {
  it('is the share of last year’s newcomers who took part within 90 days of joining', () => {
    const data = dataset({
      members: [
        member(1, { joinedAt: '2024-03-01' }), // attends 2024-04-01: activated
        member(2, { joinedAt: '2024-03-01' }), // attends 2024-09-01: too late
        member(3, { joinedAt: '2024-06-01' }), // never takes part
        member(4, { joinedAt: '2024-11-01' }), // joined less than 90 days before asOf: left out
        member(5, { joinedAt: '2023-06-01' }), // joined more than a year ago: left out
        member(6, { joinedAt: '2024-03-01', staff: true }), // staff: left out
        member(7), // unknown join date: left out
      ],
      events: [event(10, '2024-04-01'), event(11, '2024-09-01')],
      attendance: [...attended(10, 1, 5, 6, 7), ...attended(11, 2, 4)],
    });
    expect(newcomerActivation(activityIndex(data, AS_OF))).toBeCloseTo(1 / 3, 12);
  });

  it('is null without newcomers', () => {
    expect(newcomerActivation(activityIndex(dataset({ members: [member(1)] }), AS_OF))).toBeNull();
  });
});
