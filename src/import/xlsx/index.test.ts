import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportKind } from '../importer.js';
import { readWith } from '../importer.js';
import { nativeCsvImporter } from '../sheet/native-csv-importer.js';
import { batchOf, issuesOf } from '../test-support/fixture.js';
import { xlsxImporter } from './index.js';

function bytesOf(name: string): Uint8Array {
  return readFileSync(new URL(`../../../test/fixtures/xlsx/${name}`, import.meta.url));
}

function read(name: string, kind: ImportKind) {
  return readWith(xlsxImporter, { bytes: bytesOf(name), fileName: name, kind, options: {} });
}

describe('xlsxImporter', () => {
  it('detects workbooks saved by Excel and by LibreOffice, not other files', () => {
    expect(xlsxImporter.detect(bytesOf('membres-excel.xlsx'), 'export')).toBe(true);
    expect(xlsxImporter.detect(bytesOf('membres-libreoffice.xlsx').slice(0, 600), 'x')).toBe(true);
    expect(xlsxImporter.detect(bytesOf('archive-pas-xlsx.xlsx'), 'archive.zip')).toBe(false);
    expect(xlsxImporter.detect(bytesOf('membres-libreoffice.csv'), 'membres.csv')).toBe(false);
  });

  it('reads a LibreOffice workbook exactly like the CSV it was made from', async () => {
    for (const [name, kind] of [
      ['membres-libreoffice', 'members'],
      ['presences-libreoffice', 'attendance'],
    ] as const) {
      const fromCsv = nativeCsvImporter.read({
        bytes: bytesOf(`${name}.csv`),
        fileName: `${name}.xlsx`,
        kind,
        options: {},
      });
      expect(batchOf(await read(`${name}.xlsx`, kind))).toEqual(batchOf(fromCsv));
    }
  });

  it('reads Excel cells: hyperlinks, rich text, dates as Dates, serials and formulas', async () => {
    const { members } = batchOf(await read('membres-excel.xlsx', 'members'));
    expect(members.map((m) => [m.emails[0], m.name, m.joinedAt, m.staff])).toEqual([
      ['marie.tremblay@lavitrine.com', 'Marie Tremblay', '2022-09-15', true],
      ['jp.gagnon@festivaldete.qc.ca', 'Jean-Pierre Gagnon', '2023-01-20', false],
      ['a.cote@theatredurideau.ca', 'Amélie Côté', '2023-11-02', false],
    ]);
  });

  it('keeps the time of date-time cells and the result of formulas', async () => {
    const { events } = batchOf(await read('evenements-excel.xlsx', 'events'));
    expect(events.map((e) => [e.title, e.date, e.end, e.format, e.registrants])).toEqual([
      [
        'Atelier infolettres',
        '2024-03-14T13:30:00.000Z',
        '2024-03-14T15:00:00.000Z',
        'virtual',
        42,
      ],
      ['Rencontre régionale', '2024-04-18T09:30:00.000Z', null, 'hybrid', 25],
    ]);
  });

  it('gives issues with the row number as line', async () => {
    const issues = issuesOf(await read('membres-excel.xlsx', 'ties'));
    expect(issues[0]).toMatchObject({ code: 'missing_column', file: 'membres-excel.xlsx' });
  });

  it('reports a truncated workbook and a zip that is no workbook as unreadable', async () => {
    expect(issuesOf(await read('membres-tronque.xlsx', 'members'))).toEqual([
      { code: 'unreadable_file', file: 'membres-tronque.xlsx', params: { reason: 'xlsx' } },
    ]);
    expect(issuesOf(await read('archive-pas-xlsx.xlsx', 'members'))).toEqual([
      { code: 'unreadable_file', file: 'archive-pas-xlsx.xlsx', params: { reason: 'not_xlsx' } },
    ]);
  });

  it('never throws, whatever the bytes', async () => {
    const prefix = bytesOf('membres-excel.xlsx');
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.nat(prefix.length).map((n) => prefix.slice(0, n)),
    );
    await fc.assert(
      fc.asyncProperty(input, async (bytes) => {
        const result = await readWith(xlsxImporter, {
          bytes,
          fileName: 'f.xlsx',
          kind: 'members',
          options: {},
        });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 60 },
    );
  });
});
