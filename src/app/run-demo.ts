import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyse } from '../analytics/analyse.js';
import { generateDemo } from '../demo/generate-demo.js';
import type { Lang } from '../i18n/lang.js';
import { type Analysis, AnalysisSchema } from '../model/analysis.js';
import { PoulsError } from '../model/pouls-error.js';
import { loadDataset, replaceCommunity, type Store, type WriteSummary } from '../store/index.js';
import { writeReport } from './make-report.js';

/** What `pouls demo` did: the summary of the write and the files it produced. */
export interface DemoOutcome {
  readonly summary: WriteSummary;
  readonly analysis: Analysis;
  readonly files: string[];
}

/**
 * Adds the demo community (slug `demo`, replacing an earlier one) to the store, analyses it and
 * writes `analysis.json` and the report into `outDir`.
 */
export async function runDemo(
  store: Store,
  options: { outDir: string; lang: Lang },
): Promise<DemoOutcome> {
  const demo = generateDemo();
  const written = await replaceCommunity(store.db, demo.community, demo.batch);
  if (!written.ok) throw new PoulsError('internal', 'the demo community could not be written');
  const dataset = await loadDataset(store.db, written.value.community);
  const analysis = AnalysisSchema.parse(
    analyse(dataset, { asOf: demo.asOf, windowDays: 90, seed: 1 }),
  );
  await mkdir(options.outDir, { recursive: true });
  const analysisPath = join(options.outDir, 'analysis.json');
  await writeFile(analysisPath, `${JSON.stringify(analysis, null, 2)}\n`);
  const reports = await writeReport(analysis, {
    formats: ['html'],
    lang: options.lang,
    outDir: options.outDir,
    generatedOn: demo.asOf,
  });
  return { summary: written.value.summary, analysis, files: [analysisPath, ...reports] };
}
