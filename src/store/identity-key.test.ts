import { describe, expect, it } from 'vitest';
import { normaliseEmail, normaliseName } from './identity-key.js';

describe('normaliseEmail', () => {
  it.each([
    ['Marie.Roy+cppn@Gmail.com', 'marieroy@gmail.com'],
    ['marie.roy@googlemail.com', 'marieroy@gmail.com'],
    ['j.tremblay+infolettre@outlook.com', 'j.tremblay@outlook.com'],
    ['J.Tremblay+x@theatre.qc.ca', 'j.tremblay+x@theatre.qc.ca'],
    ['  Alice@Example.org ', 'alice@example.org'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });
});

describe('normaliseName', () => {
  it('ignores case, accents, hyphens and dots', () => {
    expect(normaliseName('Marie-Ève  Côté')).toBe(normaliseName('marie eve cote'));
    expect(normaliseName('J.-F. Tremblay')).toBe('j f tremblay');
  });
});
