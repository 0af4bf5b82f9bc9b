import type { AccompanimentLog, LogDeliverable } from './accompaniment-log.js';

/** Hours summed by a key (person or activity), largest first. */
export interface HoursBy {
  readonly key: string;
  readonly hours: number;
}

/** One phase against its budget. */
export interface PhaseSummary {
  readonly id: number | null;
  readonly name: string | null;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly budgetHours: number | null;
  readonly spentHours: number;
  /** budget − spent (negative when over); null without a budget. */
  readonly remainingHours: number | null;
  /** spent ÷ budget; null without a budget or with a zero budget. */
  readonly used: number | null;
  readonly over: boolean;
  readonly byPerson: readonly HoursBy[];
  readonly byActivity: readonly HoursBy[];
  readonly deliverables: readonly LogDeliverable[];
}

/** The log in numbers: each phase against its budget, and what no phase holds. */
export interface LogSummary {
  readonly phases: readonly PhaseSummary[];
  /** Hours and deliverables outside every phase; null when there are none. */
  readonly unassigned: PhaseSummary | null;
  readonly budgetHours: number;
  readonly spentHours: number;
}

/** Hours are summed in hundredths so that 0.1 + 0.2 makes 0.3. */
const cents = (h: number) => Math.round(h * 100);

function sumBy<E extends { hours: number }>(
  entries: readonly E[],
  key: (e: E) => string,
): HoursBy[] {
  const totals = new Map<string, number>();
  for (const e of entries) totals.set(key(e), (totals.get(key(e)) ?? 0) + cents(e.hours));
  return [...totals]
    .map(([k, c]) => ({ key: k, hours: c / 100 }))
    .sort((a, b) => b.hours - a.hours || a.key.localeCompare(b.key));
}

/**
 * Sums the accompaniment log (product.md §3.6): hours spent per phase against its budget, by
 * person and by activity, with the phase's deliverables, phases in start order.
 *
 * @example
 * logSummary(log).phases[0] // { name: 'Phase 1', budgetHours: 12, spentHours: 11.5, ... }
 */
export function logSummary(log: AccompanimentLog): LogSummary {
  const phases = [...log.phases].sort(
    (a, b) => a.startsOn.localeCompare(b.startsOn) || a.id - b.id,
  );
  const summarise = (
    phase: (typeof phases)[number] | null,
    hours: AccompanimentLog['hours'],
    deliverables: readonly LogDeliverable[],
  ): PhaseSummary => {
    const spent = hours.reduce((sum, e) => sum + cents(e.hours), 0);
    const budget = phase ? cents(phase.budgetHours) : null;
    return {
      id: phase?.id ?? null,
      name: phase?.name ?? null,
      startsOn: phase?.startsOn ?? null,
      endsOn: phase?.endsOn ?? null,
      budgetHours: budget === null ? null : budget / 100,
      spentHours: spent / 100,
      remainingHours: budget === null ? null : (budget - spent) / 100,
      used: budget === null || budget === 0 ? null : spent / budget,
      over: budget !== null && spent > budget,
      byPerson: sumBy(hours, (e) => e.person),
      byActivity: sumBy(hours, (e) => e.activity),
      deliverables: [...deliverables].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id),
    };
  };
  const known = new Set(phases.map((p) => p.id));
  const loose = (e: { phaseId: number | null }) => e.phaseId === null || !known.has(e.phaseId);
  const looseHours = log.hours.filter(loose);
  const looseDeliverables = log.deliverables.filter(loose);
  const summaries = phases.map((p) =>
    summarise(
      p,
      log.hours.filter((e) => e.phaseId === p.id),
      log.deliverables.filter((d) => d.phaseId === p.id),
    ),
  );
  return {
    phases: summaries,
    unassigned:
      looseHours.length + looseDeliverables.length > 0
        ? summarise(null, looseHours, looseDeliverables)
        : null,
    budgetHours: phases.reduce((sum, p) => sum + cents(p.budgetHours), 0) / 100,
    spentHours: log.hours.reduce((sum, e) => sum + cents(e.hours), 0) / 100,
  };
}
