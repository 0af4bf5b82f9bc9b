import { describe, expect, it } from 'vitest';
import { normaliseRegion } from './normalise-region.js';

describe('normaliseRegion', () => {
  it.each([
    ['06', 'Montréal'],
    ['6', 'Montréal'],
    ['06 - Montréal', 'Montréal'],
    ['06 – Montréal', 'Montréal'],
    ['Montreal', 'Montréal'],
    ['MONTRÉAL', 'Montréal'],
    ['Saguenay-Lac-Saint-Jean', 'Saguenay–Lac-Saint-Jean'],
    ['Saguenay–Lac-St-Jean', 'Saguenay–Lac-Saint-Jean'],
    ['11 - Gaspésie-Îles-de-la-Madeleine', 'Gaspésie–Îles-de-la-Madeleine'],
    ['Region 17', 'Centre-du-Québec'],
    [' cote-nord ', 'Côte-Nord'],
  ])('reads %j as %s', (input, expected) => {
    expect(normaliseRegion(input)).toBe(expected);
  });

  it('keeps an unknown region as written, trimmed', () => {
    expect(normaliseRegion(' Ontario ')).toBe('Ontario');
    expect(normaliseRegion('18')).toBe('18');
  });
});
