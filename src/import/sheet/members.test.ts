import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNative } from '../read-native.js';
import { batchOf, csv, issuesOf, readFixture } from '../test-support/fixture.js';

describe('readMembers', () => {
  it('reads a French Excel export (UTF-8 BOM, semicolons, CRLF, accented headers)', () => {
    const { members } = batchOf(readFixture('members', 'membres-excel-fr.csv'));
    expect(members).toHaveLength(4);
    expect(members[0]).toEqual({
      name: 'Marie Tremblay',
      emails: ['marie.tremblay@example.org'],
      handles: [],
      organization: 'Théâtre du Nouveau Monde',
      role: null,
      region: 'Montréal',
      disciplines: ['Théâtre'],
      orgType: 'Compagnie de création',
      joinedAt: '2022-03-15',
      leftAt: null,
      staff: false,
    });
  });

  it('normalises regions, splits disciplines and reads the staff column', () => {
    const { members } = batchOf(readFixture('members', 'membres-excel-fr.csv'));
    expect(members.map((m) => m.region)).toEqual([
      'Montréal',
      'Saguenay–Lac-Saint-Jean',
      'Capitale-Nationale',
      'Côte-Nord',
    ]);
    expect(members[1]?.disciplines).toEqual(['Chanson', 'Musique']);
    expect(members[2]?.disciplines).toEqual(['Patrimoine et muséologie', 'Arts visuels']);
    expect(members.map((m) => m.staff)).toEqual([false, true, false, true]);
  });

  it('names a member without a name by its email', () => {
    const { members } = batchOf(readFixture('members', 'membres-excel-fr.csv'));
    expect(members[3]?.name).toBe('l.cote@diffusion.ca');
  });

  it('decodes a Windows-1252 export with ’ « » – œ', () => {
    const { members } = batchOf(readFixture('members', 'membres-windows-1252.csv'));
    expect(members[0]?.organization).toBe('Centre d’artistes « Cœur »');
    expect(members[0]?.role).toBe('Responsable des communications – web');
    expect(members[0]?.region).toBe('Gaspésie–Îles-de-la-Madeleine');
    expect(members[1]).toMatchObject({ name: 'Paul Côté', region: 'Montréal' });
    expect(members[1]?.organization).toBe('Théâtre de l’Œil');
  });

  it('reports an invalid email with its line and column', () => {
    const issues = issuesOf(readFixture('members', 'membres-courriel-invalide.csv'));
    expect(issues).toEqual([
      {
        code: 'invalid_value',
        file: 'membres-courriel-invalide.csv',
        line: 3,
        column: 'Courriel',
        columnNumber: 1,
        params: { value: 'pas-un-courriel@', expected: 'email' },
      },
    ]);
  });

  it('reports every impossible date, not only the first', () => {
    const issues = issuesOf(readFixture('members', 'membres-date-impossible.csv'));
    expect(issues.map((i) => [i.line, i.code, i.params])).toEqual([
      [4, 'invalid_value', { value: '31/04/2024', expected: 'date' }],
      [5, 'invalid_value', { value: '2024-02-30', expected: 'date' }],
    ]);
  });

  it('asks for --date-format when day and month cannot be told apart', () => {
    const issues = issuesOf(readFixture('members', 'membres-date-ambigue.csv'));
    expect(issues).toEqual([
      {
        code: 'ambiguous_date',
        file: 'membres-date-ambigue.csv',
        line: 2,
        column: 'joined_at',
        columnNumber: 3,
        params: { value: '03/04/2024' },
      },
    ]);
  });

  it('reads ambiguous dates with --date-format', () => {
    const result = readFixture('members', 'membres-date-ambigue.csv', { dateFormat: 'mdy' });
    expect(batchOf(result).members.map((m) => m.joinedAt)).toEqual([
      '2024-03-04',
      '2024-05-06',
      '2023-12-11',
    ]);
  });

  it('needs an email or a name column', () => {
    const issues = issuesOf(readFixture('members', 'membres-colonnes-maison.csv'));
    expect(issues).toEqual([
      {
        code: 'missing_any_column',
        file: 'membres-colonnes-maison.csv',
        line: 1,
        params: { fields: ['email', 'name'] },
      },
    ]);
  });

  it('follows --map overrides', () => {
    const map = { adresse: 'email', Qui: 'nom', Depuis: 'joined_at' };
    const { members } = batchOf(readFixture('members', 'membres-colonnes-maison.csv', { map }));
    expect(members[0]).toMatchObject({ name: 'Ana', emails: ['a@example.org'] });
    expect(members[0]?.joinedAt).toBe('2024-01-15');
  });

  it('reports a row with neither email nor name', () => {
    const issues = issuesOf(readNative('members', csv('email,name,region\n,,Laval\n'), 'm.csv'));
    expect(issues).toEqual([
      {
        code: 'required_value',
        file: 'm.csv',
        line: 2,
        column: 'name',
        columnNumber: 2,
        params: { field: 'name' },
      },
    ]);
  });

  it('reports a staff value that is not yes or no', () => {
    const issues = issuesOf(readNative('members', csv('name,staff\nAna,peut-être\n'), 'm.csv'));
    expect(issues[0]).toMatchObject({ line: 2, params: { expected: 'yes_no' } });
  });

  it('returns a batch or issues for any bytes, never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = readNative('members', bytes, 'x.csv');
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('returns a batch or issues for any member-like text, never throws', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('a@b.co', '12/13/2024', 'oui', '"', ''),
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        const text = ['email,name,joined_at,staff', ...rows].join('\n');
        const result = readNative('members', csv(text), 'x.csv');
        expect(result.ok || result.issues.length > 0).toBe(true);
      }),
    );
  });
});
