import { describe, expect, it } from 'vitest';
import { mapColumns } from './map-columns.js';

describe('mapColumns', () => {
  it('maps French headers whatever their accents and case', () => {
    const header = ['COURRIEL', 'Nom complet', 'Région administrative', "Date d'adhésion"];
    expect(mapColumns('members', header, {}, 'm.csv')).toEqual({
      ok: true,
      value: { email: 0, name: 1, region: 2, joined_at: 3 },
    });
  });

  it('prefers a field’s own name to an alias', () => {
    const header = ['nom', 'name'];
    expect(mapColumns('members', header, {}, 'm.csv')).toMatchObject({ value: { name: 1 } });
  });

  it('reports a missing required column at line 1', () => {
    expect(mapColumns('events', ['Titre'], {}, 'e.csv')).toEqual({
      ok: false,
      issues: [{ code: 'missing_column', file: 'e.csv', line: 1, params: { field: 'date' } }],
    });
  });

  it('lets --map name a column for a field, by field name or alias', () => {
    const result = mapColumns(
      'events',
      ['Quoi', 'Quand'],
      { map: { quoi: 'title', QUAND: 'date' } },
      'e.csv',
    );
    expect(result).toEqual({ ok: true, value: { title: 0, date: 1 } });
  });

  it('reports --map entries that name no column or no field', () => {
    const result = mapColumns(
      'ties',
      ['de', 'à'],
      { map: { Poids: 'weight', de: 'couleur' } },
      't.csv',
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: 'unknown_column', file: 't.csv', line: 1, params: { column: 'Poids' } },
        {
          code: 'unknown_field',
          file: 't.csv',
          line: 1,
          params: { field: 'couleur', kind: 'ties' },
        },
      ],
    });
  });
});
