import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportKind, ImportOptions } from '../importer.js';
import { batchOf, csv, issuesOf } from '../test-support/fixture.js';
import { zoomImporter } from './index.js';

function bytesOf(name: string): Uint8Array {
  return readFileSync(new URL(`../../../test/fixtures/zoom/${name}`, import.meta.url));
}

function read(bytes: Uint8Array, kind: ImportKind = 'attendance', options: ImportOptions = {}) {
  return zoomImporter.read({ bytes, fileName: 'zoom.csv', kind, options });
}

describe('zoomImporter', () => {
  it('detects English and French reports, not other CSV files', () => {
    expect(zoomImporter.detect(bytesOf('participants-en.csv'), 'x.csv')).toBe(true);
    expect(zoomImporter.detect(bytesOf('participants-fr.csv'), 'x.csv')).toBe(true);
    expect(zoomImporter.detect(csv('Courriel,Nom\n'), 'membres.csv')).toBe(false);
  });

  it('creates the event from the meeting summary', () => {
    const { events } = batchOf(read(bytesOf('participants-en.csv')));
    expect(events).toEqual([
      {
        externalId: 'zoom:84512349876:2024-03-14',
        title: 'Atelier infolettres, automatisation',
        date: '2024-03-14T13:58:12.000Z',
        end: '2024-03-14T15:32:40.000Z',
        format: 'virtual',
        kind: null,
        theme: null,
        organizer: { email: 'animation@lavitrine.com' },
        registrants: null,
      },
    ]);
  });

  it('gives one attendance per person, whatever the number of joins', () => {
    const { attendance } = batchOf(read(bytesOf('participants-en.csv')));
    expect(attendance.map((a) => [a.person, a.role])).toEqual([
      [{ email: 'animation@lavitrine.com', name: 'CPPN animation' }, 'host'],
      [{ email: 'jp.gagnon@festivaldete.qc.ca', name: 'Jean-Pierre Gagnon' }, 'participant'],
      [{ email: 'a.cote@theatredurideau.ca', name: 'Côté, Amélie' }, 'participant'],
      [{ name: 'iPhone de Luc' }, 'participant'],
    ]);
    expect(attendance[0]?.event).toEqual({
      externalId: 'zoom:84512349876:2024-03-14',
      title: 'Atelier infolettres, automatisation',
      date: '2024-03-14T13:58:12.000Z',
    });
  });

  it('reads a French report, day first, meeting id without its spaces', () => {
    const { events, attendance } = batchOf(read(bytesOf('participants-fr.csv')));
    expect(events[0]).toMatchObject({
      externalId: 'zoom:84512349876:2024-04-18',
      title: 'Rencontre régionale – Mauricie',
      date: '2024-04-18T09:28:40.000Z',
    });
    expect(attendance).toHaveLength(3);
  });

  it('falls back to the language for dates that cannot tell day from month', () => {
    const text = bytesOf('participants-fr.csv').toString().replaceAll('18/04/2024', '03/04/2024');
    expect(batchOf(read(csv(text))).events[0]?.date).toBe('2024-04-03T09:28:40.000Z');
    const forced = read(csv(text), 'attendance', { dateFormat: 'mdy' });
    expect(batchOf(forced).events[0]?.date).toBe('2024-03-04T09:28:40.000Z');
  });

  it('yields the event alone for kind events', () => {
    const batch = batchOf(read(bytesOf('participants-en.csv'), 'events'));
    expect([batch.events.length, batch.attendance.length]).toEqual([1, 0]);
  });

  it('reports a report without its summary', () => {
    expect(issuesOf(read(bytesOf('sans-resume.csv')))).toEqual([
      { code: 'missing_section', file: 'zoom.csv', line: 1, params: { section: 'Meeting ID' } },
    ]);
  });

  it('reports a participant row without name or email at its line', () => {
    const text = `${bytesOf('participants-en.csv').toString()},,03/14/2024 02:10:00 PM,,1,Yes,,No\r\n`;
    expect(issuesOf(read(csv(text)))).toEqual([
      {
        code: 'required_value',
        file: 'zoom.csv',
        line: 11,
        column: 'Name (Original Name)',
        columnNumber: 1,
        params: { field: 'participant' },
      },
    ]);
  });

  it('never throws, whatever the bytes', () => {
    const report = bytesOf('participants-en.csv');
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.string().map((text) => csv(`Meeting ID,Topic,Start Time\n${text}`)),
      fc.nat(report.length).map((n) => report.slice(0, n)),
    );
    fc.assert(
      fc.property(input, (bytes) => {
        expect(typeof read(bytes).ok).toBe('boolean');
      }),
    );
  });
});
