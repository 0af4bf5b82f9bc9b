import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportKind } from '../importer.js';
import { readWith } from '../importer.js';
import { batchOf, csv } from '../test-support/fixture.js';
import { zeffyImporter } from './index.js';

function bytesOf(name: string): Uint8Array {
  return readFileSync(new URL(`../../../test/fixtures/zeffy/${name}`, import.meta.url));
}

function read(bytes: Uint8Array, kind: ImportKind = 'attendance') {
  return readWith(zeffyImporter, { bytes, fileName: 'zeffy.csv', kind, options: {} });
}

describe('zeffyImporter', () => {
  it('detects a Zeffy export by its campaign column', () => {
    expect(zeffyImporter.detect(bytesOf('participants.csv'), 'export.csv')).toBe(true);
    expect(zeffyImporter.detect(csv('Courriel,Nom\n'), 'membres.csv')).toBe(false);
  });

  it('counts people marked present, never refunded tickets', async () => {
    const { attendance, events } = batchOf(await read(bytesOf('participants.csv')));
    expect(events).toEqual([]);
    expect(attendance).toEqual([
      {
        event: { title: 'Colloque CPPN 2024' },
        person: { email: 'marie.tremblay@lavitrine.com', name: 'Marie Tremblay' },
        role: 'participant',
      },
      {
        event: { title: 'Colloque CPPN 2024' },
        person: { email: 'a.cote@theatredurideau.ca', name: 'Amélie Côté' },
        role: 'participant',
      },
    ]);
  });

  it('reads the same export saved as XLSX', async () => {
    const fromCsv = batchOf(await read(bytesOf('participants.csv')));
    expect(batchOf(await read(bytesOf('participants.xlsx')))).toEqual(fromCsv);
  });

  it('without a presence column, counts every ticket not refunded, and creates the event', async () => {
    const batch = batchOf(await read(bytesOf('billets-sans-presence.csv')));
    expect(batch.events.map((e) => [e.externalId, e.date, e.registrants])).toEqual([
      ['zeffy:Colloque CPPN 2024:2024-06-06', '2024-06-06', 2],
    ]);
    expect(batch.attendance.map((a) => a.person.email)).toEqual([
      'marie.tremblay@lavitrine.com',
      'luc.belanger@diffusionmauricie.ca',
    ]);
  });

  it('never throws, whatever the bytes', async () => {
    const header =
      "Prénom,Nom,Courriel,Nom de la campagne/de l'événement,Date de l'événement,Présence";
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.string().map((text) => csv(`${header}\n${text}`)),
    );
    await fc.assert(
      fc.asyncProperty(input, async (bytes) => {
        expect(typeof (await read(bytes)).ok).toBe('boolean');
      }),
    );
  });
});
