import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Batch } from '../../model/input.js';
import type { Issue, Result } from '../../model/issue.js';
import type { ImportKind } from '../importer.js';
import { readNative } from '../read-native.js';
import { streamNative } from './stream-native.js';

const FIXTURES = 'test/fixtures/native';

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Streams a file and folds the segments back into one result, as the store writer does. */
async function streamAll(
  kind: ImportKind,
  bytes: Uint8Array,
  chunk: number,
  segment: number,
): Promise<Result<Batch>> {
  const issues: Issue[] = [];
  const merged: Record<string, unknown[]> = {
    members: [],
    events: [],
    attendance: [],
    messages: [],
    contributions: [],
    ties: [],
  };
  for await (const part of streamNative(kind, chunked(bytes, chunk), 'f.csv', {}, segment)) {
    if (!part.ok) issues.push(...part.issues);
    else for (const [key, records] of Object.entries(part.value)) merged[key]!.push(...records);
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: merged as unknown as Batch };
}

const KINDS: Record<string, ImportKind> = {
  membres: 'members',
  evenements: 'events',
  presences: 'attendance',
  messages: 'messages',
  contributions: 'contributions',
  liens: 'ties',
};

function kindOf(file: string): ImportKind {
  return Object.entries(KINDS).find(([prefix]) => file.startsWith(prefix))?.[1] ?? 'members';
}

describe('streamNative', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.csv') && !f.includes('utf16'));
  it.each(files)(
    'reads %s in small segments exactly as readNative reads it whole',
    async (file) => {
      const bytes = readFileSync(join(FIXTURES, file));
      const kind = kindOf(file);
      const whole = readNative(kind, bytes, 'f.csv');
      for (const [chunk, segment] of [
        [7, 40],
        [64, 1],
        [1 << 16, 1 << 20],
      ] as const) {
        expect(await streamAll(kind, bytes, chunk, segment)).toEqual(whole);
      }
    },
  );

  it('keeps line numbers, quoted line breaks and CRLF across segments (property)', async () => {
    const cell = fc.stringMatching(/^[a-zé "\n]{0,12}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cell, fc.integer({ min: 1, max: 9 })), { maxLength: 30 }),
        fc.boolean(),
        async (rows, crlf) => {
          const eol = crlf ? '\r\n' : '\n';
          const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
          const text = `source,target,weight${eol}${rows.map(([name, w]) => `${quote(`a${name}`)},b,${w}`).join(eol)}${eol}`;
          const bytes = new TextEncoder().encode(text);
          expect(await streamAll('ties', bytes, 5, 16)).toEqual(readNative('ties', bytes, 'f.csv'));
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });
});
