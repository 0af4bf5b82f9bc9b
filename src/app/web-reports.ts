import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import type { Plan } from '../model/plan.js';
import { insertReport, type Store, type StoredReport } from '../store/index.js';
import type { Dashboard } from './dashboard.js';
import { type ReportFormat, writeReport } from './make-report.js';

/**
 * Writes a community's report in one format exactly as `pouls report` does, and keeps its bytes
 * in the store under a random id (downloads name a report by id, never by path).
 */
export async function generateReport(
  store: Store,
  options: {
    dashboard: Dashboard;
    plan: Plan;
    format: ReportFormat;
    lang: Lang;
    actor: string;
    now: Date;
  },
): Promise<StoredReport> {
  const dir = await mkdtemp(join(tmpdir(), 'pouls-report-'));
  try {
    const { dashboard } = options;
    const [path] = await writeReport(dashboard.analysis, {
      formats: [options.format],
      lang: options.lang,
      outDir: dir,
      generatedOn: dashboard.analysis.asOf,
      diagnosis: dashboard.diagnosis,
      plan: options.plan,
    });
    const report: StoredReport = {
      id: randomBytes(16).toString('hex'),
      communityId: dashboard.community.id,
      format: options.format,
      lang: options.lang,
      createdAt: options.now.toISOString(),
      createdBy: options.actor,
    };
    await insertReport(store.db, { ...report, content: await readFile(path as string) });
    return report;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
