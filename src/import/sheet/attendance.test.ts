import { describe, expect, it } from 'vitest';
import { readNative } from '../read-native.js';
import { batchOf, csv, issuesOf, readFixture } from '../test-support/fixture.js';

describe('readAttendance', () => {
  it('reads a UTF-16 LE tab-separated report with French roles', () => {
    const { attendance } = batchOf(readFixture('attendance', 'presences-teams-utf16.csv'));
    expect(attendance).toEqual([
      {
        event: { externalId: 'Atelier SEO', title: 'Atelier SEO', date: '2024-03-12' },
        person: { email: 'marie.tremblay@example.org' },
        role: 'host',
      },
      {
        event: { externalId: 'Atelier SEO', title: 'Atelier SEO', date: '2024-03-12' },
        person: { email: 'jroy@festival.qc.ca' },
        role: 'participant',
      },
      {
        event: { externalId: 'Atelier SEO', title: 'Atelier SEO', date: '2024-03-12' },
        person: { name: 'Sophie Gagnon' },
        role: 'participant',
      },
      {
        event: { externalId: '5 à 7 réseautage', title: '5 à 7 réseautage', date: '2024-04-18' },
        person: { email: 'l.cote@diffusion.ca' },
        role: 'speaker',
      },
    ]);
  });

  it('reads the plain event,participant sheet without a date', () => {
    const { attendance } = batchOf(
      readNative('attendance', csv('event,participant\nev-1,Ana\n'), 'a.csv'),
    );
    expect(attendance[0]?.event).toEqual({ externalId: 'ev-1', title: 'ev-1' });
  });

  it('reports an unknown role and a bad email', () => {
    const text = 'event,participant,role\nev-1,ana@,participant\nev-1,Béa,figurant\n';
    const issues = issuesOf(readNative('attendance', csv(text), 'a.csv'));
    expect(issues.map((i) => [i.line, i.params])).toEqual([
      [2, { value: 'ana@', expected: 'email' }],
      [3, { value: 'figurant', expected: 'role' }],
    ]);
  });

  it('needs an event and a participant column', () => {
    const issues = issuesOf(readNative('attendance', csv('date,role\n2024-01-01,host\n'), 'a.csv'));
    expect(issues.map((i) => i.code === 'missing_column' && i.params.field)).toEqual([
      'event',
      'participant',
    ]);
  });
});
