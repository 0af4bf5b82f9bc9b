import type { Command } from 'commander';
import type { Result } from '../../model/issue.js';
import type { CliContext } from '../cli-context.js';
import { EXIT } from '../exit-code.js';
import { parsePositiveInt } from '../parse-options.js';

/** `pouls identities suggest | merge KEEP OTHER | distinct A B | split ID`: one person per member. */
export function registerIdentities(
  program: Command,
  ctx: CliContext,
  setExit: (code: number) => void,
): void {
  const db = () => program.opts<{ db?: string }>().db;
  const identities = program.command('identities').description(ctx.t('cli:command.identities'));
  const report = async <T>(result: Result<T>, done: (value: T) => string) => {
    if (result.ok) return ctx.io.stdout(`${done(result.value)}\n`);
    const { formatIssue } = await import('../../import/format-issue.js');
    for (const issue of result.issues) ctx.io.stderr(`${formatIssue(issue, ctx.t)}\n`);
    setExit(EXIT.badInput);
  };
  identities
    .command('suggest')
    .description(ctx.t('cli:command.identitiesSuggest'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--json', ctx.t('cli:option.json'))
    .action(async (options: { community?: string; json?: boolean }) => {
      const { suggestIdentities } = await import('../../app/identities.js');
      const suggestions = await ctx.withStore(db(), (store) =>
        suggestIdentities(store, options.community),
      );
      if (options.json) return ctx.io.stdout(`${JSON.stringify(suggestions, null, 2)}\n`);
      if (suggestions.length === 0) return ctx.io.stdout(`${ctx.t('cli:identities.none')}\n`);
      for (const s of suggestions) {
        ctx.io.stdout(
          `${ctx.t('cli:identities.suggestion', { ...s, reason: ctx.t(`cli:identities.reason.${s.reason}`) })}\n`,
        );
      }
    });
  identities
    .command('merge')
    .description(ctx.t('cli:command.identitiesMerge'))
    .argument('<keep>', 'ID', parsePositiveInt)
    .argument('<other>', 'ID', parsePositiveInt)
    .option('--community <slug>', ctx.t('cli:option.community'))
    .action(async (keepId: number, otherId: number, options: { community?: string }) => {
      const { mergeIdentities } = await import('../../app/identities.js');
      const result = await ctx.withStore(db(), (store) =>
        mergeIdentities(store, { ...options, keepId, otherId }),
      );
      await report(result, () => ctx.t('cli:identities.merged', { keepId, otherId }));
    });
  identities
    .command('distinct')
    .description(ctx.t('cli:command.identitiesDistinct'))
    .argument('<first>', 'ID', parsePositiveInt)
    .argument('<second>', 'ID', parsePositiveInt)
    .option('--community <slug>', ctx.t('cli:option.community'))
    .action(async (firstId: number, secondId: number, options: { community?: string }) => {
      const { markNotSame } = await import('../../app/identities.js');
      const result = await ctx.withStore(db(), (store) =>
        markNotSame(store, { ...options, firstId, secondId, today: ctx.io.today }),
      );
      await report(result, (v) => ctx.t('cli:identities.distinct', v));
    });
  identities
    .command('split')
    .description(ctx.t('cli:command.identitiesSplit'))
    .argument('<id>', 'ID', parsePositiveInt)
    .option('--community <slug>', ctx.t('cli:option.community'))
    .action(async (memberId: number, options: { community?: string }) => {
      const { splitIdentities } = await import('../../app/identities.js');
      const result = await ctx.withStore(db(), (store) =>
        splitIdentities(store, { ...options, memberId }),
      );
      await report(result, (v) => ctx.t('cli:identities.split', v));
    });
}
