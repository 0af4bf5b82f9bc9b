import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Batch } from '../../model/input.js';
import type { Issue, Result } from '../../model/issue.js';
import type { ImportInput } from '../importer.js';
import { discordImporter } from './index.js';

const NAME = 'CPPN - Échanges - général [1178523694329843712].json';
const bytes = readFileSync(new URL(`../../../test/fixtures/discord/${NAME}`, import.meta.url));
const encode = (text: string) => new TextEncoder().encode(text);

function input(data: Uint8Array, extra: Partial<ImportInput> = {}): ImportInput {
  return { bytes: data, fileName: NAME, kind: 'messages', options: {}, ...extra };
}

function batchOf(result: Result<Batch>): Batch {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function issuesOf(result: Result<Batch>): readonly Issue[] {
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

describe('discordImporter', () => {
  const { messages } = batchOf(discordImporter.read(input(bytes)));
  const byId = (id: string) => messages.find((m) => m.externalId === `discord:${id}`);

  it('keeps what people wrote and skips join and pin notices and bots', () => {
    expect(messages.map((m) => m.externalId.slice(-1))).toEqual(['2', '3', '4', '7']);
  });

  it('reads author, channel, time in UTC and text', () => {
    expect(byId('1178530000000000002')).toMatchObject({
      author: {
        handle: { source: 'discord', value: '1017384652901234567' },
        name: 'Marie Tremblay',
      },
      channel: 'général',
      timestamp: '2024-03-12T18:05:09.123Z',
      replyTo: null,
      thread: 'discord:1178530000000000002',
    });
    expect(byId('1178530000000000004')?.text).toMatch(/ça t’intéresse aussi 🎉$/);
  });

  it('follows reply references and groups the chain in one thread', () => {
    expect(byId('1178530000000000004')).toMatchObject({
      replyTo: 'discord:1178530000000000003',
      thread: 'discord:1178530000000000002',
    });
    expect(byId('1178530000000000007')?.thread).toBeNull();
  });

  it('reads mentions as Discord handles', () => {
    expect(byId('1178530000000000004')?.mentions.map((m) => m.name)).toEqual([
      'Jean Roy',
      'Sophie Gagnon',
    ]);
  });

  it('reports JSON that is not an export', () => {
    const [issue] = issuesOf(discordImporter.read(input(encode('{"guild": 3}'))));
    expect(issue).toMatchObject({ code: 'unreadable_file', params: { reason: 'not_discord' } });
  });

  it('reports a message with an impossible timestamp', () => {
    const text = JSON.stringify({
      guild: {},
      channel: { id: '1', name: 'général' },
      messages: [{ id: '9', type: 'Default', timestamp: 'hier', author: { id: '5' } }],
    });
    const [issue] = issuesOf(discordImporter.read(input(encode(text))));
    expect(issue).toMatchObject({ code: 'invalid_value', params: { value: 'hier' } });
    const skipped = discordImporter.read(input(encode(text), { options: { skipInvalid: true } }));
    expect(skipped).toMatchObject({ ok: true, value: { messages: [] }, skipped: [issue] });
  });

  it('detects an export from its content, not its name', () => {
    expect(discordImporter.detect(bytes.subarray(0, 512), 'x.txt')).toBe(true);
    expect(discordImporter.detect(encode('{"post_stream": {}}'), `${NAME}`)).toBe(false);
  });

  it('never throws, whatever the bytes', () => {
    const jsonish = fc.json().map(encode);
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), jsonish), (data) => {
        expect(typeof discordImporter.read(input(data)).ok).toBe('boolean');
      }),
    );
  });
});
