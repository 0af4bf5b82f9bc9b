import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Batch } from '../../model/input.js';
import type { Result } from '../../model/issue.js';
import type { ImportInput } from '../importer.js';
import { discourseImporter } from './index.js';

const bytes = readFileSync(new URL('../../../test/fixtures/discourse/1234.json', import.meta.url));
const encode = (text: string) => new TextEncoder().encode(text);

function input(data: Uint8Array): ImportInput {
  return { bytes: data, fileName: '1234.json', kind: 'messages', options: {} };
}

function batchOf(result: Result<Batch>): Batch {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('discourseImporter', () => {
  const { messages } = batchOf(discourseImporter.read(input(bytes)));
  const post = (n: number) => messages.find((m) => m.externalId === `discourse:1234:${n}`);

  it('reads the posts people wrote and skips the closing notice', () => {
    expect(messages.map((m) => m.externalId)).toEqual([
      'discourse:1234:1',
      'discourse:1234:2',
      'discourse:1234:3',
      'discourse:1234:5',
    ]);
  });

  it('reads author, time, category and the text of the cooked HTML', () => {
    expect(post(1)).toMatchObject({
      author: { handle: { source: 'discourse', value: 'mtremblay' }, name: 'Marie Tremblay' },
      timestamp: '2024-03-12T18:05:09.123Z',
      channel: '5',
      thread: 'discourse:1234:1',
      replyTo: null,
    });
    expect(post(1)?.text).toBe(
      'Bonjour à tous ! Qui a essayé les publicités Meta pour un festival en région ? J’aimerais comparer les budgets & les résultats.',
    );
    expect(post(2)?.text).toBe(
      'Oui, pour le Festival de la chanson : ciblage à 50 km, ça a bien marché.\nbudget : 300 $\ndurée : 2 semaines',
    );
  });

  it('leaves quotes out and keeps mentions and emoji', () => {
    expect(post(3)?.text).toBe('Merci @jroy ! @sgagnon, ça t’intéresse aussi :tada:');
    expect(post(3)?.mentions.map((m) => m.handle?.value)).toEqual(['jroy', 'sgagnon']);
  });

  it('answers the named post, or else the topic', () => {
    expect(post(3)?.replyTo).toBe('discourse:1234:2');
    expect(post(5)?.replyTo).toBe('discourse:1234:1');
  });

  it('reports JSON that is not Discourse', () => {
    const result = discourseImporter.read(input(encode('{"post_stream": {"posts": 3}}')));
    expect(result).toMatchObject({ ok: false, issues: [{ params: { reason: 'not_discourse' } }] });
  });

  it('detects a topic from its content', () => {
    expect(discourseImporter.detect(bytes.subarray(0, 200), 'topic')).toBe(true);
    expect(discourseImporter.detect(encode('{"guild": {}}'), '1234.json')).toBe(false);
  });

  it('never throws, whatever the bytes', () => {
    const post = fc.record({
      username: fc.string(),
      created_at: fc.oneof(
        fc.string(),
        fc.date({ noInvalidDate: true }).map((d) => d.toJSON()),
      ),
      cooked: fc.string(),
      post_number: fc.integer(),
      topic_id: fc.integer(),
      reply_to_post_number: fc.option(fc.integer()),
    });
    const topic = fc
      .array(fc.oneof(post, fc.anything()))
      .map((posts) => encode(JSON.stringify({ post_stream: { posts } })));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), topic), (data) => {
        expect(typeof discourseImporter.read(input(data)).ok).toBe('boolean');
      }),
    );
  });
});
