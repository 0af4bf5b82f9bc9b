import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Importer, readWith } from '../../src/import/importer.js';
import { IMPORTERS } from '../../src/import/registry.js';
import { PoulsError } from '../../src/model/pouls-error.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The real exports each format is fuzzed from. */
const FOLDERS: Record<string, string> = {
  'chat-log': 'chat-log',
  csv: 'native',
  discord: 'discord',
  discourse: 'discourse',
  eventbrite: 'eventbrite',
  git: 'git',
  mbox: 'mbox',
  slack: 'slack',
  teams: 'teams',
  xlsx: 'xlsx',
  zeffy: 'zeffy',
  zoom: 'zoom',
};

function fixturesOf(format: string): { name: string; bytes: Uint8Array }[] {
  const folder = join(FIXTURES, FOLDERS[format] ?? format);
  return readdirSync(folder)
    .filter((name) => !/^(SOURCE\.md|LICENSE)$|\.mjs$/.test(name))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(folder, name))) }));
}

/** Byte strings that break parsers: quotes, separators, line ends, NUL, BOMs, brackets. */
const NASTY = [
  '"',
  "'",
  ',',
  ';',
  '\t',
  '\r',
  '\n',
  '\0',
  '\uFEFF',
  '{',
  '[',
  '}',
  ']',
  '\\',
  '<',
  'PK\x03\x04',
  '=',
].map((s) => new TextEncoder().encode(s));

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'insert'; at: number; what: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'delete'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    value: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.nat(NASTY.length - 1) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat(4096) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(256) }),
);

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = bytes.length === 0 ? 0 : m.at % bytes.length;
  const parts = (...chunks: Uint8Array[]) => {
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const c of chunks) {
      out.set(c, offset);
      offset += c.length;
    }
    return out;
  };
  switch (m.kind) {
    case 'truncate':
      return bytes.subarray(0, at);
    case 'flip': {
      const copy = bytes.slice();
      if (copy.length > 0) copy[at] = m.value;
      return copy;
    }
    case 'insert':
      return parts(bytes.subarray(0, at), NASTY[m.what]!, bytes.subarray(at));
    case 'duplicate':
      return parts(bytes.subarray(0, at), bytes.subarray(at, at + m.length), bytes.subarray(at));
    case 'delete':
      return parts(bytes.subarray(0, at), bytes.subarray(at + m.length));
  }
}

/** Reads with the importer; only a Result or a PoulsError may come out, never another throw. */
async function readSafely(importer: Importer, bytes: Uint8Array, name: string) {
  for (const kind of importer.kinds) {
    try {
      const result = await readWith(importer, { bytes, fileName: name, kind, options: {} });
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
    } catch (error) {
      if (!(error instanceof PoulsError))
        throw new Error(`${importer.format} (${kind}) threw on ${name}: ${String(error)}`, {
          cause: error,
        });
    }
  }
}

/** Fewer runs for the formats read through exceljs, which takes its time per workbook. */
const RUNS: Record<string, number> = { xlsx: 12, slack: 25 };

describe.each(IMPORTERS.map((i) => [i.format, i] as const))(
  'fuzzing the %s importer',
  (format, importer) => {
    const fixtures = fixturesOf(format);

    it('has real exports to start from', () => {
      expect(fixtures.length).toBeGreaterThan(0);
    });

    it('answers mutated real exports with a result, never an unexpected throw', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat(fixtures.length - 1),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          async (which, mutations) => {
            const fixture = fixtures[which]!;
            const bytes = mutations.reduce(mutate, fixture.bytes);
            await readSafely(importer, bytes, fixture.name);
          },
        ),
        { seed: 4242, numRuns: RUNS[format] ?? 60 },
      );
    }, 300_000);

    it('answers random bytes and random text with a result', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.uint8Array({ maxLength: 2048 }),
            fc.string({ maxLength: 2048 }).map((s) => new TextEncoder().encode(s)),
          ),
          async (bytes) => readSafely(importer, bytes, `random.${format}`),
        ),
        { seed: 77, numRuns: RUNS[format] ?? 60 },
      );
    }, 300_000);
  },
);
