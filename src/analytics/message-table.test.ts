import { describe, expect, it } from 'vitest';
import { NO_MESSAGE, UNKNOWN_MESSAGE } from '../model/message-table.js';
import { NO_DAY, parseDay } from './day.js';
import { dataset, member, message } from './fixtures/build.js';
import { isThreadStart, messageTable } from './message-table.js';

describe('messageTable', () => {
  const data = dataset({
    members: [member(1), member(2)],
    messages: [
      message(1, 1, '2024-05-01T10:00:00Z', { thread: 'm1', mentions: [2] }),
      message(2, 2, '2024-05-01T11:30:00.000Z', { replyTo: 'm1', thread: 'm1' }),
      message(3, 1, '2024-05-02T09:00:00Z', { replyTo: 'm4' }), // replies to a later message
      message(4, 2, '2024-05-01T08:00:00-05:00', { replyTo: 'gone', mentions: [1, 2] }),
      message(5, 1, 'not a date', { thread: 'gone' }),
    ],
  });

  it('resolves replies and threads to positions, keeps mentions in one column', () => {
    const table = messageTable(data);
    expect(table.length).toBe(5);
    expect(Array.from(table.authorId)).toEqual([1, 2, 1, 2, 1]);
    expect(Array.from(table.replyTo)).toEqual([NO_MESSAGE, 0, 3, UNKNOWN_MESSAGE, NO_MESSAGE]);
    expect(Array.from(table.thread)).toEqual([0, 0, NO_MESSAGE, NO_MESSAGE, UNKNOWN_MESSAGE]);
    expect(Array.from(table.mentionStart)).toEqual([0, 1, 1, 1, 3, 3]);
    expect(Array.from(table.mentioned)).toEqual([2, 1, 2]);
  });

  it('reads each timestamp once as a day and as milliseconds', () => {
    const table = messageTable(data);
    expect(Array.from(table.day)).toEqual([
      parseDay('2024-05-01'),
      parseDay('2024-05-01'),
      parseDay('2024-05-02'),
      parseDay('2024-05-01T08:00:00-05:00'),
      NO_DAY,
    ]);
    expect(table.time[1]).toBe(Date.parse('2024-05-01T11:30:00.000Z'));
    expect(table.time[3]).toBe(Date.parse('2024-05-01T13:00:00Z'));
    expect(Number.isNaN(table.time[4])).toBe(true);
  });

  it('tells thread starts: no reply, and no thread or its own', () => {
    const table = messageTable(data);
    expect([0, 1, 2, 3, 4].map((i) => isThreadStart(table, i))).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('links to the last message holding a repeated external id', () => {
    const repeated = dataset({
      members: [member(1)],
      messages: [
        message(1, 1, '2024-05-01T10:00:00Z'),
        message(2, 1, '2024-05-01T11:00:00Z', { externalId: 'm1' }),
        message(3, 1, '2024-05-01T12:00:00Z', { replyTo: 'm1' }),
      ],
    });
    expect(Array.from(messageTable(repeated).replyTo)).toEqual([NO_MESSAGE, NO_MESSAGE, 1]);
  });

  it("returns the loader's table when the dataset has one", () => {
    const table = messageTable(data);
    expect(messageTable({ ...data, messages: [], messageTable: table })).toBe(table);
  });
});
