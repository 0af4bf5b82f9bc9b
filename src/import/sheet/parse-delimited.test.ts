import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineIndex } from './line-index.js';
import { parseDelimited } from './parse-delimited.js';

interface Parsed {
  readonly record: string[];
  readonly info: { readonly bytes: number };
}

/** What csv-parse 7 (the reader before parseDelimited) gives, with each record's line. */
function reference(text: string, delimiter: string) {
  const buffer = Buffer.from(text, 'utf8');
  const lines = lineIndex(buffer);
  try {
    const records = parse(buffer, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: true,
    }) as unknown as Parsed[];
    return {
      ok: true,
      records: records.map((r, i) => ({
        line: lines.lineOfContentAt(records[i - 1]?.info.bytes ?? 0),
        cells: r.record,
      })),
    };
  } catch {
    return { ok: false };
  }
}

const CHARS = ['a', 'é', ',', ';', '\t', '"', '""', '\n', '\r', '\r\n', ' ', 'b'];

describe('parseDelimited', () => {
  it('reads quoted cells, doubled quotes, line breaks in cells and empty lines', () => {
    expect(parseDelimited('a,"b ""c"""\n\n1,"x\r\ny"\r\n2,', ',')).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['a', 'b "c"'] },
        { line: 3, cells: ['1', 'x\r\ny'] },
        { line: 5, cells: ['2', ''] },
      ],
    });
  });

  it('keeps quotes inside unquoted cells, and a quoted cell followed by text as written', () => {
    const parsed = parseDelimited('a"b,"c"d,"e""f"g\n', ',');
    expect(parsed.ok && parsed.records[0]?.cells).toEqual(['a"b', '"c"d', '"e"f"g']);
  });

  it('reports the line where a quote opens and never closes', () => {
    expect(parseDelimited('a,b\n1,2\n"x\ny,3\n', ',')).toEqual({ ok: false, unclosedQuoteLine: 3 });
  });

  it('starts where it is told, counting lines from there', () => {
    const parsed = parseDelimited('sep=;\r\na;b\r\n1;2', ';', 7, 2);
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 2, cells: ['a', 'b'] },
        { line: 3, cells: ['1', '2'] },
      ],
    });
  });

  it('gives the same records and lines as csv-parse for any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CHARS), { maxLength: 80 }),
        fc.constantFrom(',', ';', '\t'),
        (chars, delimiter) => {
          const text = chars.join('');
          const expected = reference(text, delimiter);
          const actual = parseDelimited(text, delimiter);
          expect(actual.ok).toBe(expected.ok);
          if (actual.ok) expect(actual.records).toEqual(expected.records);
        },
      ),
      { seed: 4, numRuns: 3000 },
    );
  });
});
