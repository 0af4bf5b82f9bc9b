import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue.js';
import { ANALYSIS_120 } from './fixtures/community-120.js';
import { fitsStage } from './stage-fit.js';
import { targets } from './targets.js';

const byId = (id: string) => CATALOGUE.find((a) => a.id === id)!;

describe('fitsStage', () => {
  it('keeps sunset decisions for a community in transformation', () => {
    expect(fitsStage(byId('A28'), 'stewardship', true)).toBe(false);
    expect(fitsStage(byId('A28'), 'transformation', false)).toBe(true);
  });

  it('lets a relaunched community go back through coalescing and maturing', () => {
    expect(fitsStage(byId('A14'), 'stewardship', true)).toBe(true);
    expect(fitsStage(byId('A3'), 'stewardship', true)).toBe(true);
  });

  it('fits the current and the next stage of a young community', () => {
    expect(fitsStage(byId('A3'), 'potential', false)).toBe(true);
    expect(fitsStage(byId('A24'), 'potential', false)).toBe(false);
  });
});

describe('targets', () => {
  it('moves each indicator towards its goal by the combined effect of the actions', () => {
    const [p1, p3, p5, r1] = targets(ANALYSIS_120, [
      byId('A5'),
      byId('A22'),
      byId('A10'),
      byId('A6'),
    ]);
    // P3: 0.85 + (0.5 − 0.85) × (1 − 0.7 × 0.7) = 0.6715.
    expect(p3?.at12).toBeCloseTo(0.6715, 9);
    expect(p3?.at6).toBeCloseTo((0.85 + 0.6715) / 2, 9);
    expect(p5?.at12).toBeCloseTo(0.12 + 0.28 * 0.4, 9);
    expect(p1?.actions).toEqual(['A6']);
    expect(r1).toMatchObject({ current: 4, at12: 8, goal: 6 });
  });

  it('never moves an indicator that meets its goal backwards', () => {
    const healthy = { ...ANALYSIS_120, members: { ...ANALYSIS_120.members, active: 61 } };
    const [p1] = targets(healthy, [byId('A6')]);
    expect(p1?.at12).toBeCloseTo(0.5, 9);
  });
});
