import { describe, expect, it } from 'vitest';
import { activityIndex } from './activity-index.js';
import { parseDay } from './day.js';
import { facilitatorShare } from './facilitator-share.js';
import { dataset, event, member, message } from './fixtures/build.js';

const AS_OF = parseDay('2024-12-31');

describe('facilitatorShare', () => {
  const data = dataset({
    members: [member(1, { staff: true }), member(2), member(3)],
    events: [
      event(10, '2024-02-01', { organizerId: 1 }), // staff-organised
      event(11, '2024-03-01'), // hosted by staff
      event(12, '2024-04-01', { organizerId: 2 }),
      event(13, '2023-04-01', { organizerId: 1 }), // before the window
    ],
    attendance: [{ eventId: 11, memberId: 1, role: 'host' }],
    messages: [
      message(1, 1, '2024-05-01T10:00:00Z'), // thread start by staff
      message(2, 2, '2024-05-01T11:00:00Z', { replyTo: 'm1', thread: 'm1' }), // a reply
      message(3, 2, '2024-05-02T10:00:00Z', { thread: 'm3' }), // thread start by a member
      message(4, 3, '2024-05-03T10:00:00Z', { thread: 'm3' }), // in a thread, not a start
    ],
  });

  it('is the share of events and thread starts started by staff in the last 12 months', () => {
    // Started: 3 events + 2 threads; by staff: 2 events + 1 thread.
    expect(facilitatorShare(data, activityIndex(data, AS_OF))).toBeCloseTo(3 / 5, 12);
  });

  it('is 0 when nothing was started', () => {
    expect(facilitatorShare(dataset(), activityIndex(dataset(), AS_OF))).toBe(0);
  });
});
