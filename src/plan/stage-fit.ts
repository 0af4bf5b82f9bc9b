import { type Action, STAGES, type Stage } from '../model/index.js';

/**
 * Whether an action suits the community's stage (docs/plan.md §2) [E]: it lists the current
 * stage, or the next one (a plan spans a year of growth), except transformation, which only a
 * community already in transformation plans for. An established community (maturing onwards, or
 * flagged for relaunch) is relaunched: actions marked `relaunch`, coalescing or maturing fit too,
 * since a relaunch takes it back through coalescing (method.md §7 "Re").
 *
 * @example
 * fitsStage(A28, 'stewardship', true) // false: sunset decisions are for transformation
 */
export function fitsStage(action: Action, stage: Stage, relaunch: boolean): boolean {
  const index = STAGES.indexOf(stage);
  const fitting = new Set<string>([stage]);
  const next = STAGES[index + 1];
  if (next && next !== 'transformation') fitting.add(next);
  if (relaunch || index >= STAGES.indexOf('maturing')) {
    for (const s of ['relaunch', 'coalescing', 'maturing']) fitting.add(s);
  }
  return action.stages.some((s) => fitting.has(s));
}
