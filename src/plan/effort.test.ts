import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue.js';
import {
  actionHours,
  baseCoordinationHours,
  CONSERVATIVE_CONTINGENCY,
  DEFAULT_EFFORT,
  effortSheet,
  fte,
  hoursPerFte,
  occurrences,
} from './effort.js';

const line = (setup: number, occurrences = 0, hoursPerOccurrence = 0) => ({
  setup,
  occurrences,
  hoursPerOccurrence,
});

/** method.md §5.2 worked example: a 100-member CoP in its relaunch year. */
const WORKED_EXAMPLE = [
  line(32), // needs survey + 8 interviews
  line(15), // design document / charter
  line(25), // relaunch event
  line(0, 10, 2.5), // core group
  line(0, 6, 7), // peer-exchange meetings
  line(0, 4, 8), // webinars
  line(0, 12, 4), // digests
  line(0, 12, 3), // knowledge-base curation
  line(0, 20, 0.5), // onboarding
  line(0, 2, 6), // sponsor reporting
  line(0, 8, 1), // value stories
  line(16), // annual health survey
  line(0, 46, 1.5), // base coordination
];

const byId = (id: string) => CATALOGUE.find((a) => a.id === id)!;

describe('effort', () => {
  it('reproduces method.md §5.2 worked example: ≈ 370 h, ≈ 480 h with contingency 1.3', () => {
    const { hours, planned } = effortSheet(WORKED_EXAMPLE, DEFAULT_EFFORT.contingency);
    expect(hours).toBe(370);
    expect(planned).toBeCloseTo(481, 6);
    expect(effortSheet(WORKED_EXAMPLE, CONSERVATIVE_CONTINGENCY).planned).toBe(740);
  });

  it('prices the worked example base coordination at 46 weeks × 1.5 h for 100 members', () => {
    expect(baseCoordinationHours(100, 12, DEFAULT_EFFORT)).toEqual({ low: 46, mid: 69, high: 92 });
  });

  it('counts a full-time year as 35 h × 46 weeks = 1,610 h and annualises FTE', () => {
    expect(hoursPerFte(DEFAULT_EFFORT)).toBe(1610);
    expect(fte(481, 12, DEFAULT_EFFORT)).toBeCloseTo(0.299, 3);
    expect(fte(161, 6, DEFAULT_EFFORT)).toBeCloseTo(0.2, 6);
  });

  it('computes setup + occurrences × hours per occurrence at low, mid and high', () => {
    // A8 digest, run phase: 12 a year × 8 months left in a 12-month plan = 8 issues.
    expect(occurrences(byId('A8'), 12, 0)).toEqual({ low: 8, mid: 8, high: 8 });
    expect(actionHours(byId('A8'), 12, 0)).toEqual({
      low: 4 + 8 * 3,
      mid: 5 + 8 * 4,
      high: 6 + 8 * 5,
    });
    // A10 onboarding: per newcomer, from the relaunch month (9 months of 20 newcomers a year).
    expect(occurrences(byId('A10'), 12, 20).mid).toBe(15);
    // A1: a one-off, 8–12 interviews whatever the horizon.
    expect(occurrences(byId('A1'), 24, 0)).toEqual({ low: 8, mid: 10, high: 12 });
  });

  it('lands the worked example actions near 370 h at catalogue mid values over a full year', () => {
    const ids = ['A1', 'A2', 'A3', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10', 'A17', 'A18', 'A19'];
    // A 16-month horizon gives every run-phase action 12 months, as the worked example counts.
    const actions = ids.reduce((sum, id) => sum + actionHours(byId(id), 16, 20).mid, 0);
    const total = actions + baseCoordinationHours(100, 12, DEFAULT_EFFORT).mid;
    expect(total).toBeGreaterThan(370 * 0.9);
    expect(total).toBeLessThan(370 * 1.25);
  });
});
