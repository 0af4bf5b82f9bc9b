import { describe, expect, it } from 'vitest';
import { normaliseHeader } from './normalise-header.js';

describe('normaliseHeader', () => {
  it.each([
    ["Date d'adhésion", 'date d adhesion'],
    ['  RÉGION   Administrative ', 'region administrative'],
    ['joined_at', 'joined at'],
    ['E-mail', 'e mail'],
    ['Discipline(s)', 'discipline s'],
    ['Date d’adhésion', 'date d adhesion'],
    ['ŒUVRE', 'oeuvre'],
  ])('normalises %j', (input, expected) => {
    expect(normaliseHeader(input)).toBe(expected);
  });
});
