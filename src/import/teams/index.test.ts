import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportKind } from '../importer.js';
import { batchOf, csv, issuesOf } from '../test-support/fixture.js';
import { teamsImporter } from './index.js';

function bytesOf(name: string): Uint8Array {
  return readFileSync(new URL(`../../../test/fixtures/teams/${name}`, import.meta.url));
}

function utf16(text: string): Uint8Array {
  return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
}

function read(bytes: Uint8Array, kind: ImportKind = 'attendance') {
  return teamsImporter.read({ bytes, fileName: 'teams.csv', kind, options: {} });
}

describe('teamsImporter', () => {
  it('detects English and French reports, not a native UTF-16 sheet', () => {
    expect(teamsImporter.detect(bytesOf('presences-en.csv'), 'a.csv')).toBe(true);
    expect(teamsImporter.detect(bytesOf('presences-fr-ca.csv'), 'a.csv')).toBe(true);
    expect(teamsImporter.detect(utf16('Événement\tDate\tCourriel\r\n'), 'a.csv')).toBe(false);
  });

  it('creates the event from the summary, reading en-US short dates', () => {
    const { events } = batchOf(read(bytesOf('presences-en.csv')));
    expect(events).toEqual([
      {
        externalId: 'teams:2024-03-14T13:58:12.000Z:Atelier infolettres',
        title: 'Atelier infolettres',
        date: '2024-03-14T13:58:12.000Z',
        end: '2024-03-14T15:32:40.000Z',
        format: 'virtual',
        kind: null,
        theme: null,
        organizer: null,
        registrants: null,
      },
    ]);
  });

  it('gives one attendance per participant with its role', () => {
    const { attendance } = batchOf(read(bytesOf('presences-en.csv')));
    expect(attendance.map((a) => [a.person, a.role])).toEqual([
      [{ email: 'marie.tremblay@lavitrine.com', name: 'Marie Tremblay' }, 'host'],
      [{ email: 'jp.gagnon@festivaldete.qc.ca', name: 'Jean-Pierre Gagnon' }, 'speaker'],
      [{ email: 'a.cote@theatredurideau.ca', name: 'Amélie Côté' }, 'participant'],
      [{ name: 'Luc Bélanger' }, 'participant'],
    ]);
  });

  it('reads a fr-CA report', () => {
    const { events, attendance } = batchOf(read(bytesOf('presences-fr-ca.csv')));
    expect(events[0]).toMatchObject({
      title: 'Rencontre régionale – Mauricie',
      date: '2024-04-18T09:28:40.000Z',
      end: '2024-04-18T11:05:13.000Z',
    });
    expect(attendance.map((a) => a.role)).toEqual(['host', 'speaker', 'participant']);
  });

  it('falls back to the activities, one attendance per person who joined several times', () => {
    const { attendance } = batchOf(read(bytesOf('activites-seulement-en.csv')));
    expect(attendance.map((a) => a.person.name)).toEqual([
      'Marie Tremblay',
      'Jean-Pierre Gagnon',
      'Amélie Côté',
      'Luc Bélanger',
    ]);
  });

  it('yields the event alone for kind events', () => {
    const batch = batchOf(read(bytesOf('presences-fr-ca.csv'), 'events'));
    expect([batch.events.length, batch.attendance.length]).toEqual([1, 0]);
  });

  it('reports a missing summary and a bad start time with their line', () => {
    expect(issuesOf(read(utf16('2. Participants\r\nName\tEmail\r\nA\ta@b.ca\r\n')))).toEqual([
      { code: 'missing_section', file: 'teams.csv', line: 1, params: { section: '1. Summary' } },
    ]);
    const bad = utf16('1. Summary\r\nMeeting title\tX\r\nStart time\tsoon\r\n');
    expect(issuesOf(read(bad))).toEqual([
      {
        code: 'invalid_value',
        file: 'teams.csv',
        line: 3,
        columnNumber: 2,
        params: { value: 'soon', expected: 'date' },
      },
    ]);
  });

  it('never throws, whatever the bytes', () => {
    const report = bytesOf('presences-en.csv');
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.string().map((text) => utf16(`1. Summary\r\nMeeting title\tX\r\n${text}`)),
      fc.nat(report.length).map((n) => report.slice(0, n)),
    );
    fc.assert(
      fc.property(input, (bytes) => {
        expect(typeof read(bytes).ok).toBe('boolean');
        expect(typeof read(csv('x')).ok).toBe('boolean');
      }),
    );
  });
});
