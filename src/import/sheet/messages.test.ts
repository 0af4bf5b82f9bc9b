import { describe, expect, it } from 'vitest';
import { readNative } from '../read-native.js';
import { batchOf, csv, issuesOf, readFixture } from '../test-support/fixture.js';

describe('readMessages', () => {
  it('reads messages, replies and threads', () => {
    const { messages } = batchOf(readFixture('messages', 'messages.csv'));
    expect(messages[1]).toEqual({
      externalId: 'm2',
      author: { name: 'Jean Roy' },
      channel: 'général',
      timestamp: '2024-03-12T15:10:00.000Z',
      replyTo: 'm1',
      thread: 'm1',
      text: 'Merci Marie, "super" atelier',
      mentions: [],
    });
  });

  it('gives a deterministic id from the timestamp and the author, and allows an empty text', () => {
    const { messages } = batchOf(readFixture('messages', 'messages.csv'));
    expect(messages[2]).toMatchObject({
      externalId: '2024-03-13T09:00:00.000Z|Sophie Gagnon',
      text: '',
    });
  });

  it('turns a date-only timestamp into midnight UTC', () => {
    const text = 'author,timestamp,text\nAna,2024-03-12,Bonjour\n';
    const { messages } = batchOf(readNative('messages', csv(text), 'm.csv'));
    expect(messages[0]?.timestamp).toBe('2024-03-12T00:00:00.000Z');
  });

  it('needs a text column', () => {
    const issues = issuesOf(
      readNative('messages', csv('author,timestamp\nAna,2024-03-12\n'), 'm.csv'),
    );
    expect(issues).toEqual([
      { code: 'missing_column', file: 'm.csv', line: 1, params: { field: 'text' } },
    ]);
  });
});
