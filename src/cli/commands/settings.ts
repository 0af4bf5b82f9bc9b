import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { EXIT } from '../exit-code.js';

/** `pouls settings show | set FILE`: thresholds, the steward's facts, plan priorities. */
export function registerSettings(
  program: Command,
  ctx: CliContext,
  setExit: (code: number) => void,
): void {
  const db = () => program.opts<{ db?: string }>().db;
  const settings = program.command('settings').description(ctx.t('cli:command.settings'));
  settings
    .command('show')
    .description(ctx.t('cli:command.settingsShow'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .action(async (options: { community?: string }) => {
      const { showSettings } = await import('../../app/community-settings.js');
      const value = await ctx.withStore(db(), (store) => showSettings(store, options.community));
      ctx.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
    });
  settings
    .command('set')
    .description(ctx.t('cli:command.settingsSet'))
    .argument('<file>')
    .option('--community <slug>', ctx.t('cli:option.community'))
    .action(async (path: string, options: { community?: string }) => {
      const { setSettings } = await import('../../app/community-settings.js');
      const result = await ctx.withStore(db(), (store) => setSettings(store, { ...options, path }));
      if (result.ok) return ctx.io.stdout(`${ctx.t('cli:done.settings')}\n`);
      const { formatIssue } = await import('../../import/format-issue.js');
      for (const issue of result.issues) ctx.io.stderr(`${formatIssue(issue, ctx.t)}\n`);
      setExit(EXIT.badInput);
    });
}
