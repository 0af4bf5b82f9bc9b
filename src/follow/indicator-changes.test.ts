import { describe, expect, it } from 'vitest';
import type { DiagnosisIndicator } from '../model/diagnosis.js';
import { higherIsBetter } from './indicator-changes.js';

const indicator = (green: string): DiagnosisIndicator => ({
  id: 'x',
  label: { fr: 'x', en: 'x' },
  value: 1,
  status: 'green',
  thresholds: { green, red: '', evidence: 'E' },
  source: 'activity',
});

describe('higherIsBetter', () => {
  it('reads the polarity from the green threshold', () => {
    expect(higherIsBetter(indicator('>= 0.25'))).toBe(true);
    expect(higherIsBetter(indicator('< 0.5'))).toBe(false);
    expect(higherIsBetter(indicator('<= 56'))).toBe(false);
    expect(higherIsBetter(indicator('trend'))).toBeNull();
  });
});
