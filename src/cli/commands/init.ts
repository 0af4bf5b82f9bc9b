import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';

/** `pouls init [--community SLUG --name NAME]`: creates the store, and a community if asked. */
export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description(ctx.t('cli:command.init'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--name <name>', ctx.t('cli:option.name'))
    .action(async (options: { community?: string; name?: string }) => {
      const db = program.opts<{ db?: string }>().db;
      await ctx.withStore(db, async (store) => {
        if (options.community) {
          const { EMPTY_BATCH } = await import('../../model/input.js');
          const { writeBatch } = await import('../../store/index.js');
          const values = {
            slug: options.community,
            name: options.name ?? options.community,
            host: null,
          };
          await writeBatch(store.db, values, EMPTY_BATCH, { file: 'init', kind: 'init' });
          ctx.io.stderr(`${ctx.t('cli:done.community', { slug: options.community })}\n`);
        }
      });
      const where = db ?? (ctx.io.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : './pouls.db');
      ctx.io.stderr(`${ctx.t('cli:done.init', { store: where })}\n`);
    });
}
