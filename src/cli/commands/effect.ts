import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { parsePositiveInt } from '../parse-options.js';
import { withNamespacedErrors } from './namespaced-errors.js';
import { numberFormat } from './number-format.js';

interface EffectCliOptions {
  community?: string;
  event?: string;
  deliverable?: number;
  days: number;
  json?: boolean;
}

/** `pouls effect --event ID | --deliverable N [--days 60]`: before/after reading of an action. */
export function registerEffect(
  program: Command,
  ctx: CliContext,
  setExit: (code: number) => void,
): void {
  program
    .command('effect')
    .description(ctx.t('follow:command.effect'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--event <id>', ctx.t('follow:option.event'))
    .option('--deliverable <number>', ctx.t('follow:option.deliverable'), parsePositiveInt)
    .option('--days <days>', ctx.t('follow:option.days'), parsePositiveInt, 60)
    .option('--json', ctx.t('cli:option.json'))
    .action((o: EffectCliOptions) =>
      withNamespacedErrors(ctx, setExit, async () => {
        const { effectOfAction } = await import('../../app/action-effect.js');
        const effect = await ctx.withStore(program.opts<{ db?: string }>().db, (store) =>
          effectOfAction(store, {
            days: o.days,
            ...(o.community ? { community: o.community } : {}),
            ...(o.event !== undefined ? { event: o.event } : {}),
            ...(o.deliverable !== undefined ? { deliverable: o.deliverable } : {}),
          }),
        );
        if (o.json) return ctx.io.stdout(`${JSON.stringify(effect, null, 2)}\n`);
        const f = numberFormat(ctx.lang);
        const rel = (x: number | null) =>
          x === null ? '—' : `${f.signed(Math.round(x * 100), 0)} %`;
        const lines = [
          ctx.t('follow:effect.title', {
            action: ctx.t(`follow:effect.${effect.kind}`, { title: effect.title }),
            date: effect.date,
            days: effect.days,
          }),
          ctx.t('follow:effect.touched', {
            ...effect.touched,
            relative: rel(effect.touched.relative),
          }),
          ctx.t('follow:effect.others', {
            ...effect.others,
            relative: rel(effect.others.relative),
          }),
          ...(effect.complete ? [] : [ctx.t('follow:effect.incomplete')]),
          ctx.t('follow:effect.limits'),
        ];
        ctx.io.stdout(`${lines.join('\n')}\n`);
      }),
    );
}
