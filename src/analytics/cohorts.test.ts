import { describe, expect, it } from 'vitest';
import { activityIndex } from './activity-index.js';
import { cohorts } from './cohorts.js';
import { parseDay } from './day.js';
import { contribution, dataset, member } from './fixtures/build.js';

describe('cohorts', () => {
  // 2024-Q1: members 1 and 2 join on 1 Jan (day 0); 1 is active on day 100 and day 400, 2 only on
  // day 10. 2024-Q2: member 3 (no joinedAt) first acts on 1 Apr, again on day 120 after.
  // Staff member 4 joined in Q1 and is left out.
  const data = dataset({
    members: [
      member(1, { joinedAt: '2024-01-01' }),
      member(2, { joinedAt: '2024-01-01' }),
      member(3),
      member(4, { joinedAt: '2024-02-01', staff: true }),
    ],
    contributions: [
      contribution(1, 1, '2024-04-10'), // day 100 after 1 Jan
      contribution(2, 1, '2025-02-04'), // day 400
      contribution(3, 2, '2024-01-11'),
      contribution(4, 3, '2024-04-01'),
      contribution(5, 3, '2024-07-30'), // day 120 after 1 Apr
      contribution(6, 4, '2024-06-01'),
    ],
  });

  it('gives the share active 90–179 days and 365–454 days after joining, by quarter', () => {
    expect(cohorts(activityIndex(data, parseDay('2025-12-31')))).toEqual([
      { quarter: '2024-Q1', joined: 2, activeAfter90Days: 0.5, activeAfter1Year: 0.5 },
      { quarter: '2024-Q2', joined: 1, activeAfter90Days: 1, activeAfter1Year: 0 },
    ]);
  });

  it('leaves a share null while its window is still open for the quarter’s last joiner', () => {
    // 2024-Q2 ends on 30 Jun; its 90-day window closes on 30 Jun + 179 = 26 Dec 2024.
    const rows = cohorts(activityIndex(data, parseDay('2024-12-25')));
    expect(rows[0]).toMatchObject({ activeAfter90Days: 0.5, activeAfter1Year: null });
    expect(rows[1]).toMatchObject({ activeAfter90Days: null, activeAfter1Year: null });
    const later = cohorts(activityIndex(data, parseDay('2024-12-26')));
    expect(later[1]?.activeAfter90Days).toBe(1);
  });

  it('is empty without members', () => {
    expect(cohorts(activityIndex(dataset(), parseDay('2024-12-31')))).toEqual([]);
  });
});
