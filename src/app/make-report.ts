import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Thresholds } from '../diagnosis/rules/thresholds.js';
import type { Comparison, LogSummary } from '../follow/index.js';
import type { Lang } from '../i18n/lang.js';
import type { Analysis } from '../model/analysis.js';
import type { Diagnosis } from '../model/diagnosis.js';
import type { Plan } from '../model/plan.js';
import { PoulsError } from '../model/pouls-error.js';

/** The report formats Pouls writes. */
export const REPORT_FORMATS = ['pdf', 'docx', 'pptx', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of a report run; `generatedOn` is the ISO date printed on the title page. */
export interface WriteReportOptions {
  readonly formats: readonly ReportFormat[];
  readonly lang: Lang;
  readonly outDir: string;
  readonly generatedOn: string;
  readonly authors?: string;
  /** The diagnosis, for the freins, leviers and needs sections. */
  readonly diagnosis?: Diagnosis;
  /** The plan, for the recommendations, scenarios and indicators sections. */
  readonly plan?: Plan;
  /** The community's thresholds, so key figures are coloured as the diagnosis colours them. */
  readonly thresholds?: Thresholds;
  /** A logo for the title page of every format (PNG or JPEG; SVG for the PDF and HTML only). */
  readonly logo?: string;
  /** The two latest snapshots compared, for the "since the last phase" chapter. */
  readonly comparison?: Comparison;
  /** The accompaniment log, for its appendix. */
  readonly log?: LogSummary;
}

async function readLogo(path: string | undefined) {
  if (!path) return undefined;
  const ext = path.toLowerCase().split('.').pop();
  const format =
    ext === 'jpeg' || ext === 'jpg'
      ? 'jpg'
      : ext === 'svg'
        ? 'svg'
        : ext === 'png'
          ? 'png'
          : undefined;
  if (!format) {
    throw new PoulsError('usage', `logo ${path}`, {
      params: { key: 'badFormat', value: path, expected: 'png, jpg, svg' },
    });
  }
  try {
    return { data: await readFile(path), format } as const;
  } catch (cause) {
    throw new PoulsError('usage', `logo ${path}`, {
      cause,
      params: { key: 'badFormat', value: path, expected: 'png, jpg, svg' },
    });
  }
}

/** Checks the `--format` list, e.g. `html` or `pdf,html`. */
export function parseReportFormats(value: string): ReportFormat[] {
  const formats = value.split(',').map((f) => f.trim().toLowerCase());
  for (const format of formats) {
    if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
      throw new PoulsError('usage', `unknown report format ${format}`, {
        params: { value: format, expected: REPORT_FORMATS.join(', ') },
      });
    }
  }
  return formats as ReportFormat[];
}

/** Renders the report of an analysis into `outDir`, one file per format; returns the paths. */
export async function writeReport(
  analysis: Analysis,
  options: WriteReportOptions,
): Promise<string[]> {
  // The renderers (ECharts, Typst, docx...) load only when a report is written.
  const { buildReport, renderDocx, renderHtml, renderPdf, renderPptx } = await import(
    '../report/index.js'
  );
  const report = buildReport(analysis, {
    lang: options.lang,
    generatedOn: options.generatedOn,
    ...(options.authors ? { authors: options.authors } : {}),
    ...(options.diagnosis ? { diagnosis: options.diagnosis } : {}),
    ...(options.plan ? { plan: options.plan } : {}),
    ...(options.thresholds ? { thresholds: options.thresholds } : {}),
    ...(options.comparison ? { comparison: options.comparison } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  await mkdir(options.outDir, { recursive: true });
  const written: string[] = [];
  const logo = await readLogo(options.logo);
  const office = logo && logo.format !== 'svg' ? { logo } : {};
  const render: Record<ReportFormat, () => Promise<Uint8Array | string>> = {
    html: async () => renderHtml(report, logo ? { logo } : {}),
    pdf: async () => renderPdf(report, logo ? { logo } : {}),
    docx: () => renderDocx(report, { date: options.generatedOn, ...office }),
    pptx: () => renderPptx(report, { date: options.generatedOn, ...office }),
  };
  for (const format of options.formats) {
    const path = join(options.outDir, `report.${format}`);
    await writeFile(path, await render[format]());
    written.push(path);
  }
  return written;
}
