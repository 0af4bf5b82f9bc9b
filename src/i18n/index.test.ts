import { describe, expect, it } from 'vitest';
import * as en from './en/index.js';
import * as fr from './fr/index.js';
import { translator } from './index.js';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('translator', () => {
  it('speaks French and English', () => {
    expect(translator('fr')('common:level.core')).toBe('noyau');
    expect(translator('en')('common:level.core')).toBe('core');
  });

  it('has the same keys in both catalogues', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
  });
});
