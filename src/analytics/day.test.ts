import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  formatDay,
  formatMonth,
  monthOfDay,
  NO_DAY,
  parseDay,
  windowStart,
} from './day.js';

describe('parseDay', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2024-02-29', 19782],
    ['2024-03-12T23:59:59Z', 19794],
    ['2024-03-12 10:00', 19794],
    ['2024-03-12T23:30:00-05:00', 19795],
  ])('reads %s as day %d', (iso, day) => {
    expect(parseDay(iso)).toBe(day);
  });

  it.each(['', 'not a date', '2024-13-01', '12/03/2024'])('gives NO_DAY for %j', (iso) => {
    expect(parseDay(iso)).toBe(NO_DAY);
  });

  it('agrees with Date.UTC over four centuries', () => {
    for (let day = -150_000; day < 150_000; day += 997) {
      const { year, month, day: d } = civilFromDays(day);
      expect(Date.UTC(year, month - 1, d) / 86_400_000).toBe(day);
      expect(daysFromCivil(year, month, d)).toBe(day);
    }
  });
});

describe('formatting', () => {
  it('formats days and months', () => {
    expect(formatDay(19782)).toBe('2024-02-29');
    expect(monthOfDay(19782)).toBe(2024 * 12 + 1);
    expect(formatMonth(2024 * 12 + 1)).toBe('2024-02');
  });

  it('counts the window end as its last day', () => {
    expect(windowStart(100, 90)).toBe(11);
  });
});
