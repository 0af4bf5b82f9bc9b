import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type Importer, readWith } from '../../src/import/importer.js';
import { IMPORTERS } from '../../src/import/registry.js';
import { readSurvey } from '../../src/import/survey/index.js';
import { zipRefusal } from '../../src/import/zip-limits.js';
import { PoulsError } from '../../src/model/pouls-error.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const byFormat = (format: string) => IMPORTERS.find((i) => i.format === format) as Importer;
const text = (s: string) => new TextEncoder().encode(s);

async function issuesOf(importer: Importer, bytes: Uint8Array, name: string) {
  const result = await readWith(importer, {
    bytes,
    fileName: name,
    kind: importer.kinds[0]!,
    options: {},
  });
  return result.ok
    ? []
    : result.issues.map((i) => ('params' in i ? { code: i.code, ...i.params } : i));
}

/** A zip whose central directory claims `size` bytes for its one small entry. */
function lyingZip(size: number): Uint8Array {
  const zip = zipSync({ 'users.json': text('[]') });
  const view = new DataView(zip.buffer);
  // The central directory entry starts with PK\x01\x02; its uncompressed size sits at +24.
  for (let at = 0; at < zip.length - 4; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return zip;
}

describe('hostile inputs', () => {
  it('refuses a small zip that declares gigabytes, before inflating it (Slack and XLSX)', async () => {
    const bomb = lyingZip(0xfffffff0);
    expect(bomb.length).toBeLessThan(1000);
    expect(zipRefusal(bomb)).toBe('zip_too_large');
    expect(await issuesOf(byFormat('slack'), bomb, 'export.zip')).toContainEqual(
      expect.objectContaining({ code: 'unreadable_file', reason: 'zip_too_large' }),
    );
    expect(await issuesOf(byFormat('xlsx'), bomb, 'membres.xlsx')).toContainEqual(
      expect.objectContaining({ code: 'unreadable_file', reason: 'zip_too_large' }),
    );
  });

  it('stops inflating an archive that lies about its size once it passes the limit', () => {
    // 8 MiB of zeros deflate to a few dozen KiB; the header is patched to claim 2 bytes.
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const honest = zipSync({ 'a.json': zeros });
    expect(honest.length).toBeLessThan(50_000);
    const liar = honest.slice();
    const view = new DataView(liar.buffer);
    for (let at = 0; at < liar.length - 4; at++) {
      const sig = view.getUint32(at, true);
      if (sig === 0x02014b50) view.setUint32(at + 24, 2, true);
      if (sig === 0x04034b50) view.setUint32(at + 22, 2, true);
    }
    expect(zipRefusal(liar, 1024 * 1024)).toBe('zip_too_large');
    expect(zipRefusal(honest, 16 * 1024 * 1024)).toBeUndefined();
    expect(zipRefusal(text('PK\x03\x04 broken'))).toBe('zip');
  });

  it('answers deeply nested JSON with a clear issue, not a stack overflow', async () => {
    const deep = text(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    for (const format of ['slack', 'discord', 'discourse']) {
      const issues = await issuesOf(byFormat(format), deep, `deep-${format}.json`);
      expect(issues.length, format).toBeGreaterThan(0);
    }
  });

  it('reads a 20 MB line without a line break, and a million empty lines, as data or issues', async () => {
    const huge = text(`email,name\n${'a'.repeat(20 * 1024 * 1024)}@x.org,Ana\n`);
    const result = await readWith(byFormat('csv'), {
      bytes: huge,
      fileName: 'huge.csv',
      kind: 'members',
      options: {},
    });
    expect(typeof result.ok).toBe('boolean');
    const blank = text(`email,name\n${'\n'.repeat(1_000_000)}a@x.org,Ana\n`);
    const read = await readWith(byFormat('csv'), {
      bytes: blank,
      fileName: 'blank.csv',
      kind: 'members',
      options: {},
    });
    expect(read.ok && read.value.members.length).toBe(1);
  }, 120_000);

  it('fuzzes the survey reader on mutated real exports: a result or a PoulsError', async () => {
    const files = ['google-forms-fr.csv', 'limesurvey-fr.csv', 'microsoft-forms-fr.xlsx'].map(
      (name) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, 'survey', name))) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.nat(files.length - 1),
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        fc.boolean(),
        async (which, at, value, truncate) => {
          const file = files[which]!;
          const bytes = file.bytes.slice();
          const i = at % bytes.length;
          if (!truncate) bytes[i] = value;
          const input = truncate ? bytes.subarray(0, i) : bytes;
          try {
            const result = await readSurvey(input, file.name);
            expect(typeof result.ok).toBe('boolean');
          } catch (error) {
            expect(error).toBeInstanceOf(PoulsError);
          }
        },
      ),
      { seed: 31, numRuns: 60 },
    );
  }, 300_000);
});
