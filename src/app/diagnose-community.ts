import { diagnose } from '../diagnosis/index.js';
import { mergeThresholds, type Thresholds } from '../diagnosis/rules/thresholds.js';
import type { Analysis } from '../model/analysis.js';
import { type Diagnosis, DiagnosisSchema } from '../model/diagnosis.js';
import { PoulsError } from '../model/pouls-error.js';
import { loadJudgements, loadSettings, type Store, saveJudgement } from '../store/index.js';
import { type AnalyseCommunityOptions, loadAndAnalyse } from './analyse-community.js';
import { resolveCommunity } from './resolve-community.js';

/** A community's analysis and its diagnosis, with the steward's judgements applied. */
export interface DiagnosedCommunity {
  readonly analysis: Analysis;
  readonly diagnosis: Diagnosis;
  /** The thresholds the diagnosis used: the community's overrides over method.md §4.1. */
  readonly thresholds: Thresholds;
}

/**
 * Diagnoses a community (`pouls diagnose`): its analysis read through the rules, with the
 * community's threshold overrides and facts, and the steward's judgements kept across runs.
 */
export async function diagnoseCommunity(
  store: Store,
  options: AnalyseCommunityOptions,
): Promise<DiagnosedCommunity> {
  const { community, analysis } = await loadAndAnalyse(store, options, 'table');
  const settings = await loadSettings(store.db, community.id);
  const judgements = await loadJudgements(store.db, community.id);
  const thresholds = mergeThresholds(settings.thresholds as never);
  const diagnosis = diagnose(analysis, {
    judgements,
    thresholds,
    ...(settings.facts ? { facts: settings.facts as never } : {}),
  });
  return { analysis, diagnosis: DiagnosisSchema.parse(diagnosis), thresholds };
}

/** Confirms, dismisses or annotates a finding; the judgement is kept across runs. */
export async function judgeFinding(
  store: Store,
  options: {
    community?: string;
    findingId: string;
    status: 'confirmed' | 'dismissed' | 'noted';
    note: string;
    today: string;
  },
): Promise<void> {
  const community = await resolveCommunity(store, options.community);
  const { diagnosis } = await diagnoseCommunity(store, {
    community: community.slug,
    asOf: options.today,
  });
  if (!diagnosis.findings.some((f) => f.id === options.findingId)) {
    throw new PoulsError('bad_input', `unknown finding ${options.findingId}`, {
      params: {
        key: 'unknownFinding',
        value: options.findingId,
        expected: diagnosis.findings.map((f) => f.id).join(', '),
      },
    });
  }
  await saveJudgement(store.db, community.id, {
    findingId: options.findingId,
    status: options.status,
    note: options.note,
    madeOn: options.today,
  });
}
