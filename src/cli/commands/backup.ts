import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';

/** `pouls backup PATH` and `pouls restore PATH`: no data lost. */
export function registerBackup(program: Command, ctx: CliContext): void {
  const db = () => program.opts<{ db?: string }>().db;
  program
    .command('backup')
    .description(ctx.t('privacy:command.backup'))
    .argument('<path>')
    .action(async (path: string) => {
      const { backup } = await import('../../app/backup.js');
      await ctx.withStore(db(), (store) => backup(store, path, ctx.audit));
      ctx.io.stdout(`${ctx.t('privacy:done.backup', { file: path })}\n`);
    });
  program
    .command('restore')
    .description(ctx.t('privacy:command.restore'))
    .argument('<path>')
    .action(async (path: string) => {
      const { restore } = await import('../../app/backup.js');
      await restore(await ctx.storeConfig(db()), path, ctx.audit);
      ctx.io.stdout(`${ctx.t('privacy:done.restore', { file: path })}\n`);
    });
}
