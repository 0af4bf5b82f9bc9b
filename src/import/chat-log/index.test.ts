import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Batch } from '../../model/input.js';
import type { Result } from '../../model/issue.js';
import type { ImportInput } from '../importer.js';
import { chatLogImporter } from './index.js';

const NAME = 'gitter-slice.txt';
const bytes = readFileSync(new URL(`../../../test/fixtures/chat-log/${NAME}`, import.meta.url));
const encode = (text: string) => new TextEncoder().encode(text);

function input(data: Uint8Array): ImportInput {
  return { bytes: data, fileName: NAME, kind: 'messages', options: {} };
}

function batchOf(result: Result<Batch>): Batch {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('chatLogImporter on a real Gitter slice', () => {
  const { messages } = batchOf(chatLogImporter.read(input(bytes)));

  it('reads 399 messages by 56 nicks', () => {
    expect(messages).toHaveLength(399);
    expect(new Set(messages.map((m) => m.author.handle?.value)).size).toBe(56);
    expect(messages.filter((m) => m.author.handle?.value === 'mydigitalself')).toHaveLength(49);
  });

  it('reads the first message', () => {
    expect(messages[0]).toEqual({
      externalId: 'chat-log:gitter-slice:2016-11-20T07:02:10.000Z|abhisekp|1',
      author: { handle: { source: 'chat-log', value: 'abhisekp' } },
      channel: 'gitter-slice',
      timestamp: '2016-11-20T07:02:10.000Z',
      replyTo: null,
      thread: null,
      text: 'But the real question is how did he end up in this room',
      mentions: [],
    });
  });

  it('joins a line that opens no message to the message before', () => {
    const message = messages.find((m) => m.timestamp === '2016-11-20T16:51:41.000Z');
    expect(message?.text).toMatch(/dark themenew message green color\nusername highlights$/);
  });

  it('reads nick: and @nick mentions', () => {
    const answer = messages.find((m) => m.timestamp === '2016-11-20T21:25:51.000Z');
    expect(answer?.mentions).toEqual([{ handle: { source: 'chat-log', value: 'magnor31' } }]);
    const atNick = messages.find((m) => m.text.includes('@RationalCoding'));
    expect(atNick?.mentions.map((m) => m.handle?.value)).toContain('RationalCoding');
  });

  it('gives messages of the same second by one nick distinct ids', () => {
    const log = '[2024-03-12 14:05:09] <marie> un\n[2024-03-12 14:05:09] <marie> deux\n';
    const ids = batchOf(chatLogImporter.read(input(encode(log)))).messages.map((m) => m.externalId);
    expect(new Set(ids).size).toBe(2);
  });

  it('skips events and reports an impossible date with its line', () => {
    const log = '[2024-03-12 14:05:09] * marie salue\n[2024-02-30 10:00:00] <luc> allo\n';
    expect(chatLogImporter.read(input(encode(log)))).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_value',
          file: NAME,
          line: 2,
          params: { value: '2024-02-30 10:00:00', expected: 'date' },
        },
      ],
    });
  });

  it('detects a log from its first line', () => {
    expect(chatLogImporter.detect(bytes.subarray(0, 200), 'x')).toBe(true);
    expect(chatLogImporter.detect(encode('[section]\nkey=value'), 'a.txt')).toBe(false);
  });

  it('never throws, whatever the bytes', () => {
    const line = fc
      .tuple(fc.string(), fc.string(), fc.string())
      .map(([stamp, nick, text]) => `[${stamp}] <${nick}> ${text}`);
    const log = fc.array(fc.oneof(line, fc.string())).map((lines) => encode(lines.join('\n')));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), log), (data) => {
        expect(typeof chatLogImporter.read(input(data)).ok).toBe('boolean');
      }),
    );
  });
});
