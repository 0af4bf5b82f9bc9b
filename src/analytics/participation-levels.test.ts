import { describe, expect, it } from 'vitest';
import { activityIndex } from './activity-index.js';
import { parseDay } from './day.js';
import { attended, dataset, event, member, message } from './fixtures/build.js';
import {
  DEFAULT_LEVEL_RULES,
  levelMoves,
  levelName,
  participationLevels,
} from './participation-levels.js';

const AS_OF = parseDay('2024-12-31');

/** One message on the 15th of each listed month of 2024. */
const monthly = (authorId: number, months: number[], firstId: number) =>
  months.map((month, i) =>
    message(firstId + i, authorId, `2024-${String(month).padStart(2, '0')}-15T10:00:00Z`),
  );

describe('participationLevels', () => {
  const data = dataset({
    members: [1, 2, 3, 4, 5, 6, 7].map((id) => member(id, { staff: id === 7 })),
    events: [
      event(10, '2024-03-01', { organizerId: 2 }),
      event(11, '2024-05-01', { organizerId: 2 }),
    ],
    messages: [
      ...monthly(1, [1, 3, 5, 7, 9, 11], 100), // 6 months: core
      ...monthly(3, [6, 9, 12], 200), // 3 months, last in window: active
      ...monthly(4, [2, 3, 4], 300), // 3 months, not in window: occasional
      ...monthly(5, [12], 400), // once: peripheral
      ...monthly(7, [1, 2, 3, 4, 5, 6], 500), // staff, 6 months: core too
      message(600, 6, '2023-06-01T10:00:00Z'), // more than 12 months ago: inactive
    ],
    attendance: attended(10, 6),
  });
  const levels = participationLevels(activityIndex(data, AS_OF), AS_OF, 90);

  it('applies the default rules', () => {
    expect(Array.from(levels, levelName)).toEqual([
      'core',
      'core', // organised two events
      'active',
      'occasional',
      'peripheral',
      'peripheral', // attended one event in March
      'core',
    ]);
  });

  it('follows custom rules', () => {
    const strict = participationLevels(activityIndex(data, AS_OF), AS_OF, 90, {
      ...DEFAULT_LEVEL_RULES,
      coreMinActiveMonths: 7,
      coreMinLedActivities: 3,
    });
    // 1 is in the window with 6 active months; 2 only organised two events: "rare".
    expect(Array.from(strict, levelName).slice(0, 2)).toEqual(['active', 'peripheral']);
  });
});

describe('levelMoves', () => {
  it('counts members moving up (towards core) and down', () => {
    expect(levelMoves(Uint8Array.from([4, 3, 1, 0]), Uint8Array.from([1, 3, 2, 0]))).toEqual({
      up: 1,
      down: 1,
    });
  });
});
