import { describe, expect, it } from 'vitest';
import { monthsBefore } from './retention.js';

describe('monthsBefore', () => {
  it.each([
    ['2024-11-15', 24, '2022-11-15'],
    ['2024-03-31', 1, '2024-02-29'],
    ['2023-03-31', 1, '2023-02-28'],
    ['2024-01-10', 1, '2023-12-10'],
    ['2024-01-10', 13, '2022-12-10'],
  ])('%s minus %i months is %s', (day, months, expected) => {
    expect(monthsBefore(day, months)).toBe(expected);
  });
});
