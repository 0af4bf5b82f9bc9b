import { describe, expect, it } from 'vitest';
import { readNative } from '../read-native.js';
import { batchOf, csv, issuesOf, readFixture } from '../test-support/fixture.js';

describe('readContributions', () => {
  it('reads French headers and English month names', () => {
    const { contributions } = batchOf(readFixture('contributions', 'contributions.csv'));
    expect(contributions).toEqual([
      {
        author: { email: 'marie.tremblay@example.org' },
        date: '2024-03-20',
        kind: 'ressource',
        title: 'Guide des données structurées',
      },
      {
        author: { name: 'Jean Roy' },
        date: '2024-03-20',
        kind: 'présentation',
        title: 'Bilan du festival',
      },
    ]);
  });

  it('reports a missing author', () => {
    const issues = issuesOf(
      readNative('contributions', csv('author,date\n,2024-01-01\n'), 'c.csv'),
    );
    expect(issues[0]).toMatchObject({ code: 'required_value', line: 2, column: 'author' });
  });
});
