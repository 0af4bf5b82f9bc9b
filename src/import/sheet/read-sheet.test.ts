import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csv, fixture, issuesOf } from '../test-support/fixture.js';
import { readSheet } from './read-sheet.js';

describe('readSheet', () => {
  it('keeps physical line numbers across CRLF, blank lines and multi-line cells', () => {
    const result = readSheet(csv('a,b\r\n1,2\r\n\r\n"x\r\ny",3\r\n,\r\n4,5'), 'f.csv');
    expect(result).toEqual({
      ok: true,
      value: {
        file: 'f.csv',
        header: ['a', 'b'],
        headerLine: 1,
        rows: [
          { line: 2, cells: ['1', '2'] },
          { line: 4, cells: ['x\r\ny', '3'] },
          { line: 7, cells: ['4', '5'] },
        ],
      },
    });
  });

  it('follows and skips Excel’s sep= line', () => {
    const result = readSheet(csv('sep=;\r\nNom, prénom;Courriel\r\nRoy, Jean;j@r.ca\r\n'), 'f.csv');
    expect(result.ok && result.value).toMatchObject({
      header: ['Nom, prénom', 'Courriel'],
      headerLine: 2,
      rows: [{ line: 3, cells: ['Roy, Jean', 'j@r.ca'] }],
    });
  });

  it('counts a lone CR as a line break', () => {
    const result = readSheet(csv('a,b\r1,2\r3,4\r'), 'f.csv');
    expect(result.ok && result.value.rows.map((row) => row.line)).toEqual([2, 3]);
  });

  it('reads a UTF-16 LE file with tabs', () => {
    const result = readSheet(fixture('presences-teams-utf16.csv'), 'p.csv');
    expect(result.ok && result.value.header).toEqual(['Événement', 'Date', 'Courriel', 'Rôle']);
  });

  it('tolerates a stray delimiter at the end of a line', () => {
    const result = readSheet(csv('a,b\n1,2,\n'), 'f.csv');
    expect(result.ok && result.value.rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });

  it('reports an unclosed quote at the line where it opens', () => {
    expect(issuesOf(readSheet(fixture('guillemet-non-ferme.csv'), 'g.csv'))).toEqual([
      { code: 'unreadable_file', file: 'g.csv', line: 3, params: { reason: 'unclosed_quote' } },
    ]);
  });

  it('reports every row whose number of cells differs from the header', () => {
    const issues = issuesOf(readSheet(csv('a,b,c\n1,2,3\n4,5\n6,7,8,9\n'), 'f.csv'));
    expect(issues.map((issue) => [issue.line, issue.params])).toEqual([
      [3, { reason: 'column_count' }],
      [4, { reason: 'column_count' }],
    ]);
  });

  it('reports an empty file, and a file with a header only', () => {
    expect(issuesOf(readSheet(fixture('vide.csv'), 'vide.csv'))).toEqual([
      { code: 'empty_file', file: 'vide.csv', params: {} },
    ]);
    expect(issuesOf(readSheet(csv('email,name\r\n,\r\n'), 'f.csv'))[0]?.code).toBe('empty_file');
  });

  it('refuses binary content', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
    expect(issuesOf(readSheet(zip, 'f.xlsx'))[0]).toMatchObject({
      code: 'unreadable_file',
      params: { reason: 'binary' },
    });
  });

  it('gives a sheet or issues for any bytes, never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = readSheet(bytes, 'x.csv');
        if (result.ok) expect(result.value.rows.length).toBeGreaterThan(0);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
    );
  });

  it('gives rows with increasing lines for any delimited text', () => {
    const text = fc.array(fc.constantFrom('a', 'é', ',', ';', '\t', '"', '\n', '\r\n', ' '), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(text, (chars) => {
        const result = readSheet(csv(chars.join('')), 'x.csv');
        if (!result.ok) return;
        const lines = result.value.rows.map((row) => row.line);
        expect(lines).toEqual([...lines].sort((a, b) => a - b));
        expect(lines[0]).toBeGreaterThan(result.value.headerLine);
      }),
    );
  });
});
