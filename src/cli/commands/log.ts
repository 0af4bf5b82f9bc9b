import type { Command } from 'commander';
import type { LogSummary, PhaseSummary } from '../../app/index.js';
import type { CliContext } from '../cli-context.js';
import { EXIT } from '../exit-code.js';
import { parseIsoDate } from '../parse-options.js';
import { withNamespacedErrors } from './namespaced-errors.js';
import { numberFormat } from './number-format.js';

interface LogCliOptions {
  community?: string;
  start: string;
  end: string;
  budget: number;
  date: string;
  person: string;
  activity: string;
  hours: number;
  phase?: string;
  title: string;
  json?: boolean;
}

/** Checks a number of hours (`2`, `1.5`, `1,5`). */
function parseHours(value: string): number {
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n) || n < 0) {
    throw new Error(`invalid hours: ${value}`);
  }
  return n;
}

function phaseLines(p: PhaseSummary, ctx: CliContext): string[] {
  const f = numberFormat(ctx.lang);
  const head =
    p.name === null
      ? `${ctx.t('follow:log.outside')} : ${f.num(p.spentHours)} h`
      : `${ctx.t('follow:log.phaseSummary', {
          name: p.name,
          start: p.startsOn,
          end: p.endsOn,
          spent: f.num(p.spentHours),
          budget: f.num(p.budgetHours),
          used: f.pct(p.used),
          remaining: f.num(p.remainingHours),
        })}${p.over ? ` — ${ctx.t('follow:log.over')}` : ''}`;
  const lines = [head];
  if (p.byPerson.length > 0) {
    lines.push(`  ${ctx.t('follow:log.byPerson')}`);
    for (const x of p.byPerson) lines.push(`    ${x.key}: ${f.num(x.hours)} h`);
    lines.push(`  ${ctx.t('follow:log.byActivity')}`);
    for (const x of p.byActivity) lines.push(`    ${x.key}: ${f.num(x.hours)} h`);
  }
  if (p.deliverables.length > 0) {
    lines.push(`  ${ctx.t('follow:log.deliverables')}`);
    for (const d of p.deliverables) lines.push(`    #${d.id} ${d.date}  ${d.title}`);
  }
  return lines;
}

function summaryLines(s: LogSummary, ctx: CliContext): string[] {
  const f = numberFormat(ctx.lang);
  if (s.phases.length === 0 && s.unassigned === null) return [ctx.t('follow:log.noPhase')];
  const lines = [...s.phases, ...(s.unassigned ? [s.unassigned] : [])].flatMap((p) => [
    ...phaseLines(p, ctx),
    '',
  ]);
  lines.push(
    ctx.t('follow:log.total', { spent: f.num(s.spentHours), budget: f.num(s.budgetHours) }),
  );
  return lines;
}

