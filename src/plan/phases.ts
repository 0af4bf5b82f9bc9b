import type { Action, Phase } from '../model/index.js';

/** A half-open range of 0-based months `[start, end)` of the plan. */
export interface MonthWindow {
  start: number;
  end: number;
}

/** Start months of the relaunch sequence (method.md §7): diagnose 0–2, design 2–3, relaunch 3–4, run 4–12. */
const PHASE_STARTS: Readonly<Record<Phase, number>> = {
  diagnose: 0,
  design: 2,
  relaunch: 3,
  run: 4,
};
const RUN_START = PHASE_STARTS.run + 1;

/**
 * The months a phase occupies over a horizon: method.md §7's windows when the horizon leaves at
 * least one month to run, otherwise the same windows scaled down (each at least one month).
 *
 * @example
 * phaseWindow('design', 12) // { start: 2, end: 3 }
 */
export function phaseWindow(phase: Phase, horizon: number): MonthWindow {
  const scale = horizon >= RUN_START ? 1 : horizon / RUN_START;
  const startOf = (p: Phase) => Math.min(horizon - 1, Math.floor(PHASE_STARTS[p] * scale));
  const start = startOf(phase);
  const next: Record<Phase, number> = {
    diagnose: startOf('design'),
    design: startOf('relaunch'),
    relaunch: startOf('run'),
    run: horizon,
  };
  return { start, end: Math.max(start + 1, next[phase]) };
}

/**
 * The months an action's occurrences spread over: its phase window for a one-off action, from its
 * phase's start to the end of the horizon for a recurring one.
 */
export function occurrenceWindow(action: Action, horizon: number): MonthWindow {
  const window = phaseWindow(action.phase, horizon);
  return action.frequency.per === 'once' ? window : { start: window.start, end: horizon };
}
