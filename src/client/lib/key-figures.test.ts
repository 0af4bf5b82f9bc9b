import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../model/analysis.js';
import type { Diagnosis, DiagnosisIndicator } from '../../model/diagnosis.js';
import { boundValue, keyFigures, statusOf, worse } from './key-figures.js';

function indicator(id: string, status: DiagnosisIndicator['status']): DiagnosisIndicator {
  return {
    id,
    label: { fr: id, en: id },
    value: 0,
    status,
    thresholds: { green: '', red: '', evidence: 'E' },
    source: 'activity',
  };
}

const analysis = {
  windowDays: 90,
  members: { total: 120, active: 39, new: 4, staff: 3, byLevel: {} },
  participation: {
    facilitatorShare: 0.65,
    newcomerActivation: null,
    retention: 0.72,
    levelMoves: { up: 25, down: 14 },
  },
  rhythm: { activitiesPerYear: 10, longestGapDays: 111 },
} as unknown as Analysis;

const diagnosis = {
  indicators: [
    indicator('P1', 'green'),
    indicator('P3', 'amber'),
    indicator('P4', 'green'),
    indicator('P5', 'unknown'),
    indicator('P6', 'green'),
    indicator('R1', 'green'),
    indicator('R1.gap', 'red'),
  ],
} as unknown as Diagnosis;

describe('keyFigures', () => {
  it('gives the report six figures with the diagnosis colours', () => {
    const figures = keyFigures(analysis, diagnosis);
    expect(figures.map((f) => [f.id, f.status])).toEqual([
      ['P1', 'green'],
      ['P3', 'amber'],
      ['P4', 'green'],
      ['P5', 'none'],
      ['P6', 'green'],
      ['R1', 'red'],
    ]);
    expect(figures[0]?.value).toBeCloseTo(39 / 120);
    expect(figures[2]?.detail.rate).toBeCloseTo((25 / 120) * 100);
    expect(figures[3]?.value).toBeNull();
  });

  it('carries the bounds the diagnosis applied, for the threshold sentence', () => {
    const tuned = {
      ...diagnosis,
      indicators: diagnosis.indicators.map((i) =>
        i.id === 'P1' ? { ...i, thresholds: { green: '>= 0.3', red: '< 0.05', evidence: 'E' } } : i,
      ),
    } as Diagnosis;
    expect(keyFigures(analysis, tuned)[0]?.limits).toEqual({ green: 0.3, red: 0.05 });
    expect(boundValue('<= 56')).toBe(56);
    expect(boundValue('> -0.3')).toBe(-0.3);
    expect(boundValue('')).toBeNull();
  });

  it('reads a missing or unknown indicator as a plain reference and keeps the worse colour', () => {
    expect(statusOf(undefined)).toBe('none');
    expect(worse('green', 'amber')).toBe('amber');
    expect(worse('red', 'green')).toBe('red');
    expect(worse('none', 'green')).toBe('green');
  });
});
