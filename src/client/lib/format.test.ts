import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatNumber, formatPercent, typeset } from './format.js';

describe('client formatting', () => {
  it('writes numbers and shares the French and English ways', () => {
    expect(formatNumber('fr', 1234.56, 1)).toBe('1\u00a0234,6');
    expect(formatNumber('en', 1234.56, 1)).toBe('1,234.6');
    expect(formatPercent('fr', 0.325)).toBe('33\u00a0%');
    expect(formatPercent('en', 0.325)).toBe('33%');
    expect(formatPercent('fr', null)).toBe('n. d.');
  });

  it('reads dates in UTC so the day never shifts', () => {
    expect(formatDate('en', '2024-03-12')).toBe('Mar 12, 2024');
    expect(formatDate('fr', '2024-03-12T23:30:00Z')).toContain('12');
    expect(formatMonth('en', '2024-03')).toBe('Mar 24');
    expect(formatDate('fr', 'not a date')).toBe('not a date');
  });

  it('keeps French signs with their word: no line starts with « % » or « : »', () => {
    expect(typeset('fr', 'Sain : 25 % et plus ; « oui » !')).toBe(
      'Sain\u00a0: 25\u00a0% et plus\u202f; «\u00a0oui\u00a0»\u202f!',
    );
    expect(typeset('fr', 'à 10:30')).toBe('à 10:30');
    expect(typeset('en', 'Healthy : 25 %')).toBe('Healthy : 25 %');
  });
});
