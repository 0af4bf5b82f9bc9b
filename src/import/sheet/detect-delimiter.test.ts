import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './detect-delimiter.js';

describe('detectDelimiter', () => {
  it('finds semicolons as French Excel writes them', () => {
    expect(detectDelimiter('Courriel;Nom;Région\r\na@b.ca;Ana;Laval')).toBe(';');
  });

  it('finds tabs', () => {
    expect(detectDelimiter('Nom\tCourriel\n')).toBe('\t');
  });

  it('ignores delimiters inside quotes', () => {
    expect(detectDelimiter('"Nom, prénom";"Courriel, travail";Région\n')).toBe(';');
  });

  it('looks at the first non-empty line and defaults to commas', () => {
    expect(detectDelimiter('\n\nemail,name\n')).toBe(',');
    expect(detectDelimiter('email\n')).toBe(',');
  });
});
