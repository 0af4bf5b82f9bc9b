import { describe, expect, it } from 'vitest';
import { csv, fixture } from '../test-support/fixture.js';
import { nativeCsvImporter } from './native-csv-importer.js';

describe('nativeCsvImporter', () => {
  it('handles every native kind under the csv format', () => {
    expect(nativeCsvImporter.format).toBe('csv');
    expect(nativeCsvImporter.kinds).toContain('ties');
  });

  it('detects delimited text, whatever its encoding or name', () => {
    expect(nativeCsvImporter.detect(fixture('presences-teams-utf16.csv'), 'rapport.txt')).toBe(
      true,
    );
    expect(nativeCsvImporter.detect(csv('Courriel;Nom\n'), 'export')).toBe(true);
    expect(nativeCsvImporter.detect(csv('email\n'), 'membres.csv')).toBe(true);
  });

  it('does not detect JSON, markup, prose or binary', () => {
    expect(nativeCsvImporter.detect(csv('[{"a": 1, "b": 2}]'), 'users.json')).toBe(false);
    expect(nativeCsvImporter.detect(csv('<html lang="fr">'), 'page.html')).toBe(false);
    expect(nativeCsvImporter.detect(csv('Bonjour tout le monde'), 'notes.txt')).toBe(false);
    expect(nativeCsvImporter.detect(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'f.xlsx')).toBe(
      false,
    );
  });

  it('reads a file into a batch of the requested kind only', () => {
    const result = nativeCsvImporter.read({
      bytes: csv('source,target\nA,B\n'),
      fileName: 't.csv',
      kind: 'ties',
      options: {},
    });
    expect(result.ok && [result.value.ties.length, result.value.members.length]).toEqual([1, 0]);
  });
});
