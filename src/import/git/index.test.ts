import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchOf, csv, issuesOf } from '../test-support/fixture.js';
import { gitImporter, gitLogArgs } from './index.js';

function bytesOf(name: string): Uint8Array {
  return readFileSync(new URL(`../../../test/fixtures/git/${name}`, import.meta.url));
}

function read(bytes: Uint8Array, fileName = 'log.txt') {
  return gitImporter.read({ bytes, fileName, kind: 'contributions', options: {} });
}

const AMELIE = {
  author: { email: 'a.cote@theatredurideau.ca', name: 'Amélie Côté' },
  date: '2024-11-02T16:45:30.000Z',
  kind: 'commit',
  title: 'docs: fiche « Mesurer la fréquentation »',
};

describe('gitImporter', () => {
  it('gives the exact git log arguments whose output it reads', () => {
    expect(gitLogArgs()).toEqual([
      'log',
      '--no-merges',
      '--no-show-signature',
      '--no-color',
      '--encoding=UTF-8',
      '--pretty=format:%H%x09%an%x09%ae%x09%aI%x09%s',
    ]);
  });

  it('detects both git log outputs and a commit table, not a members sheet', () => {
    expect(gitImporter.detect(bytesOf('git-log-tab.txt'), 'log')).toBe(true);
    expect(gitImporter.detect(bytesOf('git-log-defaut.txt'), 'log')).toBe(true);
    expect(gitImporter.detect(bytesOf('httpd-commits.csv'), 'c.csv')).toBe(true);
    expect(gitImporter.detect(csv('Courriel,Nom,Date\n'), 'm.csv')).toBe(false);
  });

  it('reads the tab format, keeping a tab inside a subject', () => {
    const { contributions } = batchOf(read(bytesOf('git-log-tab.txt')));
    expect(contributions[0]).toEqual(AMELIE);
    expect(contributions[1]?.title).toBe('Corrige les liens du répertoire\t(onglet Régions)');
    expect(contributions[1]?.author.email).toBe('jp.gagnon@festivaldete.qc.ca');
  });

  it('reads the default format the same way', () => {
    const tab = batchOf(read(bytesOf('git-log-tab.txt'))).contributions;
    const plain = batchOf(read(bytesOf('git-log-defaut.txt'))).contributions;
    expect(plain[0]).toEqual(AMELIE);
    expect(plain.map((c) => [c.author, c.date])).toEqual(tab.map((c) => [c.author, c.date]));
    expect(plain[2]).toMatchObject({ date: '2024-03-14T18:03:45.000Z' });
  });

  it('reads the Apache HTTP Server history as contributions', () => {
    const { contributions } = batchOf(read(bytesOf('httpd-commits.csv'), 'httpd-commits.csv'));
    expect(contributions).toHaveLength(500);
    expect(contributions[0]).toEqual({
      author: { email: 'ylavic@apache.org', name: 'Yann Ylavic' },
      date: '2024-10-18T13:10:45.000Z',
      kind: 'commit',
      title: 'More mod_tls docs removal.',
    });
    const authors = new Set(contributions.map((c) => c.author.email));
    expect(authors.size).toBeGreaterThan(5);
  });

  it('reports a commit without a date at its line', () => {
    const text = 'commit 0123456789abcdef\nAuthor: Ana <ana@x.ca>\n\n    Sans date\n';
    expect(issuesOf(read(csv(text)))).toEqual([
      { code: 'required_value', file: 'log.txt', line: 1, params: { field: 'date' } },
    ]);
  });

  it('reports a bad date of a commit table with its column', () => {
    const text = 'id,author,email,date,title\nabc,Ana,ana@x.ca,hier,Titre\n';
    expect(issuesOf(read(csv(text), 'c.csv'))).toEqual([
      {
        code: 'invalid_value',
        file: 'c.csv',
        line: 2,
        column: 'date',
        columnNumber: 4,
        params: { value: 'hier', expected: 'date' },
      },
    ]);
  });

  it('never throws, whatever the bytes', () => {
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.string().map((text) => csv(`commit 0123456789abcdef\n${text}`)),
      fc.string().map((text) => csv(`0123456789abcdef\t${text}`)),
      fc.string().map((text) => csv(`id,author,email,date,title\n${text}`)),
    );
    fc.assert(
      fc.property(input, (bytes) => {
        expect(typeof read(bytes).ok).toBe('boolean');
      }),
    );
  });
});
