import { describe, expect, it } from 'vitest';
import { parseGitDate } from './git-date.js';

describe('parseGitDate', () => {
  it('reads strict ISO, --date=iso and the default format, in UTC', () => {
    expect(parseGitDate('2024-03-14T14:03:45-04:00')).toBe('2024-03-14T18:03:45.000Z');
    expect(parseGitDate('2024-03-14 14:03:45 -0400')).toBe('2024-03-14T18:03:45.000Z');
    expect(parseGitDate('Sat Nov 2 17:45:30 2024 +0100')).toBe('2024-11-02T16:45:30.000Z');
  });

  it('refuses a day without a time, and words', () => {
    expect(parseGitDate('2024-03-14')).toBeUndefined();
    expect(parseGitDate('Xyz Foo 2 17:45:30 2024 +0100')).toBeUndefined();
  });
});
