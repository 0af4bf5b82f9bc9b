import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset.js';
import { actionEffect } from './action-effect.js';

const member = (id: number, staff = false) => ({
  id,
  name: `M${id}`,
  identities: [],
  organization: null,
  role: null,
  region: null,
  disciplines: [],
  orgType: null,
  joinedAt: null,
  leftAt: null,
  staff,
});
const message = (id: number, authorId: number, timestamp: string) => ({
  id,
  externalId: `m${id}`,
  authorId,
  channel: 'general',
  timestamp,
  replyTo: null,
  thread: null,
  text: '',
  mentions: [],
});

/** Members 1 and 2 attend the workshop of March 1st; 3 does not; 9 is staff. */
const dataset: Dataset = {
  community: { id: 1, slug: 'c', name: 'C', host: null },
  members: [member(1), member(2), member(3), member(9, true)],
  events: [
    {
      id: 1,
      externalId: 'e1',
      title: 'Atelier',
      date: '2024-03-01',
      end: null,
      format: null,
      kind: null,
      theme: null,
      organizerId: null,
      registrants: null,
    },
    {
      id: 2,
      externalId: 'e2',
      title: 'Rencontre',
      date: '2024-03-20',
      end: null,
      format: null,
      kind: null,
      theme: null,
      organizerId: null,
      registrants: null,
    },
  ],
  attendance: [
    { eventId: 1, memberId: 1, role: 'participant' },
    { eventId: 1, memberId: 2, role: 'participant' },
    { eventId: 2, memberId: 1, role: 'participant' },
  ],
  messages: [
    message(1, 1, '2024-02-20T10:00:00Z'),
    message(2, 1, '2024-03-05T10:00:00Z'),
    message(3, 1, '2024-03-25T10:00:00Z'),
    message(4, 2, '2024-02-10T10:00:00Z'),
    message(5, 2, '2024-02-25T10:00:00Z'),
    message(6, 3, '2024-02-15T10:00:00Z'),
    message(7, 3, '2024-03-15T10:00:00Z'),
    message(8, 2, '2024-01-01T10:00:00Z'),
  ],
  contributions: [{ id: 1, authorId: 2, date: '2024-03-01', kind: 'ressource', title: 'Guide' }],
  ties: [],
};

describe('actionEffect', () => {
  it('counts the touched members’ activities 30 days before and after, the day itself left out', () => {
    const effect = actionEffect(
      dataset,
      { date: '2024-03-01', memberIds: [1, 2] },
      { days: 30, dataEnd: '2024-11-15' },
    );
    // Member 1: 1 message before; 2 messages and 1 event after. Member 2: 2 messages before
    // (January 1st is 60 days before), nothing after; the event and the guide are on the day.
    expect(effect.touched).toEqual({
      members: 2,
      before: 3,
      after: 3,
      activeBefore: 2,
      activeAfter: 1,
      more: 1,
      fewer: 1,
      same: 0,
      relative: 0,
    });
    // The reference group: member 3 only (9 is staff), 1 message before and 1 after.
    expect(effect.others).toMatchObject({ members: 1, before: 1, after: 1, same: 1, relative: 0 });
    expect(effect.complete).toBe(true);
  });

  it('says when the data ends before the after-window does', () => {
    const effect = actionEffect(
      dataset,
      { date: '2024-03-01', memberIds: [1] },
      { days: 30, dataEnd: '2024-03-20' },
    );
    expect(effect.complete).toBe(false);
  });

  it('gives no relative change from zero', () => {
    const effect = actionEffect(
      dataset,
      { date: '2024-01-02', memberIds: [3] },
      { days: 10, dataEnd: '2024-11-15' },
    );
    expect(effect.touched).toMatchObject({ before: 0, after: 0, relative: null, same: 1 });
  });
});
