import { describe, expect, it } from 'vitest';
import { activityIndex } from './activity-index.js';
import { formatDay, parseDay } from './day.js';
import { attended, contribution, dataset, event, member } from './fixtures/build.js';
import { seasonality, seasonalityWindow } from './seasonality.js';

describe('seasonality', () => {
  const data = dataset({
    members: [member(1), member(2)],
    events: [event(10, '2023-03-14'), event(11, '2021-12-01'), event(12, '2021-11-30')],
    attendance: attended(10, 1, 2),
    contributions: [
      contribution(1, 1, '2024-03-02'),
      contribution(2, 1, '2022-07-20'),
      contribution(3, 2, '2024-12-05'), // month of asOf, not complete: left out
      contribution(4, 2, '2021-11-30'), // 37 months back: left out
    ],
  });
  const months = seasonality(activityIndex(data, parseDay('2024-12-10')));

  it('sums activities and events by calendar month over 36 complete months', () => {
    expect(months.map((m) => m.activities)).toEqual([0, 0, 3, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    expect(months.map((m) => m.events)).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('gives each month its share of the activity', () => {
    expect(months[2]?.share).toBe(0.75);
    expect(months[6]?.share).toBe(0.25);
    expect(months.reduce((sum, m) => sum + m.share, 0)).toBe(1);
  });

  it('ends the window on the last complete month', () => {
    const show = ({ from, to }: { from: number; to: number }) => [formatDay(from), formatDay(to)];
    expect(show(seasonalityWindow(parseDay('2024-12-10')))).toEqual(['2021-12-01', '2024-11-30']);
    expect(show(seasonalityWindow(parseDay('2024-12-31')))).toEqual(['2022-01-01', '2024-12-31']);
  });

  it('gives zero shares without activity', () => {
    const empty = seasonality(activityIndex(dataset(), parseDay('2024-12-31')));
    expect(empty).toHaveLength(12);
    expect(empty.every((m) => m.share === 0 && m.activities === 0)).toBe(true);
  });
});
