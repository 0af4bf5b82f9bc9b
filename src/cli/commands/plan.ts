import type { Command } from 'commander';
import type { Plan } from '../../model/plan.js';
import type { CliContext } from '../cli-context.js';
import { EXIT } from '../exit-code.js';
import { parseIsoDate, parsePositiveInt } from '../parse-options.js';

interface PlanCliOptions {
  community?: string;
  asOf?: string;
  budget?: number;
  horizon?: number;
  contingency?: number;
  rate?: number;
  file?: string;
  json?: boolean;
}

function positiveNumber(value: string): number {
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) return parsePositiveInt(value);
  return n;
}

function planLines(p: Plan, ctx: CliContext): string[] {
  const locale = ctx.lang === 'fr' ? 'fr-CA' : 'en-CA';
  const num = (x: number, digits = 0) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(x);
  const label = new Map(p.catalogue.map((a) => [a.id, a.label[ctx.lang]]));
  const lines = [
    ctx.t('cli:plan.title', {
      name: p.community.name,
      months: p.settings.horizon,
      contingency: num(p.settings.contingency, 1),
    }),
  ];
  for (const s of p.scenarios) {
    lines.push(
      '',
      ctx.t('cli:plan.scenario', {
        name: ctx.t(`cli:plan.names.${s.name}`),
        hours: num(s.totalHours),
        budget: num(s.budgetHours),
        perMonth: num(s.hoursPerMonth, 1),
        fte: num(s.fte, 2),
        value: num(s.value, 2),
        max: num(s.maxValue, 2),
        members: num(s.memberHours),
      }),
    );
    if (s.cost)
      lines.push(
        `  ${ctx.t('cli:plan.cost', { amount: num(s.cost.amount), low: num(s.cost.low), high: num(s.cost.high) })}`,
      );
    for (const id of s.selected) lines.push(`  ${id.padEnd(4)} ${label.get(id) ?? id}`);
    const over = s.months.filter((m) => m.overBudget).map((m) => m.month);
    if (over.length > 0)
      lines.push(`  ${ctx.t('cli:plan.overBudget', { months: over.join(', ') })}`);
  }
  return lines;
}

/** `pouls plan [--budget H] [--horizon M] [--json]`: relaunch scenarios under an effort budget. */
export function registerPlan(
  program: Command,
  ctx: CliContext,
  setExit: (code: number) => void,
): void {
  program
    .command('plan')
    .description(ctx.t('cli:command.plan'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--as-of <date>', ctx.t('cli:option.asOf'), parseIsoDate)
    .option('--budget <hours>', ctx.t('cli:option.budget'), positiveNumber)
    .option('--horizon <months>', ctx.t('cli:option.horizon'), parsePositiveInt)
    .option('--contingency <factor>', ctx.t('cli:option.contingency'), positiveNumber)
    .option('--rate <dollars>', ctx.t('cli:option.rate'), positiveNumber)
    .option('--file <json>', ctx.t('cli:option.planFile'))
    .option('--json', ctx.t('cli:option.json'))
    .action(async (options: PlanCliOptions) => {
      const { planCommunity } = await import('../../app/plan-community.js');
      const result = await ctx.withStore(program.opts<{ db?: string }>().db, (store) =>
        planCommunity(store, {
          ...(options.community ? { community: options.community } : {}),
          asOf: options.asOf ?? ctx.io.today,
          ...(options.budget !== undefined ? { budget: options.budget } : {}),
          ...(options.horizon !== undefined ? { horizon: options.horizon } : {}),
          ...(options.contingency !== undefined ? { contingency: options.contingency } : {}),
          ...(options.rate !== undefined ? { hourlyRate: options.rate } : {}),
          ...(options.file ? { planFile: options.file } : {}),
        }),
      );
      if (!result.ok) {
        const { formatIssue } = await import('../../import/format-issue.js');
        for (const issue of result.issues) ctx.io.stderr(`${formatIssue(issue, ctx.t)}\n`);
        setExit(EXIT.badInput);
        return;
      }
      if (options.json) ctx.io.stdout(`${JSON.stringify(result.value.plan, null, 2)}\n`);
      else ctx.io.stdout(`${planLines(result.value.plan, ctx).join('\n')}\n`);
    });
}
