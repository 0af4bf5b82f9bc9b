import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportKind } from '../importer.js';
import { readWith } from '../importer.js';
import { batchOf, csv, issuesOf } from '../test-support/fixture.js';
import { eventbriteImporter } from './index.js';

function bytesOf(name: string): Uint8Array {
  return readFileSync(new URL(`../../../test/fixtures/eventbrite/${name}`, import.meta.url));
}

function read(bytes: Uint8Array, kind: ImportKind = 'attendance') {
  return readWith(eventbriteImporter, { bytes, fileName: 'eb.csv', kind, options: {} });
}

describe('eventbriteImporter', () => {
  it('detects English and French attendee reports, not other sheets', () => {
    expect(eventbriteImporter.detect(bytesOf('participants-en.csv'), 'x.csv')).toBe(true);
    expect(eventbriteImporter.detect(bytesOf('participants-fr.csv'), 'x.csv')).toBe(true);
    expect(eventbriteImporter.detect(csv('Événement,Date,Participant\n'), 'p.csv')).toBe(false);
  });

  it('creates events from name and date, counting registrants who did not cancel', async () => {
    const { events } = batchOf(await read(bytesOf('participants-en.csv')));
    expect(events.map((e) => [e.externalId, e.title, e.date, e.registrants])).toEqual([
      ['eventbrite:812345678901:2024-03-21', '5 à 7 numérique, Québec', '2024-03-21', 4],
      ['eventbrite:812345678955:2024-04-11', 'Atelier SEO pour diffuseurs', '2024-04-11', 2],
    ]);
  });

  it('counts only checked-in people at an event where check-in was used', async () => {
    const { attendance } = batchOf(await read(bytesOf('participants-en.csv')));
    expect(attendance.map((a) => [a.event.title, a.person.email])).toEqual([
      ['5 à 7 numérique, Québec', 'marie.tremblay@lavitrine.com'],
      ['5 à 7 numérique, Québec', 'a.cote@theatredurideau.ca'],
      ['Atelier SEO pour diffuseurs', 'luc.belanger@diffusionmauricie.ca'],
      ['Atelier SEO pour diffuseurs', 's.lavoie@mcq.org'],
    ]);
  });

  it('names the event by title when the report has no event date', async () => {
    const batch = batchOf(await read(bytesOf('participants-fr.csv')));
    expect(batch.events).toEqual([]);
    expect(batch.attendance.map((a) => [a.event, a.person.name])).toEqual([
      [{ title: 'Rencontre régionale – Mauricie' }, 'Marie Tremblay'],
      [{ title: 'Rencontre régionale – Mauricie' }, 'Luc Bélanger'],
    ]);
  });

  it('reports a bad email at its line and column', async () => {
    const text =
      'Order #,First Name,Email,Event Name,Attendee Status\n1,Ana,ana@,Atelier,Attending\n';
    expect(issuesOf(await read(csv(text)))).toEqual([
      {
        code: 'invalid_value',
        file: 'eb.csv',
        line: 2,
        column: 'Email',
        columnNumber: 3,
        params: { value: 'ana@', expected: 'email' },
      },
    ]);
  });

  it('reports a missing event column', async () => {
    const issues = issuesOf(await read(csv('Order #,Email,Attendee Status\n1,a@b.ca,Attending\n')));
    expect(issues).toEqual([
      { code: 'missing_column', file: 'eb.csv', line: 1, params: { field: 'event' } },
    ]);
  });

  it('never throws, whatever the bytes', async () => {
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.string().map((text) => csv(`Order #,Email,Event Name,Event Date,Checked In\n${text}`)),
    );
    await fc.assert(
      fc.asyncProperty(input, async (bytes) => {
        expect(typeof (await read(bytes)).ok).toBe('boolean');
      }),
    );
  });
});
