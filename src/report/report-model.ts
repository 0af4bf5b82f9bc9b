import type { Thresholds } from '../diagnosis/rules/thresholds.js';
import type { Comparison, LogSummary } from '../follow/index.js';
import type { Lang } from '../i18n/lang.js';
import type { Analysis } from '../model/analysis.js';
import type { Diagnosis } from '../model/diagnosis.js';
import type { Plan } from '../model/plan.js';
import { reportContext } from './report-context.js';
import type { Block, Cover, Report, Section } from './report-types.js';
import { appendixSection } from './sections/appendix-section.js';
import { evolutionSection } from './sections/evolution-section.js';
import { findingsSection } from './sections/findings-section.js';
import { logSection } from './sections/log-section.js';
import { mandateSection, positioningBlocks } from './sections/mandate-section.js';
import { needsSection } from './sections/needs-section.js';
import { networkSection } from './sections/network-section.js';
import { participationSection } from './sections/participation-section.js';
import {
  indicatorsSection,
  recommendationsSection,
  scenariosSection,
} from './sections/plan-sections.js';
import { portraitSection } from './sections/portrait-section.js';
import { rhythmSection } from './sections/rhythm-section.js';
import { sinceSection } from './sections/since-section.js';
import { stageSection } from './sections/stage-section.js';
import { summarySection } from './sections/summary-section.js';

/** The report types, re-exported beside {@link buildReport}. */
export type * from './report-types.js';

/** Options of {@link buildReport}. */
export interface ReportOptions {
  lang: Lang;
  /** ISO date printed as the report's date; passed in so the report stays deterministic. */
  generatedOn: string;
  /** Who prepared the report; a neutral default otherwise. */
  authors?: string;
  /** The diagnosis, for the freins-and-leviers and needs sections. */
  diagnosis?: Diagnosis;
  /** The plan, for the recommendations, scenarios and indicators sections. */
  plan?: Plan;
  /** The community's thresholds (overrides merged over method.md §4.1), as the diagnosis used. */
  thresholds?: Thresholds;
  /** The comparison of the two latest snapshots, for the "since the last phase" chapter. */
  comparison?: Comparison;
  /** The accompaniment log, for its appendix. */
  log?: LogSummary;
}

function firstMonth(analysis: Analysis): string | undefined {
  return analysis.timeline.map((point) => point.month).sort()[0];
}

function cover(ctx: ReturnType<typeof reportContext>, options: ReportOptions): Cover {
  const { analysis, fmt } = ctx;
  const from = firstMonth(analysis);
  const to = fmt.date(analysis.asOf);
  const authors = options.authors?.trim();
  return {
    title: ctx.t('cover.title'),
    subtitle: ctx.t('cover.subtitle'),
    community: analysis.community.name,
    facts: [
      {
        label: ctx.t('cover.period'),
        value: from === undefined ? to : ctx.t('cover.periodRange', { from: fmt.month(from), to }),
      },
      { label: ctx.t('cover.date'), value: fmt.date(options.generatedOn) },
      { label: ctx.t('cover.authors'), value: authors || ctx.t('cover.authorsDefault') },
    ],
  };
}

function withPositioning(section: Section, blocks: Block[]): Section {
  return blocks.length === 0 ? section : { ...section, blocks: [...section.blocks, ...blocks] };
}

/**
 * Builds the renderer-neutral report of an analysis: cover, then the sections summary, portrait,
 * evolution, participation, rhythm, network, stage and appendix, every text translated and
 * formatted. Pure: the same analysis and options always give the same report.
 *
 * @example
 * const report = buildReport(analysis, { lang: 'fr', generatedOn: '2024-12-05' });
 * const html = renderHtml(report);
 */
export function buildReport(analysis: Analysis, options: ReportOptions): Report {
  const ctx = reportContext(analysis, options.lang, options.thresholds);
  return {
    lang: options.lang,
    cover: cover(ctx, options),
    labels: { contents: ctx.t('contents'), table: ctx.t('table'), figure: ctx.t('figure') },
    sections: [
      summarySection(ctx, options.diagnosis, options.plan),
      mandateSection(ctx, options.diagnosis, options.plan),
      portraitSection(ctx),
      evolutionSection(ctx),
      participationSection(ctx),
      rhythmSection(ctx),
      networkSection(ctx),
      ...(options.diagnosis
        ? [
            findingsSection(
              ctx,
              options.diagnosis.findings.filter((f) => f.kind !== 'besoin'),
            ),
            needsSection(
              ctx,
              options.diagnosis.findings.filter((f) => f.kind === 'besoin'),
            ),
          ]
        : []),
      withPositioning(stageSection(ctx), positioningBlocks(ctx, options.plan)),
      ...(options.plan
        ? [
            recommendationsSection(ctx, options.plan, options.diagnosis?.findings ?? []),
            scenariosSection(ctx, options.plan),
            indicatorsSection(ctx, options.plan),
          ]
        : []),
      ...(options.comparison ? [sinceSection(ctx, options.comparison)] : []),
      appendixSection(ctx),
      ...(options.log && (options.log.phases.length > 0 || options.log.unassigned)
        ? [logSection(ctx, options.log)]
        : []),
    ],
    footer: ctx.t('footer'),
  };
}
