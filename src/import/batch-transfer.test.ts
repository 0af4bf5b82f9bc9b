import { describe, expect, it } from 'vitest';
import { type Batch, EMPTY_BATCH, type MessageInput } from '../model/input.js';
import type { Result } from '../model/issue.js';
import { packBatch, unpackBatch } from './batch-transfer.js';

/** Messages with what packing must keep apart: null and empty replies and threads, names and emails, accents, emoji, empty texts. */
function messages(): MessageInput[] {
  return Array.from({ length: 500 }, (_, i) => ({
    externalId: i % 7 === 0 ? `2024-01-01T10:00:00.000Z|p${i % 3}@exemple.org` : `m${i}`,
    author: i % 4 === 0 ? { name: `Édith ${i % 9}` } : { email: `p${i % 11}@exemple.org` },
    channel: i % 5 === 0 ? '' : `canal-${i % 3}`,
    timestamp: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00.000Z`,
    replyTo: i % 3 === 0 ? null : i % 3 === 1 ? '' : `m${i - 1}`,
    thread: i % 2 === 0 ? null : i % 6 === 1 ? '' : `t${i % 4}`,
    text: i % 10 === 0 ? '' : `Bonjour « ${i} », l’été 🎉 ; "x"\nligne`,
    mentions: [],
  }));
}

/** A batch as it reaches the writing thread: packed, then cloned as postMessage does. */
const sent = (read: Result<Batch>) => unpackBatch(structuredClone(packBatch(read)));

describe('packBatch and unpackBatch', () => {
  it('give back the messages they were given, field for field', () => {
    const read: Result<Batch> = {
      ok: true,
      value: { ...EMPTY_BATCH, messages: messages() },
      skipped: [
        {
          code: 'invalid_value',
          file: 'm.csv',
          line: 3,
          column: 'date',
          params: { value: '2023-02-30', expected: 'date' },
        },
      ],
    };
    const packed = packBatch(read);
    expect(packed.packed).toBeDefined();
    expect(packed.packed?.authors.length).toBeLessThan(30);
    expect(sent(read)).toEqual(read);
  });

  it('leave batches they cannot pack as they are: mentions, handles, failed reads', () => {
    const withMentions = messages().map((m, i) =>
      i === 250 ? { ...m, mentions: [{ email: 'a@b.org' }] } : m,
    );
    const withHandle = messages().map((m, i) =>
      i === 3 ? { ...m, author: { handle: { source: 'slack', value: 'U1' } } } : m,
    );
    const both = messages().map((m, i) =>
      i === 9 ? { ...m, author: { email: 'a@b.org', name: 'A' } } : m,
    );
    for (const list of [withMentions, withHandle, both]) {
      const read: Result<Batch> = { ok: true, value: { ...EMPTY_BATCH, messages: list } };
      expect(packBatch(read).packed).toBeUndefined();
      expect(sent(read)).toEqual(read);
    }
    const failed: Result<Batch> = {
      ok: false,
      issues: [
        {
          code: 'invalid_value',
          file: 'm.csv',
          line: 900_000,
          column: 'date',
          params: { value: '2023-02-30', expected: 'date' },
        },
      ],
    };
    expect(sent(failed)).toEqual(failed);
  });
});
