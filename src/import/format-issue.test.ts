import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import type { Issue } from '../model/issue.js';
import { formatIssue } from './format-issue.js';
import { readNative } from './read-native.js';
import { fixture } from './test-support/fixture.js';

/** Writes French typography's non-breaking spaces (before : ; ! ? » and after «) into a text. */
function nbsp(text: string): string {
  return text.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

const invalidDate: Issue = {
  code: 'invalid_value',
  file: 'membres.csv',
  line: 4,
  column: 'joined_at',
  columnNumber: 5,
  params: { value: '2024-02-30', expected: 'date' },
};

describe('formatIssue', () => {
  it('names the file, line, column and what was expected, in French', () => {
    expect(formatIssue(invalidDate, translator('fr'))).toBe(
      nbsp(
        'membres.csv, ligne 4, colonne « joined_at » (5) : valeur « 2024-02-30 » invalide, attendu une date (AAAA-MM-JJ, JJ/MM/AAAA ou 12 mars 2024).',
      ),
    );
  });

  it('speaks English', () => {
    expect(formatIssue(invalidDate, translator('en'))).toBe(
      'membres.csv, line 4, column "joined_at" (5): invalid value "2024-02-30", expected a date (YYYY-MM-DD, DD/MM/YYYY or 12 March 2024).',
    );
  });

  it('translates field names of a missing column', () => {
    const issue: Issue = {
      code: 'missing_any_column',
      file: 'm.csv',
      line: 1,
      params: { fields: ['email', 'name'] },
    };
    expect(formatIssue(issue, translator('fr'))).toBe(
      nbsp(
        'm.csv, ligne 1 : il faut au moins une de ces colonnes : « courriel » (email) ou « nom » (name).',
      ),
    );
  });

  it('explains why a file is unreadable', () => {
    const result = readNative('members', fixture('guillemet-non-ferme.csv'), 'g.csv');
    const issue = result.ok ? undefined : result.issues[0];
    expect(issue && formatIssue(issue, translator('fr'))).toBe(
      nbsp('g.csv, ligne 3 : fichier illisible : un guillemet ouvert n’est jamais refermé.'),
    );
  });

  it('renders every issue code in both languages without leaving a placeholder', () => {
    const issues: Issue[] = [
      { code: 'empty_file', file: 'f.csv', params: {} },
      {
        code: 'required_value',
        file: 'f.csv',
        line: 2,
        column: '',
        columnNumber: 3,
        params: { field: 'title' },
      },
      { code: 'unknown_reference', file: 'f.csv', line: 2, params: { value: 'ev-9' } },
      { code: 'ambiguous_reference', file: 'f.csv', line: 2, params: { value: 'Atelier' } },
      { code: 'unknown_kind', file: 'f.csv', params: { kind: 'survey' } },
      { code: 'ambiguous_date', file: 'f.csv', line: 2, params: { value: '03/04/2024' } },
      { code: 'unknown_field', file: 'f.csv', line: 1, params: { field: 'couleur', kind: 'ties' } },
      { code: 'unknown_column', file: 'f.csv', line: 1, params: { column: 'Poids' } },
      { code: 'missing_column', file: 'f.csv', line: 1, params: { field: 'date' } },
    ];
    for (const lang of ['fr', 'en'] as const) {
      for (const issue of issues) {
        const text = formatIssue(issue, translator(lang));
        expect(text).not.toMatch(/{{|}}|importer:/);
        expect(text.startsWith('f.csv')).toBe(true);
      }
    }
  });
});
