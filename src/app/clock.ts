/** The time, given by the entry point (the real clock) or by a test (a fixed one). */
export interface Clock {
  now(): Date;
}

/** A clock stopped at one instant, for tests and reproducible runs. */
export function fixedClock(at: string | Date): Clock {
  const instant = new Date(at);
  return { now: () => new Date(instant) };
}

/** The ISO date (YYYY-MM-DD, UTC) of a clock's present. */
export function todayOf(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}
