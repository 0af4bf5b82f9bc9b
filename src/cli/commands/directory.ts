import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { parseChoice, parsePositiveInt } from '../parse-options.js';
import { withNamespacedErrors } from './namespaced-errors.js';

interface DirectoryCliOptions {
  community?: string;
  days: number;
  baseUrl: string;
  json?: boolean;
}

/** `pouls directory link MEMBER | list | consent MEMBER USE yes|no`: the member directory. */
export function registerDirectory(
  program: Command,
  ctx: CliContext,
  setExit: (code: number) => void,
): void {
  const db = () => program.opts<{ db?: string }>().db;
  const community = (o: DirectoryCliOptions) => (o.community ? { community: o.community } : {});
  const directory = program.command('directory').description(ctx.t('connect:command.directory'));
  directory
    .command('link <member>')
    .description(ctx.t('connect:command.directoryLink'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--days <days>', ctx.t('connect:option.days'), parsePositiveInt, 90)
    .option('--base-url <url>', ctx.t('connect:option.baseUrl'), 'http://localhost:3000/profile/')
    .action((member: string, o: DirectoryCliOptions) =>
      withNamespacedErrors(ctx, setExit, async () => {
        const { createProfileLink } = await import('../../app/directory.js');
        const link = await ctx.withStore(db(), (store) =>
          createProfileLink(store, {
            ...community(o),
            memberId: parsePositiveInt(member),
            today: ctx.io.today,
            days: o.days,
          }),
        );
        ctx.io.stdout(
          `${ctx.t('connect:link', { name: link.name, expiresOn: link.expiresOn, url: `${o.baseUrl}${link.token}` })}\n`,
        );
        ctx.io.stderr(`${ctx.t('connect:linkNote')}\n`);
      }),
    );
  directory
    .command('list')
    .description(ctx.t('connect:command.directoryList'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--json', ctx.t('cli:option.json'))
    .action(async (o: DirectoryCliOptions) => {
      const { directoryEntries } = await import('../../app/directory.js');
      const entries = await ctx.withStore(db(), (store) => directoryEntries(store, o.community));
      if (o.json) return ctx.io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
      if (entries.length === 0) return ctx.io.stdout(`${ctx.t('connect:directoryEmpty')}\n`);
      for (const e of entries)
        ctx.io.stdout(
          `${ctx.t('connect:directoryLine', {
            name: e.name,
            organization: e.organization ?? '—',
            region: e.region ?? '—',
            expertise: e.expertise.join(', ') || '—',
            interests: e.interests.join(', ') || '—',
          })}\n`,
        );
    });
  directory
    .command('consent <member> <use> <decision>')
    .description(ctx.t('connect:command.directoryConsent'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .action((member: string, use: string, decision: string, o: DirectoryCliOptions) =>
      withNamespacedErrors(ctx, setExit, async () => {
        const { recordMemberConsent } = await import('../../app/directory.js');
        const granted = parseChoice(['yes', 'no', 'oui', 'non'], 'badDecision')(decision);
        await ctx.withStore(db(), (store) =>
          recordMemberConsent(
            store,
            {
              ...community(o),
              memberId: parsePositiveInt(member),
              use,
              granted: granted === 'yes' || granted === 'oui',
            },
            ctx.audit,
          ),
        );
        ctx.io.stdout(`${ctx.t('connect:consentSaved', { use, granted: decision, member })}\n`);
      }),
    );
}
