import type { Command } from 'commander';
import type { Analysis } from '../../model/analysis.js';
import type { CliContext } from '../cli-context.js';
import { parseIsoDate, parsePositiveInt } from '../parse-options.js';

interface AnalyzeCliOptions {
  community?: string;
  asOf?: string;
  window: number;
  json?: boolean;
  threads?: number;
}

function summaryLines(a: Analysis, ctx: CliContext): string[] {
  const locale = ctx.lang === 'fr' ? 'fr-CA' : 'en-CA';
  const pct = (x: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x);
  const num = (x: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(x);
  const t = ctx.t;
  return [
    t('cli:summary.title', { name: a.community.name, asOf: a.asOf }),
    t('cli:summary.members', {
      ...a.members,
      window: a.windowDays,
      share: pct(a.members.total ? a.members.active / a.members.total : 0),
    }),
    t('cli:summary.levels', a.members.byLevel),
    t('cli:summary.participation', {
      gini: num(a.participation.gini),
      facilitator: pct(a.participation.facilitatorShare),
    }),
    t('cli:summary.network', {
      nodes: a.network.nodes,
      edges: a.network.edges,
      groups: a.network.communities.length,
    }),
    t('cli:summary.stage', { stage: t(`common:stage.${a.stage.stage}`) }),
  ];
}

/** `pouls analyze [--as-of DATE] [--json]`: the analysis, as a summary or as the JSON contract. */
export function registerAnalyze(program: Command, ctx: CliContext): void {
  program
    .command('analyze')
    .alias('analyse')
    .description(ctx.t('cli:command.analyze'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--as-of <date>', ctx.t('cli:option.asOf'), parseIsoDate)
    .option('--window <days>', ctx.t('cli:option.window'), parsePositiveInt, 90)
    .option('--json', ctx.t('cli:option.json'))
    .option('--threads <n>', ctx.t('performance:option.threads'), parsePositiveInt)
    .action(async (options: AnalyzeCliOptions) => {
      const { analyseCommunity } = await import('../../app/analyse-community.js');
      const analysis = await ctx.withStore(program.opts<{ db?: string }>().db, (store) =>
        analyseCommunity(store, {
          ...(options.community ? { community: options.community } : {}),
          asOf: options.asOf ?? ctx.io.today,
          windowDays: options.window,
          ...(options.threads === undefined ? {} : { threads: options.threads }),
        }),
      );
      if (options.json) ctx.io.stdout(`${JSON.stringify(analysis, null, 2)}\n`);
      else ctx.io.stdout(`${summaryLines(analysis, ctx).join('\n')}\n`);
    });
}
