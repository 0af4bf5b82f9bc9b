import { describe, expect, it } from 'vitest';
import { activityIndex } from './activity-index.js';
import { parseDay } from './day.js';
import { dataset, member, message } from './fixtures/build.js';
import { replyTimes } from './reply-times.js';

describe('replyTimes', () => {
  const data = dataset({
    members: [member(1), member(2), member(3)],
    messages: [
      message(1, 1, '2024-05-01T10:00:00Z'),
      message(2, 1, '2024-05-01T11:00:00Z', { replyTo: 'm1' }), // the starter's own follow-up
      message(3, 2, '2024-05-01T14:00:00Z', { replyTo: 'm2', thread: 'm1' }), // first reply: 4 h
      message(4, 3, '2024-05-01T12:00:00Z', { thread: 'm5' }), // unrelated thread
      message(5, 2, '2024-06-01T08:00:00Z'),
      message(6, 3, '2024-06-02T10:00:00Z', { replyTo: 'm5' }), // 26 h
      message(7, 3, '2024-07-01T08:00:00Z'), // never answered
      message(8, 1, '2025-01-10T08:00:00Z', { replyTo: 'm7' }), // after asOf
      message(9, 2, '2023-01-01T08:00:00Z'), // before the last 12 months
    ],
  });

  it('measures unanswered threads and the median time to a first reply', () => {
    expect(replyTimes(activityIndex(data, parseDay('2024-12-31')))).toEqual({
      threads: 3,
      unansweredShare: 1 / 3,
      medianFirstReplyHours: 15,
    });
  });

  it('is null without threads', () => {
    expect(replyTimes(activityIndex(dataset(), parseDay('2024-12-31')))).toEqual({
      threads: 0,
      unansweredShare: null,
      medianFirstReplyHours: null,
    });
  });
});
