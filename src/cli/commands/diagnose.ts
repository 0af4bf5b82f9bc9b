import type { Command } from 'commander';
import type { Diagnosis } from '../../model/diagnosis.js';
import type { CliContext } from '../cli-context.js';
import { parseIsoDate } from '../parse-options.js';

function diagnosisLines(d: Diagnosis, ctx: CliContext): string[] {
  const t = ctx.t;
  const lines = [t('cli:diagnosis.title', { name: d.community.name, asOf: d.asOf })];
  for (const kind of ['frein', 'levier', 'besoin', 'constat'] as const) {
    const findings = d.findings.filter((f) => f.kind === kind);
    if (findings.length === 0) continue;
    lines.push('', t(`cli:diagnosis.kind.${kind}`));
    for (const f of findings) {
      const judged = f.judgement ? ` [${t(`cli:diagnosis.judgement.${f.judgement.status}`)}]` : '';
      lines.push(
        `  ${f.id}  ${'●'.repeat(f.severity)}${'○'.repeat(3 - f.severity)}  ${f.title[ctx.lang]}${judged}`,
      );
    }
  }
  lines.push('', t('cli:diagnosis.indicators'));
  for (const i of d.indicators.filter((x) => x.status !== 'unknown')) {
    lines.push(
      `  ${i.id.padEnd(6)} ${t(`cli:diagnosis.status.${i.status}`).padEnd(14)} ${i.label[ctx.lang]}`,
    );
  }
  lines.push('', t('cli:summary.stage', { stage: t(`common:stage.${d.stage.stage}`) }));
  return lines;
}

/** `pouls diagnose [--json]` and `pouls findings confirm|dismiss|note ID`. */
export function registerDiagnose(program: Command, ctx: CliContext): void {
  const db = () => program.opts<{ db?: string }>().db;
  program
    .command('diagnose')
    .description(ctx.t('cli:command.diagnose'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--as-of <date>', ctx.t('cli:option.asOf'), parseIsoDate)
    .option('--json', ctx.t('cli:option.json'))
    .action(async (options: { community?: string; asOf?: string; json?: boolean }) => {
      const { diagnoseCommunity } = await import('../../app/diagnose-community.js');
      const { diagnosis } = await ctx.withStore(db(), (store) =>
        diagnoseCommunity(store, {
          ...(options.community ? { community: options.community } : {}),
          asOf: options.asOf ?? ctx.io.today,
        }),
      );
      if (options.json) ctx.io.stdout(`${JSON.stringify(diagnosis, null, 2)}\n`);
      else ctx.io.stdout(`${diagnosisLines(diagnosis, ctx).join('\n')}\n`);
    });
  const findings = program.command('findings').description(ctx.t('cli:command.findings'));
  for (const status of ['confirmed', 'dismissed', 'noted'] as const) {
    const verb = { confirmed: 'confirm', dismissed: 'dismiss', noted: 'note' }[status];
    findings
      .command(verb)
      .description(ctx.t(`cli:command.findings_${verb}`))
      .argument('<id>')
      .argument(status === 'noted' ? '<note>' : '[note]')
      .option('--community <slug>', ctx.t('cli:option.community'))
      .action(
        async (findingId: string, note: string | undefined, options: { community?: string }) => {
          const { judgeFinding } = await import('../../app/diagnose-community.js');
          await ctx.withStore(db(), (store) =>
            judgeFinding(store, {
              ...options,
              findingId,
              status,
              note: note ?? '',
              today: ctx.io.today,
            }),
          );
          ctx.io.stdout(`${ctx.t(`cli:diagnosis.judged.${status}`, { id: findingId })}\n`);
        },
      );
  }
}
