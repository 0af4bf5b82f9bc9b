import { describe, expect, it } from 'vitest';
import {
  activationStatus,
  activeShareStatus,
  facilitatorStatus,
  levelMovesStatus,
  retentionStatus,
  rhythmStatus,
} from './indicators.js';

describe('method.md §4.1 thresholds', () => {
  it.each([
    [0.08, 'red'],
    [0.1, 'amber'],
    [0.24, 'amber'],
    [0.25, 'green'],
  ] as const)('P1 active share %s is %s', (share, status) => {
    expect(activeShareStatus(share)).toBe(status);
  });

  it.each([
    [0.49, 'green'],
    [0.5, 'amber'],
    [0.8, 'amber'],
    [0.81, 'red'],
  ] as const)('P3 facilitator share %s is %s', (share, status) => {
    expect(facilitatorStatus(share)).toBe(status);
  });

  it.each([
    [0, 100, 'red'],
    [2, 100, 'amber'],
    [3, 100, 'green'],
    [1, 12, 'green'],
    [0, 0, 'none'],
  ] as const)('P4 %s moves up among %s members is %s', (up, members, status) => {
    expect(levelMovesStatus(up, members)).toBe(status);
  });

  it.each([
    [0.1, 'red'],
    [0.15, 'amber'],
    [0.4, 'green'],
    [null, 'none'],
  ] as const)('P5 newcomer activation %s is %s', (share, status) => {
    expect(activationStatus(share)).toBe(status);
  });

  it.each([
    [0.39, 'red'],
    [0.4, 'amber'],
    [0.6, 'green'],
  ] as const)('P6 retention %s is %s', (share, status) => {
    expect(retentionStatus(share)).toBe(status);
  });

  it.each([
    [8, 50, 'green'],
    [8, 70, 'amber'],
    [4, 50, 'amber'],
    [12, 90, 'red'],
    [1, null, 'red'],
  ] as const)('R1 %s activities a year, longest gap %s days, is %s', (perYear, gap, status) => {
    expect(rhythmStatus(perYear, gap)).toBe(status);
  });
});
