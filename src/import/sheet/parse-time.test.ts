import { describe, expect, it } from 'vitest';
import { parseTime } from './parse-time.js';

describe('parseTime', () => {
  it.each([
    ['14:30', 14, 30, 0],
    ['14 h 30', 14, 30, 0],
    ['9h', 9, 0, 0],
    ['2:30 PM', 14, 30, 0],
    ['12:05 am', 0, 5, 0],
    ['14:30-04:00', 14, 30, -240],
  ])('reads %s', (input, hour, minute, offsetMinutes) => {
    expect(parseTime(input)).toMatchObject({ hour, minute, offsetMinutes });
  });

  it.each(['24:00', '10:75', '13:00 PM', 'midi'])('rejects %s', (input) => {
    expect(parseTime(input)).toBeUndefined();
  });
});
