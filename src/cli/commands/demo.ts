import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import type { CliContext } from '../cli-context.js';
import { parseLang } from '../parse-options.js';

/** `pouls demo [--out DIR] [--lang fr|en]`: the sample community, analysed and reported. */
export function registerDemo(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description(ctx.t('cli:command.demo'))
    .option('--out <dir>', ctx.t('cli:option.out'), 'out')
    .option('--lang <lang>', ctx.t('cli:option.lang'), parseLang, ctx.lang)
    .action(async (options: { out: string; lang: Lang }) => {
      const { runDemo } = await import('../../app/run-demo.js');
      const outcome = await ctx.withStore(program.opts<{ db?: string }>().db, (store) =>
        runDemo(store, { outDir: options.out, lang: options.lang }),
      );
      const { summary } = outcome;
      ctx.io.stderr(
        `${ctx.t('cli:done.demo', { members: summary.members.added, events: summary.events.added, messages: summary.messages })}\n`,
      );
      for (const path of outcome.files) ctx.io.stdout(`${ctx.t('cli:done.wrote', { path })}\n`);
    });
}
