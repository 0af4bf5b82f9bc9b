import { describe, expect, it } from 'vitest';
import { PoulsError } from '../model/pouls-error.js';
import { resolveOptions } from './analyse-options.js';
import { parseDay } from './day.js';
import { DEFAULT_LEVEL_RULES } from './participation-levels.js';

describe('resolveOptions', () => {
  it('fills in the defaults', () => {
    expect(resolveOptions({ asOf: '2024-12-31' })).toEqual({
      asOf: '2024-12-31',
      asOfDay: parseDay('2024-12-31'),
      windowDays: 90,
      sinceDay: null,
      seed: 1,
      levelRules: DEFAULT_LEVEL_RULES,
      exactBetweennessMaxNodes: 2000,
      betweennessPivots: 256,
      diversityTargets: {},
      layoutMaxNodes: 5000,
      layoutIterations: 100,
    });
  });

  it('keeps the diversity targets', () => {
    const { diversityTargets } = resolveOptions({
      asOf: '2024-12-31',
      diversityTargets: { region: ['Côte-Nord'] },
    });
    expect(diversityTargets).toEqual({ region: ['Côte-Nord'] });
  });

  it('merges partial level rules', () => {
    const { levelRules } = resolveOptions({
      asOf: '2024-12-31',
      levelRules: { coreMinActiveMonths: 9 },
    });
    expect(levelRules).toEqual({ ...DEFAULT_LEVEL_RULES, coreMinActiveMonths: 9 });
  });

  it.each([{ asOf: '31/12/2024' }, { asOf: '2024-13-01' }, { asOf: '2024-12-31', windowDays: 0 }])(
    'rejects %j as a usage error',
    (options) => {
      expect(() => resolveOptions(options)).toThrow(PoulsError);
    },
  );
});
