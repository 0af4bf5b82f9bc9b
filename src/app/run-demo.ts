import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateDemo } from '../demo/generate-demo.js';
import { demoSurveyResponses } from '../demo/survey-responses.js';
import type { Lang } from '../i18n/lang.js';
import type { Analysis } from '../model/analysis.js';
import type { Diagnosis } from '../model/diagnosis.js';
import type { Plan } from '../model/plan.js';
import { PoulsError } from '../model/pouls-error.js';
import { SURVEY_INSTRUMENT } from '../model/survey-instrument.js';
import { replaceCommunity, type Store, type WriteSummary, writeSurvey } from '../store/index.js';
import { writeReport } from './make-report.js';
import { planCommunity } from './plan-community.js';

/** What `pouls demo` did: the summary of the write and the files it produced. */
export interface DemoOutcome {
  readonly summary: WriteSummary;
  readonly responses: number;
  readonly analysis: Analysis;
  readonly diagnosis: Diagnosis;
  readonly plan: Plan;
  readonly files: string[];
}

async function writeJson(path: string, value: unknown): Promise<string> {
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
  return path;
}

/**
 * Adds the demo community (slug `demo`, replacing an earlier one) with its 45 survey responses
 * to the store, analyses, diagnoses and plans it, and writes `analysis.json`, `diagnosis.json`,
 * `plan.json` and the report into `outDir`.
 */
export async function runDemo(
  store: Store,
  options: { outDir: string; lang: Lang },
): Promise<DemoOutcome> {
  const demo = generateDemo();
  const written = await replaceCommunity(store.db, demo.community, demo.batch);
  if (!written.ok) throw new PoulsError('internal', 'the demo community could not be written');
  const responses = demoSurveyResponses(demo);
  await writeSurvey(store.db, demo.community, {
    instrumentId: SURVEY_INSTRUMENT.id,
    instrumentVersion: SURVEY_INSTRUMENT.version,
    source: 'pouls-demo',
    responses,
    ties: [],
    columns: [],
  });
  const planned = await planCommunity(store, {
    community: demo.community.slug,
    asOf: demo.asOf,
    hourlyRate: 45,
  });
  if (!planned.ok) throw new PoulsError('internal', 'the demo plan could not be made');
  const { analysis, diagnosis, plan, thresholds } = planned.value;
  await mkdir(options.outDir, { recursive: true });
  const files = [
    await writeJson(join(options.outDir, 'analysis.json'), analysis),
    await writeJson(join(options.outDir, 'diagnosis.json'), diagnosis),
    await writeJson(join(options.outDir, 'plan.json'), plan),
  ];
  const reports = await writeReport(analysis, {
    formats: ['pdf', 'docx', 'pptx', 'html'],
    lang: options.lang,
    outDir: options.outDir,
    generatedOn: demo.asOf,
    diagnosis,
    plan,
    thresholds,
  });
  return {
    summary: written.value.summary,
    responses: responses.length,
    analysis,
    diagnosis,
    plan,
    files: [...files, ...reports],
  };
}
