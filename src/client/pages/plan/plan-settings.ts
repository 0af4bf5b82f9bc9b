import type { Action, CustomActions, Phase, Priority } from '../../../model/plan.js';

/** The next free id with a prefix: `X1`, `X2`… */
export function nextId(prefix: string, taken: readonly string[]): string {
  let n = 1;
  while (taken.includes(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** What the steward types to add an action of their own. */
export interface CustomActionDraft {
  readonly label: string;
  readonly phase: Phase;
  readonly setupHours: number;
  readonly hoursPerOccurrence: number;
  readonly perYear: number;
  readonly freins: readonly string[];
}

/** A complete catalogue action from the steward's draft, fit for every stage. */
export function customAction(
  id: string,
  draft: CustomActionDraft,
  stages: readonly Action['stages'][number][],
  source: string,
): CustomActions[number] {
  return {
    id,
    label: { fr: draft.label, en: draft.label },
    freins: [...draft.freins],
    levers: [],
    stages: [...stages],
    phase: draft.phase,
    setupHours: [draft.setupHours, draft.setupHours],
    hoursPerOccurrence: [draft.hoursPerOccurrence, draft.hoursPerOccurrence],
    frequency: { per: 'year', range: [draft.perYear, draft.perYear] },
    roles: ['staff'],
    memberEffort: [],
    moves: {},
    requires: [],
    sources: [source],
  };
}

/** A priority of the organisation from the steward's words, weight and findings. */
export function priority(
  id: string,
  label: string,
  weight: number,
  findings: readonly string[],
): Priority {
  return { id, label: { fr: label, en: label }, weight, findings: [...findings] };
}
