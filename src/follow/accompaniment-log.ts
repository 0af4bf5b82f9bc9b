/** A phase of the accompaniment, with its budget of hours (e.g. phase 1, Oct–Dec, 12 h). */
export interface LogPhase {
  readonly id: number;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly budgetHours: number;
}

/** Hours one person spent on one activity on a date. */
export interface LogHours {
  readonly id: number;
  readonly phaseId: number | null;
  readonly date: string;
  readonly person: string;
  readonly activity: string;
  readonly hours: number;
}

/** A deliverable handed over on a date. */
export interface LogDeliverable {
  readonly id: number;
  readonly phaseId: number | null;
  readonly date: string;
  readonly title: string;
}

/** The whole accompaniment log of a community. */
export interface AccompanimentLog {
  readonly phases: readonly LogPhase[];
  readonly hours: readonly LogHours[];
  readonly deliverables: readonly LogDeliverable[];
}

/**
 * The phase an entry dated `date` belongs to: the one named, else the first phase (by start)
 * whose dates contain it, else none.
 */
export function phaseForDate(phases: readonly LogPhase[], date: string): LogPhase | undefined {
  const day = date.slice(0, 10);
  return [...phases]
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id - b.id)
    .find((p) => p.startsOn <= day && day <= p.endsOn);
}
