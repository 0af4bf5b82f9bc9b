import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, restoreFormulaText } from './spreadsheet-cell.js';

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 6 12', "'+33 6 12"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ['Bonjour = salut', 'Bonjour = salut'],
    ['', ''],
  ])('%j becomes %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
});

describe('csvField', () => {
  it('keeps numbers as numbers, even negative ones', () => {
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(null)).toBe('');
  });

  it('quotes a neutralised formula that holds a comma or a quote', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('never lets a text field start with a formula character once unquoted', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const field = csvField(text);
        const unquoted = field.startsWith('"') ? field.slice(1) : field;
        expect(/^[=+\-@\t\r]/.test(unquoted)).toBe(false);
      }),
      { seed: 10, numRuns: 500 },
    );
  });
});

describe('restoreFormulaText', () => {
  it('round-trips every text through neutraliseFormula', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(restoreFormulaText(neutraliseFormula(text))).toBe(text);
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it("keeps an apostrophe that does not guard a formula: it's text", () => {
    expect(restoreFormulaText("'tis")).toBe("'tis");
  });
});
