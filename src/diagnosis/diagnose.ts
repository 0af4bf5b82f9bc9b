import type { Analysis } from '../model/analysis.js';
import type { Diagnosis, DiagnosisIndicator, Judgement } from '../model/diagnosis.js';
import type { Finding } from '../model/finding.js';
import type { SurveyInstrument } from '../model/survey-instrument.js';
import { evaluateRule, type SurveyStrength } from './evaluate-rule.js';
import { needFindings } from './needs.js';
import { CONSTAT_RULES } from './rules/constats.js';
import { FREIN_RULES } from './rules/freins.js';
import { INDICATORS, sourceOf } from './rules/indicators.js';
import { LEVIER_RULES } from './rules/leviers.js';
import type { Rule } from './rules/rule.js';
import {
  mergeThresholds,
  type Threshold,
  type Thresholds,
  thresholdOf,
} from './rules/thresholds.js';
import { type Signals, type StewardFacts, signals } from './signals.js';
import { describeBound, statusOf } from './status.js';

/** Options of `diagnose`. */
export interface DiagnoseOptions {
  /** Threshold overrides for this community, by signal id (method.md §4.1 defaults otherwise). */
  readonly thresholds?: Readonly<Record<string, Partial<Threshold>>>;
  /** The steward's judgements: matching findings are marked (dismissed ones are kept). */
  readonly judgements?: readonly Judgement[];
  /** Indicators only the steward can give (O1–O3, T1, R2). */
  readonly facts?: StewardFacts;
  /** Rules to use instead of the defaults (freins, leviers, constats). */
  readonly rules?: readonly Rule[];
  /** The survey instrument, for needs' labels and actions. */
  readonly instrument?: SurveyInstrument;
}

/** Every default rule: freins F1–F14, leviers L1–L10, constats C1–C4. */
export const DEFAULT_RULES: readonly Rule[] = [...FREIN_RULES, ...LEVIER_RULES, ...CONSTAT_RULES];

const KIND_ORDER = { frein: 0, besoin: 1, constat: 2, levier: 3 } as const;

function indicatorsOf(values: Signals, thresholds: Thresholds): DiagnosisIndicator[] {
  return INDICATORS.map(({ id, fr, en }) => {
    const threshold = thresholdOf(thresholds, id);
    const value = values[id] ?? null;
    return {
      id,
      label: { fr, en },
      value: value === null ? null : Number(value.toFixed(4)),
      status: statusOf(value, threshold),
      thresholds: {
        green: threshold ? describeBound(threshold.green) : '',
        red: threshold ? describeBound(threshold.red) : '',
        evidence: threshold?.evidence ?? 'E',
      },
      source: sourceOf(id),
    };
  });
}

function applyJudgements(findings: Finding[], judgements: readonly Judgement[]): Finding[] {
  const byId = new Map(judgements.map((j) => [j.findingId, j]));
  return findings.map((finding) => {
    const judgement = byId.get(finding.id);
    return judgement
      ? { ...finding, judgement: { status: judgement.status, note: judgement.note } }
      : finding;
  });
}

/**
 * The diagnosis of a community (product.md §3.3; docs/diagnosis.md): indicators with their
 * colours, findings — freins, besoins, constats, leviers — from rules that are data, and the
 * suggested stage. Dismissed findings are kept, marked, and sorted last. Pure and deterministic.
 * @example diagnose(analysis).findings.filter((f) => f.kind === 'frein').map((f) => f.code)
 */
export function diagnose(analysis: Analysis, options: DiagnoseOptions = {}): Diagnosis {
  const thresholds = mergeThresholds(options.thresholds);
  const values = signals(analysis, options.facts);
  const strength: SurveyStrength = {
    respondents: analysis.survey?.respondents ?? 0,
    responseRate: analysis.survey?.responseRate ?? null,
  };
  const fired = (options.rules ?? DEFAULT_RULES)
    .map((rule) => evaluateRule(rule, values, thresholds, strength))
    .filter((f): f is Finding => f !== null);
  const findings = applyJudgements(
    [...fired, ...needFindings(analysis.survey, thresholds, strength, options.instrument)],
    options.judgements ?? [],
  ).sort(
    (a, b) =>
      Number(a.judgement?.status === 'dismissed') - Number(b.judgement?.status === 'dismissed') ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      b.severity - a.severity ||
      b.confidence - a.confidence ||
      a.code.localeCompare(b.code, 'en', { numeric: true }),
  );
  return {
    schemaVersion: 1,
    community: { ...analysis.community },
    asOf: analysis.asOf,
    indicators: indicatorsOf(values, thresholds),
    findings,
    stage: {
      stage: analysis.stage.stage,
      relaunch: analysis.stage.relaunch,
      evidence: [...analysis.stage.evidence],
    },
    survey: analysis.survey
      ? { respondents: analysis.survey.respondents, responseRate: analysis.survey.responseRate }
      : null,
  };
}
