import { describe, expect, it } from 'vitest';
import { readNative } from '../read-native.js';
import { batchOf, csv, issuesOf, readFixture } from '../test-support/fixture.js';

describe('readEvents', () => {
  it('reads ids, dates in several forms, formats in French and English', () => {
    const { events } = batchOf(readFixture('events', 'evenements.csv'));
    expect(events.map((e) => [e.externalId, e.date, e.end, e.format])).toEqual([
      ['ev-1', '2024-03-12T14:00:00.000Z', '2024-03-12T16:00:00.000Z', 'virtual'],
      ['2024-03-12|Découvrabilité, données et IA', '2024-03-12', null, 'in_person'],
      ['ev-3', '2023-05-01', null, 'hybrid'],
      ['ev-4', '2024-06-05T17:30:00.000Z', '2024-06-05T19:00:00.000Z', 'virtual'],
    ]);
  });

  it('reads the other columns, a multi-line cell included', () => {
    const { events } = batchOf(readFixture('events', 'evenements.csv'));
    expect(events[0]).toMatchObject({
      kind: 'atelier',
      theme: 'Référencement',
      organizer: { email: 'marie.tremblay@example.org' },
      registrants: 42,
    });
    expect(events[1]).toMatchObject({
      theme: 'Découvrabilité\ndes contenus',
      organizer: { name: 'Jean Roy' },
      registrants: null,
    });
  });

  it('reports a missing date column with the file, line 1 and the field', () => {
    expect(issuesOf(readFixture('events', 'evenements-sans-date.csv'))).toEqual([
      {
        code: 'missing_column',
        file: 'evenements-sans-date.csv',
        line: 1,
        params: { field: 'date' },
      },
    ]);
  });

  it('reports bad values of every column in one pass', () => {
    const text =
      'titre,date,format,inscrits\n,2024-01-10,virtuel,3\nAtelier,,à distance,-2\nB,2024-01-11,zoom,x\n';
    const issues = issuesOf(readNative('events', csv(text), 'e.csv'));
    expect(issues.map((i) => [i.line, i.column, i.code, i.params])).toEqual([
      [2, 'titre', 'required_value', { field: 'title' }],
      [3, 'date', 'required_value', { field: 'date' }],
      [3, 'inscrits', 'invalid_value', { value: '-2', expected: 'integer' }],
      [4, 'format', 'invalid_value', { value: 'zoom', expected: 'format' }],
      [4, 'inscrits', 'invalid_value', { value: 'x', expected: 'integer' }],
    ]);
  });
});
