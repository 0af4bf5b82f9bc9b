import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SurveyResponse } from '../../model/survey.js';
import { SUPPRESSED_GROUP, segmentsBy } from './segments.js';

function response(id: number, d1: number | null): SurveyResponse {
  return {
    id: String(id),
    respondent: null,
    submittedAt: null,
    consent: { quotes: false, identified: false },
    answers: { D1: d1 },
  };
}

const DIMENSIONS = [{ id: 'domain', items: ['D1'] }];

describe('segmentsBy', () => {
  it('folds a small group and the next smallest into one suppressed row', () => {
    const regions = ['A', 'A', 'A', 'A', 'A', 'A', 'A', 'B', 'B', 'B', 'B', 'B', 'B', 'C', 'C'];
    const responses = regions.map((_, i) => response(i, 4));
    const rows = segmentsBy(
      'region',
      responses,
      regions.map((region) => ({ region })),
      DIMENSIONS,
      5,
    );
    expect(rows.map((r) => [r.group, r.n])).toEqual([
      ['A', 7],
      [SUPPRESSED_GROUP, null],
    ]);
  });

  it('never shows a figure that lets a reader recover a group under 5', () => {
    const sample = fc.array(
      fc.record({
        region: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
        d1: fc.option(fc.integer({ min: 1, max: 5 })),
      }),
      { minLength: 5, maxLength: 60 },
    );
    fc.assert(
      fc.property(sample, (rows) => {
        const responses = rows.map((r, i) => response(i, r.d1));
        const segments = segmentsBy('region', responses, rows, DIMENSIONS, 5);
        const shown = segments.filter((s) => !s.suppressed);
        const shownTotal = shown.reduce((sum, s) => sum + (s.n ?? 0), 0);
        const sizes = new Map<string, number>();
        for (const r of rows) sizes.set(r.region, (sizes.get(r.region) ?? 0) + 1);
        const rest = rows.length - shownTotal;
        const hiddenGroups = [...sizes].filter(([g]) => !shown.some((s) => s.group === g));
        const rowsSafe =
          shown.every((s) => (s.n ?? 0) >= 5) &&
          (hiddenGroups.length === 0 || (hiddenGroups.length >= 2 && rest >= 5));
        // Per dimension: the scored respondents of hidden cells are 0, or ≥ 5 over ≥ 2 groups.
        const scored = (g: string) => rows.filter((r) => r.region === g && r.d1 !== null).length;
        const hiddenCells = [...sizes.keys()].filter(
          (g) =>
            scored(g) > 0 &&
            (shown.find((s) => s.group === g)?.dimensions[0]?.score ?? null) === null,
        );
        const hiddenScored = hiddenCells.reduce((sum, g) => sum + scored(g), 0);
        // Under 5 scored overall, the dimension's overall score is withheld: nothing to subtract from.
        const scoredTotal = rows.filter((r) => r.d1 !== null).length;
        const cellsSafe =
          scoredTotal < 5 ||
          hiddenCells.length === 0 ||
          (hiddenCells.length >= 2 && hiddenScored >= 5);
        return rowsSafe && cellsSafe;
      }),
    );
  });
});
