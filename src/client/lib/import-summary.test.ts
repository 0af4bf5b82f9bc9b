import { describe, expect, it } from 'vitest';
import { summaryRows } from './import-summary.js';

describe('summaryRows', () => {
  it('flattens nested counts and counts lists', () => {
    expect(
      summaryRows({
        members: { added: 3, updated: 1 },
        events: { added: 0, updated: 0 },
        messages: 12,
        skipped: [{}, {}],
        note: 'x',
      }),
    ).toEqual([
      { key: 'members.added', value: 3 },
      { key: 'members.updated', value: 1 },
      { key: 'events.added', value: 0 },
      { key: 'events.updated', value: 0 },
      { key: 'messages', value: 12 },
      { key: 'skipped', value: 2 },
    ]);
  });

  it('gives nothing for a missing summary', () => {
    expect(summaryRows(null)).toEqual([]);
    expect(summaryRows(undefined)).toEqual([]);
  });
});
