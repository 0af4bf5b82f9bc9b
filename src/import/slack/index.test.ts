import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Batch } from '../../model/input.js';
import type { Issue, Result } from '../../model/issue.js';
import type { ImportInput } from '../importer.js';
import { slackImporter } from './index.js';

const FIRST = 'export-2020-12-07-to-2021-03-14.zip';
const SECOND = 'export-2021-03-14-to-2021-06-07.zip';

function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`../../../test/fixtures/slack/${name}`, import.meta.url));
}

function input(bytes: Uint8Array, extra: Partial<ImportInput> = {}): ImportInput {
  return { bytes, fileName: 'export.zip', kind: 'messages', options: {}, ...extra };
}

function batchOf(result: Result<Batch>): Batch {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function issuesOf(result: Result<Batch>): readonly Issue[] {
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

describe('slackImporter on the real Racket exports', () => {
  const first = batchOf(slackImporter.read(input(fixture(FIRST))));
  const second = batchOf(slackImporter.read(input(fixture(SECOND))));

  it('reads every person message and skips joins, purposes and renames', () => {
    expect(first.messages).toHaveLength(184);
    expect(second.messages).toHaveLength(79);
  });

  it('reads the members of users.json with their Slack handle', () => {
    expect(first.members.map((m) => [m.name, m.handles[0]?.value])).toEqual([
      ['D. Ben Knoble', 'U01GH44F3GC'],
      ['Dummy User', 'UDUMMY'],
    ]);
  });

  it('counts thread starts, replies and threads', () => {
    const starts = first.messages.filter((m) => m.thread === m.externalId);
    const replies = first.messages.filter((m) => m.replyTo !== null);
    expect([starts.length, replies.length]).toEqual([13, 132]);
    expect(new Set(first.messages.map((m) => m.thread).filter(Boolean)).size).toBe(45);
    expect(second.messages.filter((m) => m.replyTo !== null)).toHaveLength(47);
  });

  it('reads a known thread start and its reply', () => {
    const id = 'slack:C06V96CKX:1607351552.360200';
    const start = first.messages.find((m) => m.externalId === id);
    expect(start).toMatchObject({
      channel: 'general',
      timestamp: '2020-12-07T14:32:32.360Z',
      replyTo: null,
      thread: id,
      author: { handle: { source: 'slack', value: 'U01GH44F3GC' }, name: 'D. Ben Knoble' },
    });
    expect(start?.text).toMatch(/^Anyone know a decent scribble syntax plugin for vim/);
    const replies = first.messages.filter((m) => m.replyTo === id);
    expect(replies.map((m) => m.externalId)).toEqual(['slack:C06V96CKX:1607361056.361400']);
  });

  it('turns <@U...> into a mention and an @name in the text', () => {
    const message = second.messages.find((m) => m.externalId.endsWith(':1615815258.368900'));
    expect(message?.mentions).toEqual([
      { handle: { source: 'slack', value: 'UDUMMY' }, name: 'Dummy User' },
    ]);
    expect(message?.text).toMatch(/^@Dummy User I meant to ask/);
  });

  it('keeps thread broadcasts as replies', () => {
    const broadcast = second.messages.find((m) => m.externalId.endsWith(':1621197825.157200'));
    expect(broadcast?.replyTo).toBe('slack:C06V96CKX:1621187128.143300');
  });

  it('reads the extracted folder like the zip', () => {
    const files = new Map(Object.entries(unzipSync(fixture(SECOND))));
    const folder = slackImporter.read(input(new Uint8Array(), { files, fileName: 'export' }));
    expect(batchOf(folder)).toEqual(second);
  });

  it('yields only members for the members kind', () => {
    const members = batchOf(slackImporter.read(input(fixture(FIRST), { kind: 'members' })));
    expect([members.members.length, members.messages.length]).toEqual([2, 0]);
  });
});

describe('slackImporter on broken exports', () => {
  it('reports a truncated zip as unreadable', () => {
    const bytes = fixture(SECOND);
    const [issue] = issuesOf(slackImporter.read(input(bytes.subarray(0, bytes.length >> 1))));
    expect(issue).toEqual({
      code: 'unreadable_file',
      file: 'export.zip',
      params: { reason: 'zip' },
    });
  });

  it('names users.json and channels.json when a zip lacks them', () => {
    const zip = zipSync({ 'notes.txt': strToU8('bonjour') });
    const issues = issuesOf(slackImporter.read(input(zip)));
    expect(issues.map((i) => i.code === 'missing_entry' && i.params.entry)).toEqual([
      'users.json',
      'channels.json',
    ]);
  });

  it('refuses a zip declaring more than 2 GiB', () => {
    const zip = zipSync({ 'users.json': strToU8('[]'), 'channels.json': strToU8('[]') });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let at = 0; at < zip.length - 4; at++) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 0xfffffff0, true);
    }
    const [issue] = issuesOf(slackImporter.read(input(zip)));
    expect(issue?.code === 'unreadable_file' && issue.params.reason).toBe('zip_too_large');
  });

  it('points at the day file that is not JSON', () => {
    const zip = zipSync({
      'users.json': strToU8('[]'),
      'channels.json': strToU8('[{"id":"C1","name":"general"}]'),
      'general/2024-03-12.json': strToU8('[{"ts": '),
    });
    const [issue] = issuesOf(slackImporter.read(input(zip)));
    expect(issue).toMatchObject({ file: 'export.zip/general/2024-03-12.json' });
  });

  it('refuses the kinds a Slack export does not hold', () => {
    const [issue] = issuesOf(slackImporter.read(input(fixture(FIRST), { kind: 'events' })));
    expect(issue?.code).toBe('unsupported_kind');
  });

  it('never throws, whatever the bytes', () => {
    const zipLike = fc.uint8Array({ maxLength: 300 }).map((tail) => {
      const bytes = new Uint8Array(tail.length + 4);
      bytes.set([0x50, 0x4b, 3, 4]);
      bytes.set(tail, 4);
      return bytes;
    });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), zipLike), (bytes) => {
        const result = slackImporter.read(input(bytes));
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('slackImporter on any export-shaped zip', () => {
  it('never throws, whatever the JSON inside', () => {
    const message = fc.record(
      {
        ts: fc.oneof(fc.string(), fc.constant('1607351552.360200')),
        user: fc.string(),
        text: fc.string(),
        thread_ts: fc.string(),
      },
      { requiredKeys: [] },
    );
    const day = fc.array(fc.oneof(message, fc.anything()), { maxLength: 5 });
    const files = fc.record({ users: fc.jsonValue(), channels: fc.jsonValue(), day });
    fc.assert(
      fc.property(files, ({ users, channels, day: entries }) => {
        const zip = zipSync({
          'users.json': strToU8(JSON.stringify(users) ?? ''),
          'channels.json': strToU8(JSON.stringify(channels) ?? ''),
          'general/2024-03-12.json': strToU8(JSON.stringify(entries) ?? ''),
        });
        expect(typeof slackImporter.read(input(zip)).ok).toBe('boolean');
      }),
      { numRuns: 50 },
    );
  });
});

describe('slackImporter.detect', () => {
  it('recognises a Slack zip from its entry names', () => {
    expect(slackImporter.detect(fixture(FIRST).subarray(0, 4096), 'x.zip')).toBe(true);
  });

  it('recognises a folder from one of its JSON files', () => {
    const day = strToU8('[\n  {\n    "type": "message",\n    "ts": "1607351552.360200"');
    expect(slackImporter.detect(day, 'export/')).toBe(true);
  });

  it('leaves other zips and text alone', () => {
    expect(slackImporter.detect(zipSync({ 'xl/workbook.xml': strToU8('<x/>') }), 'a.zip')).toBe(
      false,
    );
    expect(slackImporter.detect(strToU8('email,name\n'), 'membres.csv')).toBe(false);
  });
});
