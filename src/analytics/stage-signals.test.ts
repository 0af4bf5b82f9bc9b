import { describe, expect, it } from 'vitest';
import { activityIndex } from './activity-index.js';
import { parseDay } from './day.js';
import { attended, contribution, dataset, event, member } from './fixtures/build.js';
import { LEVEL_RANK } from './participation-levels.js';
import { rhythm } from './rhythm.js';
import { stageSignals } from './stage-signals.js';

describe('stageSignals', () => {
  const data = dataset({
    members: [member(1), member(2), member(3, { staff: true })],
    events: [event(10, '2023-03-01'), event(11, '2024-03-01')],
    attendance: [...attended(10, 1, 2), ...attended(11, 1)],
    contributions: [contribution(1, 2, '2024-06-01')],
  });
  const index = activityIndex(data, parseDay('2024-12-31'));
  const signals = stageSignals(data, index, {
    levels: Uint8Array.from([LEVEL_RANK.core, LEVEL_RANK.occasional, LEVEL_RANK.core]),
    rhythm: rhythm(index),
    facilitatorShare: 0.25,
    retention: 1,
  });

  it('gathers age, activity, core and trend signals', () => {
    expect(signals).toMatchObject({
      ageDays: parseDay('2024-12-31') - parseDay('2023-03-01'),
      activitiesLastYear: 2,
      eventsPerYear: 1,
      coreMembers: 1, // staff are not counted in P2
      coreShare: 0.5,
      contributionsPerYear: 1,
      activeMembersTrend: 0, // two active members each year
      facilitatorShare: 0.25,
      facilitatorShareBefore: 0,
    });
  });

  it('computes retention one year earlier', () => {
    expect(signals.retentionBefore).toBeNull();
  });
});