/** `pouls log phase add|list`, `log hours add|import`, `log deliverable add`, `log show`. */
export function registerLog(
  program: Command,
  ctx: CliContext,
  setExit: (code: number) => void,
): void {
  const db = () => program.opts<{ db?: string }>().db;
  const community = (o: LogCliOptions) => (o.community ? { community: o.community } : {});
  const phaseName = (o: LogCliOptions) => (o.phase ? { phase: o.phase } : {});
  const inPhase = (name: string | null) => name ?? ctx.t('follow:log.outside');
  const log = program.command('log').description(ctx.t('follow:command.log'));
  const phase = log.command('phase').description(ctx.t('follow:command.logPhase'));
  phase
    .command('add <name>')
    .description(ctx.t('follow:command.logPhaseAdd'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .requiredOption('--start <date>', ctx.t('follow:option.start'), parseIsoDate)
    .requiredOption('--end <date>', ctx.t('follow:option.end'), parseIsoDate)
    .requiredOption('--budget <hours>', ctx.t('follow:option.budget'), parseHours)
    .action((name: string, o: LogCliOptions) =>
      withNamespacedErrors(ctx, setExit, async () => {
        const { addLogPhase } = await import('../../app/accompaniment.js');
        const added = await ctx.withStore(db(), (store) =>
          addLogPhase(store, {
            ...community(o),
            name,
            startsOn: o.start,
            endsOn: o.end,
            budgetHours: o.budget,
          }),
        );
        ctx.io.stdout(
          `${ctx.t('follow:log.phaseAdded', { name, start: added.startsOn, end: added.endsOn, budget: numberFormat(ctx.lang).num(added.budgetHours) })}\n`,
        );
      }),
    );
  phase
    .command('list')
    .description(ctx.t('follow:command.logPhaseList'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--json', ctx.t('cli:option.json'))
    .action(async (o: LogCliOptions) => {
      const { logPhases } = await import('../../app/accompaniment.js');
      const phases = await ctx.withStore(db(), (store) => logPhases(store, o.community));
      if (o.json) return ctx.io.stdout(`${JSON.stringify(phases, null, 2)}\n`);
      if (phases.length === 0) return ctx.io.stdout(`${ctx.t('follow:log.noPhase')}\n`);
      const f = numberFormat(ctx.lang);
      for (const p of phases)
        ctx.io.stdout(
          `${ctx.t('follow:log.phaseLine', { name: p.name, start: p.startsOn, end: p.endsOn, budget: f.num(p.budgetHours) })}\n`,
        );
    });
  const hours = log.command('hours').description(ctx.t('follow:command.logHours'));
  hours
    .command('add')
    .description(ctx.t('follow:command.logHoursAdd'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .requiredOption('--date <date>', ctx.t('follow:option.date'), parseIsoDate)
    .requiredOption('--person <name>', ctx.t('follow:option.person'))
    .requiredOption('--activity <name>', ctx.t('follow:option.activity'))
    .requiredOption('--hours <hours>', ctx.t('follow:option.hours'), parseHours)
    .option('--phase <name>', ctx.t('follow:option.phase'))
    .action((o: LogCliOptions) =>
      withNamespacedErrors(ctx, setExit, async () => {
        const { addLogHours } = await import('../../app/accompaniment.js');
        const added = await ctx.withStore(db(), (store) =>
          addLogHours(store, {
            ...community(o),
            ...phaseName(o),
            date: o.date,
            person: o.person,
            activity: o.activity,
            hours: o.hours,
          }),
        );
        ctx.io.stdout(
          `${ctx.t('follow:log.hoursAdded', { hours: numberFormat(ctx.lang).num(o.hours), phase: inPhase(added.phase) })}\n`,
        );
      }),
    );
  hours
    .command('import <file>')
    .description(ctx.t('follow:command.logHoursImport'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .action(async (path: string, o: LogCliOptions) => {
      const { importLogHours } = await import('../../app/accompaniment.js');
      const result = await ctx.withStore(db(), (store) =>
        importLogHours(store, { ...community(o), path }),
      );
      if (!result.ok) {
        const { formatIssue } = await import('../../import/format-issue.js');
        for (const issue of result.issues) ctx.io.stderr(`${formatIssue(issue, ctx.t)}\n`);
        setExit(EXIT.badInput);
        return;
      }
      ctx.io.stdout(`${ctx.t('follow:log.hoursImported', { count: result.value.added })}\n`);
    });
  log
    .command('deliverable')
    .description(ctx.t('follow:command.logDeliverable'))
    .command('add <title>')
    .description(ctx.t('follow:command.logDeliverableAdd'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .requiredOption('--date <date>', ctx.t('follow:option.date'), parseIsoDate)
    .option('--phase <name>', ctx.t('follow:option.phase'))
    .action((title: string, o: LogCliOptions) =>
      withNamespacedErrors(ctx, setExit, async () => {
        const { addLogDeliverable } = await import('../../app/accompaniment.js');
        const added = await ctx.withStore(db(), (store) =>
          addLogDeliverable(store, { ...community(o), ...phaseName(o), date: o.date, title }),
        );
        ctx.io.stdout(
          `${ctx.t('follow:log.deliverableAdded', { id: added.id, phase: inPhase(added.phase) })}\n`,
        );
      }),
    );
  log
    .command('show')
    .description(ctx.t('follow:command.logShow'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--json', ctx.t('cli:option.json'))
    .action(async (o: LogCliOptions) => {
      const { showLog } = await import('../../app/accompaniment.js');
      const summary = await ctx.withStore(db(), (store) => showLog(store, o.community));
      if (o.json) ctx.io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
      else ctx.io.stdout(`${summaryLines(summary, ctx).join('\n')}\n`);
    });
}
