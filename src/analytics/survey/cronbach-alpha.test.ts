import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cronbachAlpha, sampleVariance } from './cronbach-alpha.js';

describe('cronbachAlpha', () => {
  // Textbook example: Denis, D. J. (2016). Applied Univariate, Bivariate, and Multivariate
  // Statistics. Wiley, ch. 2 (SPSS RELIABILITY on 10 people × 5 items). Published output:
  // Cronbach's alpha 0.633; item means 7.3, 8.8, 9.1, 9.4, 7.0; standard deviations 2.71006,
  // 5.05085, 4.74810, 2.71621, 3.80058.
  const denis = [
    [10, 12, 15, 11, 12],
    [12, 18, 12, 12, 1],
    [8, 16, 14, 14, 4],
    [6, 8, 16, 8, 6],
    [4, 7, 8, 7, 5],
    [6, 6, 3, 7, 3],
    [3, 4, 6, 5, 8],
    [7, 3, 7, 9, 9],
    [8, 9, 4, 10, 10],
    [9, 5, 6, 11, 12],
  ];

  it('reproduces the textbook example of Denis (2016): alpha 0.633', () => {
    expect(Number((cronbachAlpha(denis) ?? Number.NaN).toFixed(3))).toBe(0.633);
    const columns = [0, 1, 2, 3, 4].map((i) => denis.map((row) => row[i] as number));
    expect(columns.map((c) => c.reduce((a, b) => a + b, 0) / c.length)).toEqual([
      7.3, 8.8, 9.1, 9.4, 7,
    ]);
    expect(columns.map((c) => Number(Math.sqrt(sampleVariance(c)).toFixed(5)))).toEqual([
      2.71006, 5.05085, 4.7481, 2.71621, 3.80058,
    ]);
  });

  // Worked example (3 items, 4 respondents) of the "Cronbach's alpha" guide on calkulon.com,
  // checked by hand: item variances 5/3, 2.75/3, 5/3 (sum 4.25); totals 13, 10, 15, 7 have
  // variance 36.75/3 = 12.25; α = 3/2 · (1 − 4.25/12.25) = 48/49 ≈ 0.9796.
  const rows = [
    [4, 5, 4],
    [3, 4, 3],
    [5, 5, 5],
    [2, 3, 2],
  ];

  it('matches the hand-worked example', () => {
    expect(cronbachAlpha(rows)).toBeCloseTo(48 / 49, 12);
  });

  it('leaves out incomplete rows (listwise)', () => {
    expect(cronbachAlpha([...rows, [1, null, 5]])).toBeCloseTo(48 / 49, 12);
  });

  it('is 1 for identical items and null without variance or items', () => {
    expect(
      cronbachAlpha([
        [1, 1],
        [2, 2],
        [4, 4],
      ]),
    ).toBeCloseTo(1, 12);
    expect(
      cronbachAlpha([
        [3, 3],
        [3, 3],
      ]),
    ).toBeNull();
    expect(cronbachAlpha([[1], [2]])).toBeNull();
  });

  it('equals the covariance form k/(k−1) · Σ_{i≠j} cov(i, j) / var(total)', () => {
    const matrix = fc.integer({ min: 2, max: 5 }).chain((k) =>
      fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: k, maxLength: k }), {
        minLength: 3,
        maxLength: 30,
      }),
    );
    fc.assert(
      fc.property(matrix, (data) => {
        const k = data[0]?.length ?? 0;
        const totals = data.map((row) => row.reduce((a, b) => a + b, 0));
        const totalVariance = sampleVariance(totals);
        const alpha = cronbachAlpha(data);
        if (totalVariance === 0) return alpha === null;
        let covariances = 0;
        for (let i = 0; i < k; i++) {
          for (let j = 0; j < k; j++) if (i !== j) covariances += covariance(data, i, j);
        }
        return (
          Math.abs((alpha ?? Number.NaN) - (k / (k - 1)) * (covariances / totalVariance)) < 1e-9
        );
      }),
    );
  });
});

function covariance(data: number[][], i: number, j: number): number {
  const n = data.length;
  const mi = data.reduce((s, r) => s + (r[i] as number), 0) / n;
  const mj = data.reduce((s, r) => s + (r[j] as number), 0) / n;
  return data.reduce((s, r) => s + ((r[i] as number) - mi) * ((r[j] as number) - mj), 0) / (n - 1);
}
