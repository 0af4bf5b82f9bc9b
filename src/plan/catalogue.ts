import {
  type Action,
  ActionSchema,
  type CustomActions,
  fail,
  type Issue,
  ok,
  PHASES,
  type Result,
} from '../model/index.js';
import { RENEWAL_ACTIONS } from './catalogue-renewal.js';
import { RUN_ACTIONS } from './catalogue-run.js';
import { SETUP_ACTIONS } from './catalogue-setup.js';

function actionNumber(id: string): number {
  return Number(id.replace(/\D/g, '')) || 0;
}

/** The action catalogue A1–A29 of method.md §7, in id order. */
export const CATALOGUE: readonly Action[] = [
  ...SETUP_ACTIONS,
  ...RUN_ACTIONS,
  ...RENEWAL_ACTIONS,
].sort((a, b) => actionNumber(a.id) - actionNumber(b.id));

/**
 * Checks a catalogue's references: every dependency exists, none is in a later phase than its
 * dependant (the sequence of method.md §7), and dependencies have no cycle.
 */
export function validateCatalogue(actions: readonly Action[], file = 'catalogue'): Issue[] {
  const byId = new Map(actions.map((a) => [a.id, a]));
  const issues: Issue[] = [];
  for (const action of actions) {
    for (const dep of action.requires) {
      const required = byId.get(dep);
      if (!required) {
        issues.push({ file, column: action.id, code: 'unknown_reference', params: { value: dep } });
      } else if (PHASES.indexOf(required.phase) > PHASES.indexOf(action.phase)) {
        const value = `${action.id} requires ${dep}`;
        const expected = 'a dependency in the same or an earlier phase';
        issues.push({
          file,
          column: action.id,
          code: 'invalid_value',
          params: { value, expected },
        });
      }
    }
  }
  for (const id of cyclicIds(byId)) {
    const expected = 'no dependency cycle';
    issues.push({ file, column: id, code: 'invalid_value', params: { value: id, expected } });
  }
  return issues;
}

function cyclicIds(byId: ReadonlyMap<string, Action>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const cyclic: string[] = [];
  const visit = (id: string): boolean => {
    const seen = state.get(id);
    if (seen) return seen === 'open';
    state.set(id, 'open');
    const inCycle = (byId.get(id)?.requires ?? []).some(visit);
    state.set(id, 'done');
    if (inCycle) cyclic.push(id);
    return inCycle;
  };
  for (const id of byId.keys()) visit(id);
  return cyclic;
}

/**
 * Merges custom actions (a file validated by `CustomActionsSchema`) into a catalogue: an entry
 * with a known id patches that action field by field, a new id must be a complete action.
 * Returns every issue found (field errors, unknown dependencies, cycles) instead of throwing.
 *
 * @example
 * mergeCatalogue(CATALOGUE, [{ id: 'A7', hoursPerOccurrence: [4, 6] }])
 */
export function mergeCatalogue(
  base: readonly Action[],
  custom: CustomActions,
  file = 'custom-actions.json',
): Result<readonly Action[]> {
  const merged = new Map(base.map((a) => [a.id, a]));
  const issues: Issue[] = [];
  for (const patch of custom) {
    const previous = merged.get(patch.id);
    const candidate: Record<string, unknown> = previous ? { ...previous, ...patch } : patch;
    const parsed = ActionSchema.safeParse(candidate);
    if (parsed.success) {
      merged.set(patch.id, parsed.data);
      continue;
    }
    for (const problem of parsed.error.issues) {
      const field = problem.path.map(String).join('.');
      issues.push(
        candidate[String(problem.path[0])] === undefined
          ? { file, column: patch.id, code: 'required_value', params: { field } }
          : {
              file,
              column: patch.id,
              code: 'invalid_value',
              params: { value: field, expected: problem.message },
            },
      );
    }
  }
  const actions = [...merged.values()];
  issues.push(...validateCatalogue(actions, file));
  return issues.length > 0 ? fail(issues) : ok(actions);
}
