import { describe, expect, it } from 'vitest';
import type { Action } from '../model/index.js';
import { calendar } from './calendar.js';
import { CATALOGUE } from './catalogue.js';
import { phaseWindow } from './phases.js';

const byId = (id: string) => CATALOGUE.find((a) => a.id === id)!;
const item = (
  action: Action,
  setupHours: number,
  hoursPerOccurrence: number,
  occurrences: number,
) => ({
  action,
  setupHours,
  hoursPerOccurrence,
  occurrences,
});

const ITEMS = [
  item(byId('A1'), 20, 1, 10),
  item(byId('A2'), 15, 4, 1),
  item(byId('A3'), 20, 3, 1),
  item(byId('A5'), 5, 2, 8),
  item(byId('A8'), 5, 4, 8),
];

function firstMonth(months: ReturnType<typeof calendar>, id: string): number {
  return months.find((m) => m.actions.includes(id))?.month ?? -1;
}

describe('calendar', () => {
  it('places phases in order: diagnose months 1–2, design 3, relaunch 4, run 5–12', () => {
    expect(phaseWindow('diagnose', 12)).toEqual({ start: 0, end: 2 });
    expect(phaseWindow('run', 12)).toEqual({ start: 4, end: 12 });
    const months = calendar({ horizon: 12, monthlyBudget: 100, baseHours: 12, items: ITEMS });
    expect(months).toHaveLength(12);
    expect(firstMonth(months, 'A1')).toBe(1);
    expect(firstMonth(months, 'A2')).toBe(3);
    expect(firstMonth(months, 'A3')).toBe(4);
    expect(firstMonth(months, 'A5')).toBe(3);
    expect(firstMonth(months, 'A8')).toBe(5);
    // Recurring occurrences keep running after their phase: the core group meets until month 12.
    expect(months.filter((m) => m.actions.includes('A5')).length).toBeGreaterThanOrEqual(8);
  });

  it('spreads every hour: months add up to base + setup + occurrences', () => {
    const months = calendar({ horizon: 12, monthlyBudget: 100, baseHours: 12, items: ITEMS });
    const planned =
      12 + ITEMS.reduce((s, i) => s + i.setupHours + i.hoursPerOccurrence * i.occurrences, 0);
    expect(months.reduce((s, m) => s + m.hours, 0)).toBeCloseTo(planned, 9);
    expect(months.every((m) => !m.overBudget && m.excess === 0)).toBe(true);
  });

  it('never starts an action before its prerequisites', () => {
    const months = calendar({ horizon: 12, monthlyBudget: 10, baseHours: 0, items: ITEMS });
    expect(firstMonth(months, 'A2')).toBeGreaterThanOrEqual(firstMonth(months, 'A1'));
    expect(firstMonth(months, 'A3')).toBeGreaterThanOrEqual(firstMonth(months, 'A2'));
  });

  it('moves preparation a month earlier to stay in budget, and flags months that cannot', () => {
    const launch: Action = {
      ...byId('A10'),
      id: 'A0',
      phase: 'relaunch',
      frequency: { per: 'once', range: [0, 0] },
    };
    const items = [item(launch, 19, 0, 0), item(byId('A3'), 15, 3, 1)];
    const months = calendar({ horizon: 12, monthlyBudget: 22, baseHours: 24, items });
    // Month 4 is full with A0: the relaunch meeting is prepared during design (month 3).
    expect(months[2]).toMatchObject({ hours: 17, actions: ['A3'], overBudget: false });
    // Its live occurrence can only happen in month 4, which goes 2 hours over.
    expect(months[3]).toMatchObject({
      hours: 24,
      actions: ['A0', 'A3'],
      overBudget: true,
      excess: 2,
    });
    expect(months.filter((m) => m.overBudget)).toHaveLength(1);
  });

  it('compresses the phases into a short horizon', () => {
    const months = calendar({ horizon: 3, monthlyBudget: 100, baseHours: 0, items: ITEMS });
    expect(months).toHaveLength(3);
    expect(firstMonth(months, 'A8')).toBe(3);
  });
});
