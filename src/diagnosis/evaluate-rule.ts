import type { IndicatorStatus } from '../model/diagnosis.js';
import type { Evidence, Finding } from '../model/finding.js';
import { sourceOf } from './rules/indicators.js';
import type { Condition, Rule } from './rules/rule.js';
import { type Thresholds, thresholdOf } from './rules/thresholds.js';
import type { Signals } from './signals.js';
import { describeBound, statusOf } from './status.js';

/** What the rules know about the survey, for confidence. */
export interface SurveyStrength {
  /** Respondents, 0 without a survey. */
  readonly respondents: number;
  readonly responseRate: number | null;
}

const SEVERITY: Readonly<Record<IndicatorStatus, number>> = {
  red: 3,
  amber: 2,
  unknown: 2,
  green: 2,
};

function holds(condition: Condition, status: IndicatorStatus): boolean {
  if (condition.when === 'notGreen') return status === 'amber' || status === 'red';
  return condition.when === status;
}

function evidenceOf(signal: string, value: number | null, thresholds: Thresholds): Evidence {
  const threshold = thresholdOf(thresholds, signal);
  const words = threshold
    ? `green ${describeBound(threshold.green)} · red ${describeBound(threshold.red)}`
    : 'none';
  const rounded = value === null ? null : Number(value.toFixed(4));
  return {
    indicator: signal,
    value: rounded,
    threshold: words,
    source: threshold?.evidence ?? 'E',
  };
}

/**
 * Confidence of a finding [E]: 0.55 on one signal, 0.7 on two, 0.8 on three or more; −0.15
 * when survey signals fire on a small survey (< 20 respondents or < 20 % response), −0.1 when
 * the rule reads the survey but there is none to corroborate; kept within 0.1–0.95.
 */
export function confidenceOf(rule: Rule, fired: readonly string[], survey: SurveyStrength): number {
  let confidence = fired.length >= 3 ? 0.8 : fired.length === 2 ? 0.7 : 0.55;
  const small = survey.respondents < 20 || (survey.responseRate ?? 0) < 0.2;
  if (survey.respondents > 0 && small && fired.some((s) => sourceOf(s) === 'survey'))
    confidence -= 0.15;
  const readsSurvey = [...rule.triggers.flat(), ...(rule.support ?? [])].some(
    (cond) => sourceOf(cond.signal) === 'survey',
  );
  if (survey.respondents === 0 && readsSurvey) confidence -= 0.1;
  return Math.round(Math.min(0.95, Math.max(0.1, confidence)) * 100) / 100;
}

/**
 * Evaluates one rule on the signals: a finding when a trigger group holds entirely, with every
 * holding condition (trigger or support) as evidence, severity from the worst colour (red 3,
 * amber 2; a levier's green 2), confidence from `confidenceOf`; null when nothing fires.
 */
export function evaluateRule(
  rule: Rule,
  values: Signals,
  thresholds: Thresholds,
  survey: SurveyStrength,
): Finding | null {
  const status = (signal: string) =>
    statusOf(values[signal] ?? null, thresholdOf(thresholds, signal));
  const firedGroups = rule.triggers.filter((group) =>
    group.every((cond) => holds(cond, status(cond.signal))),
  );
  if (firedGroups.length === 0) return null;
  const conditions = [
    ...firedGroups.flat(),
    ...(rule.support ?? []).filter((cond) => holds(cond, status(cond.signal))),
  ];
  const fired = [...new Set(conditions.map((cond) => cond.signal))];
  const severity = Math.max(...firedGroups.flat().map((cond) => SEVERITY[status(cond.signal)]));
  return {
    id: `${rule.kind}-${rule.code}`,
    kind: rule.kind,
    code: rule.code,
    title: { ...rule.title },
    severity,
    confidence: confidenceOf(rule, fired, survey),
    evidence: fired.map((signal) => evidenceOf(signal, values[signal] ?? null, thresholds)),
    references: [...rule.references],
    actions: [...rule.actions],
  };
}
