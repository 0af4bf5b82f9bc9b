import type { Command } from 'commander';
// Static on purpose: make-report.js loads its renderers inside writeReport only, so checking
// `--format` while parsing costs this one module.
import { parseReportFormats, type ReportFormat } from '../../app/make-report.js';
import type { Lang } from '../../i18n/lang.js';
import { PoulsError } from '../../model/pouls-error.js';
import type { CliContext } from '../cli-context.js';
import { parseIsoDate, parseLang } from '../parse-options.js';

interface ReportCliOptions {
  community?: string;
  format: ReportFormat[];
  lang: Lang;
  out: string;
  asOf?: string;
  logo?: string;
  authors?: string;
}

/** `pouls report [--format html] [--lang fr|en] [--out DIR]`: the report files. */
export function registerReport(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description(ctx.t('cli:command.report'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--format <formats>', ctx.t('cli:option.reportFormat'), parseReportFormats, [
      'pdf',
      'docx',
      'pptx',
      'html',
    ])
    .option('--lang <lang>', ctx.t('cli:option.lang'), parseLang, ctx.lang)
    .option('--out <dir>', ctx.t('cli:option.out'), 'out')
    .option('--as-of <date>', ctx.t('cli:option.asOf'), parseIsoDate)
    .option('--logo <file>', ctx.t('cli:option.logo'))
    .option('--authors <names>', ctx.t('cli:option.authors'))
    .action(async (options: ReportCliOptions) => {
      const asOf = options.asOf ?? ctx.io.today;
      const { planCommunity } = await import('../../app/plan-community.js');
      const { reportFollowUp } = await import('../../app/snapshots.js');
      const { writeReport } = await import('../../app/make-report.js');
      const { auditCommunity } = await import('../../app/audit-context.js');
      const files = await ctx.withStore(program.opts<{ db?: string }>().db, async (store) => {
        const planned = await planCommunity(store, {
          ...(options.community ? { community: options.community } : {}),
          asOf,
        });
        if (!planned.ok) throw new PoulsError('internal', 'the plan could not be made');
        const { analysis, diagnosis, plan, thresholds } = planned.value;
        const followUp = await reportFollowUp(store, options.community);
        const written = await writeReport(analysis, {
          ...followUp,
          formats: options.format,
          lang: options.lang,
          outDir: options.out,
          generatedOn: asOf,
          diagnosis,
          plan,
          thresholds,
          ...(options.logo ? { logo: options.logo } : {}),
          ...(options.authors ? { authors: options.authors } : {}),
        });
        await auditCommunity(store, ctx.audit, analysis.community.slug, {
          action: 'report',
          target: 'report',
          detail: { formats: options.format, lang: options.lang, asOf },
        });
        return written;
      });
      for (const path of files) ctx.io.stdout(`${ctx.t('cli:done.wrote', { path })}\n`);
    });
}
