import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { parsePositiveInt } from '../parse-options.js';

/** `pouls audit [--community SLUG] [--json]`: the audit log, newest first. */
export function registerAudit(program: Command, ctx: CliContext): void {
  const db = () => program.opts<{ db?: string }>().db;
  program
    .command('audit')
    .description(ctx.t('privacy:command.audit'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--limit <n>', ctx.t('privacy:option.limit'), parsePositiveInt)
    .option('--json', ctx.t('cli:option.json'))
    .action(async (options: { community?: string; limit?: number; json?: boolean }) => {
      const { listAuditLog } = await import('../../app/audit-log.js');
      const entries = await ctx.withStore(db(), (store) => listAuditLog(store, options));
      if (options.json) return ctx.io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
      if (entries.length === 0) return ctx.io.stdout(`${ctx.t('privacy:audit.empty')}\n`);
      for (const e of entries) {
        const detail = Object.keys(e.detail).length > 0 ? JSON.stringify(e.detail) : '';
        const community = e.communityId === null ? '' : ` (#${e.communityId})`;
        ctx.io.stdout(`${ctx.t('privacy:audit.line', { ...e, community, detail })}\n`);
      }
    });
}
