import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../model/diagnosis.js';
import type { PlanTarget } from '../model/plan.js';
import { expectedValue, targetStandings } from './target-standings.js';

const up: PlanTarget = {
  indicator: 'R1',
  current: 6,
  goal: 6,
  direction: 'up',
  at6: 9,
  at12: 12,
  actions: [],
};
const down: PlanTarget = {
  indicator: 'P3',
  current: 0.8,
  goal: 0.5,
  direction: 'down',
  at6: 0.7,
  at12: 0.6,
  actions: [],
};

function diagnosis(values: Record<string, number | null>): Diagnosis {
  return {
    schemaVersion: 1,
    community: { slug: 'c', name: 'C' },
    asOf: '2025-01-01',
    indicators: Object.entries(values).map(([id, value]) => ({
      id,
      label: { fr: id, en: id },
      value,
      status: 'unknown' as const,
      thresholds: { green: '>= 0', red: '< 0', evidence: 'E' as const },
      source: 'activity' as const,
    })),
    findings: [],
    stage: { stage: 'maturing', relaunch: false, evidence: [] },
    survey: null,
  };
}

describe('expectedValue', () => {
  it('follows start → 6 months → 12 months linearly, then stays at the 12-month target', () => {
    expect(expectedValue(up, 0)).toBe(6);
    expect(expectedValue(up, 3)).toBe(7.5);
    expect(expectedValue(up, 9)).toBe(10.5);
    expect(expectedValue(up, 18)).toBe(12);
  });
});

describe('targetStandings', () => {
  it('reads met, on track and not met in the target’s direction', () => {
    const at = (r1: number | null, p3: number | null) =>
      targetStandings([up, down], diagnosis({ R1: r1, P3: p3 }), 6).map((s) => s.standing);
    expect(at(12, 0.6)).toEqual(['met', 'met']);
    expect(at(9, 0.7)).toEqual(['onTrack', 'onTrack']);
    expect(at(8.9, 0.71)).toEqual(['notMet', 'notMet']);
    expect(at(null, 0.75)).toEqual(['unknown', 'notMet']);
  });
});
