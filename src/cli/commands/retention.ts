import type { Command } from 'commander';
import type { RetentionReport } from '../../app/index.js';
import type { CliContext } from '../cli-context.js';
import { parseIsoDate, parsePositiveInt } from '../parse-options.js';

function describe(ctx: CliContext, report: RetentionReport): string {
  if (report.months === null)
    return `${ctx.t('privacy:retention.none', { community: report.community })}\n`;
  const lines = [
    ctx.t('privacy:retention.summary', { ...report, count: report.due.length }),
    ...report.due.map((m) => ctx.t('privacy:retention.due', m)),
  ];
  return `${lines.join('\n')}\n`;
}

/** `pouls retention show | set MONTHS|off | apply`: how long inactive members' details are kept. */
export function registerRetention(program: Command, ctx: CliContext): void {
  const db = () => program.opts<{ db?: string }>().db;
  const retention = program.command('retention').description(ctx.t('privacy:command.retention'));
  retention
    .command('show')
    .description(ctx.t('privacy:command.retentionShow'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--as-of <date>', ctx.t('cli:option.asOf'), parseIsoDate)
    .option('--json', ctx.t('cli:option.json'))
    .action(async (options: { community?: string; asOf?: string; json?: boolean }) => {
      const { showRetention } = await import('../../app/retention.js');
      const report = await ctx.withStore(db(), (store) =>
        showRetention(store, { community: options.community, asOf: options.asOf ?? ctx.io.today }),
      );
      ctx.io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : describe(ctx, report));
    });
  retention
    .command('set')
    .description(ctx.t('privacy:command.retentionSet'))
    .argument('<months>', 'MOIS | off', (v: string) => (v === 'off' ? null : parsePositiveInt(v)))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .action(async (months: number | null, options: { community?: string }) => {
      const { setRetentionPeriod } = await import('../../app/retention.js');
      await ctx.withStore(db(), (store) =>
        setRetentionPeriod(store, { community: options.community, months }, ctx.audit),
      );
      ctx.io.stdout(
        `${months === null ? ctx.t('privacy:done.retentionOff') : ctx.t('privacy:done.retentionSet', { months })}\n`,
      );
    });
  retention
    .command('apply')
    .description(ctx.t('privacy:command.retentionApply'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--as-of <date>', ctx.t('cli:option.asOf'), parseIsoDate)
    .option('--dry-run', ctx.t('privacy:option.dryRun'))
    .action(async (options: { community?: string; asOf?: string; dryRun?: boolean }) => {
      const { applyRetention } = await import('../../app/retention.js');
      const report = await ctx.withStore(db(), (store) =>
        applyRetention(
          store,
          {
            community: options.community,
            asOf: options.asOf ?? ctx.io.today,
            dryRun: options.dryRun ?? false,
          },
          ctx.audit,
        ),
      );
      ctx.io.stdout(describe(ctx, report));
      if (report.summary)
        ctx.io.stdout(`${ctx.t('privacy:retention.applied', { ...report.summary })}\n`);
      else if (options.dryRun) ctx.io.stdout(`${ctx.t('privacy:retention.dryRun')}\n`);
    });
}
