import { describe, expect, it } from 'vitest';
import { phaseForDate } from './accompaniment-log.js';
import { logSummary } from './log-summary.js';

const phases = [
  { id: 2, name: 'Phase 2', startsOn: '2025-01-06', endsOn: '2025-06-30', budgetHours: 30 },
  { id: 1, name: 'Phase 1', startsOn: '2024-10-01', endsOn: '2024-12-20', budgetHours: 12 },
];
const entry = (
  id: number,
  phaseId: number | null,
  person: string,
  activity: string,
  hours: number,
) => ({
  id,
  phaseId,
  date: '2024-10-10',
  person,
  activity,
  hours,
});

describe('logSummary', () => {
  it('sums hours in hundredths: 0.1 + 0.2 makes 0.3, and 12 − 12.5 leaves −0.5', () => {
    const s = logSummary({
      phases,
      hours: [
        entry(1, 1, 'Léa', 'analyse', 0.1),
        entry(2, 1, 'Léa', 'analyse', 0.2),
        entry(3, 1, 'Marc', 'entrevues', 12.2),
      ],
      deliverables: [],
    });
    expect(s.phases.map((p) => p.name)).toEqual(['Phase 1', 'Phase 2']);
    const [one, two] = s.phases;
    expect(one).toMatchObject({
      spentHours: 12.5,
      budgetHours: 12,
      remainingHours: -0.5,
      over: true,
    });
    expect(one?.used).toBeCloseTo(12.5 / 12, 12);
    expect(one?.byPerson).toEqual([
      { key: 'Marc', hours: 12.2 },
      { key: 'Léa', hours: 0.3 },
    ]);
    expect(one?.byActivity).toEqual([
      { key: 'entrevues', hours: 12.2 },
      { key: 'analyse', hours: 0.3 },
    ]);
    expect(two).toMatchObject({ spentHours: 0, remainingHours: 30, over: false, used: 0 });
    expect(s).toMatchObject({ budgetHours: 42, spentHours: 12.5, unassigned: null });
  });

  it('keeps hours and deliverables outside every phase apart', () => {
    const s = logSummary({
      phases,
      hours: [entry(1, null, 'Léa', 'suivi', 1.25)],
      deliverables: [{ id: 1, phaseId: null, date: '2026-01-01', title: 'Bilan' }],
    });
    expect(s.unassigned).toMatchObject({
      name: null,
      spentHours: 1.25,
      budgetHours: null,
      over: false,
    });
    expect(s.unassigned?.deliverables.map((d) => d.title)).toEqual(['Bilan']);
    expect(s.spentHours).toBe(1.25);
  });
});

describe('phaseForDate', () => {
  it('finds the phase whose dates hold the day, bounds included', () => {
    expect(phaseForDate(phases, '2024-12-20')?.id).toBe(1);
    expect(phaseForDate(phases, '2025-01-06T09:00:00Z')?.id).toBe(2);
    expect(phaseForDate(phases, '2024-12-25')).toBeUndefined();
  });
});
