import { describe, expect, it } from 'vitest';
import { formatter, frenchTypography, NBSP, NNBSP } from './format.js';

const fr = formatter('fr');
const en = formatter('en');

describe('formatter', () => {
  it('writes French numbers with a no-break space and a decimal comma', () => {
    expect(fr.number(1234567.891, 2)).toBe(`1${NBSP}234${NBSP}567,89`);
    expect(fr.number(0.5, 1)).toBe('0,5');
  });

  it('writes English numbers with a comma and a decimal point', () => {
    expect(en.number(1234567.891, 2)).toBe('1,234,567.89');
  });

  it('writes percentages with a no-break space in French only', () => {
    expect(fr.percent(0.42)).toBe(`42${NBSP}%`);
    expect(fr.percent(0.083)).toBe(`8${NBSP}%`);
    expect(fr.percent(0.125, 1)).toBe(`12,5${NBSP}%`);
    expect(en.percent(0.42)).toBe('42%');
  });

  it('writes dates in words', () => {
    expect(fr.date('2024-03-12')).toBe('12 mars 2024');
    expect(en.date('2024-03-12')).toBe('March 12, 2024');
    expect(fr.date('2024-12-01T15:30:00Z')).toBe('1er décembre 2024');
    expect(en.date('2024-12-01')).toBe('December 1, 2024');
  });

  it('writes months in words and abbreviated', () => {
    expect(fr.month('2024-03')).toBe('mars 2024');
    expect(en.month('2024-03')).toBe('March 2024');
    expect(fr.shortMonth('2024-01')).toBe('janv. 24');
  });
});

describe('frenchTypography', () => {
  it('puts no-break spaces before colons and inside guillemets', () => {
    expect(frenchTypography('Stade : « maturation »')).toBe(
      `Stade${NBSP}: «${NBSP}maturation${NBSP}»`,
    );
  });

  it('puts narrow no-break spaces before ; ! ?', () => {
    expect(frenchTypography('Oui ; non ! Vraiment ?')).toBe(
      `Oui${NNBSP}; non${NNBSP}! Vraiment${NNBSP}?`,
    );
  });

  it('adds the missing space inside guillemets and before %', () => {
    expect(frenchTypography('«oui» 25 %')).toBe(`«${NBSP}oui${NBSP}» 25${NBSP}%`);
  });

  it('leaves times and addresses alone', () => {
    expect(frenchTypography('à 10:30, voir https://exemple.org')).toBe(
      'à 10:30, voir https://exemple.org',
    );
  });

  it('is applied by the French formatter only', () => {
    expect(en.text('Note : yes')).toBe('Note : yes');
    expect(fr.text('Note : oui')).toBe(`Note${NBSP}: oui`);
  });
});
