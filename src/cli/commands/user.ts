import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { EXIT } from '../exit-code.js';

interface UserAddOptions {
  role: string;
  community?: string;
  passwordStdin?: boolean;
}

/** `pouls user add EMAIL --role ROLE [--community SLUG] --password-stdin` and `pouls user list`. */
export function registerUser(
  program: Command,
  ctx: CliContext,
  setExit: (code: number) => void,
): void {
  const db = () => program.opts<{ db?: string }>().db;
  const user = program.command('user').description(ctx.t('server:command.user'));
  user
    .command('add')
    .description(ctx.t('server:command.userAdd'))
    .argument('<email>')
    .requiredOption('--role <role>', ctx.t('server:option.role'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--password-stdin', ctx.t('server:option.passwordStdin'))
    .action(async (email: string, options: UserAddOptions) => {
      if (!options.passwordStdin || !ctx.io.readStdin) {
        ctx.io.stderr(`${ctx.t('server:user.noPassword')}\n`);
        setExit(EXIT.usage);
        return;
      }
      // One line: the trailing newline of `echo` or a here-string is not part of the password.
      const password = (await ctx.io.readStdin()).replace(/\r?\n$/, '');
      const { addUser, MIN_PASSWORD_LENGTH } = await import('../../app/auth.js');
      const now = ctx.io.now?.() ?? new Date(`${ctx.io.today}T00:00:00Z`);
      const result = await ctx.withStore(db(), (store) =>
        addUser(store, { email, password, role: options.role, community: options.community, now }),
      );
      if (!result.ok) {
        ctx.io.stderr(
          `${ctx.t(`server:user.invalid.${result.reason}`, {
            min: MIN_PASSWORD_LENGTH,
            community: options.community ?? '',
          })}\n`,
        );
        setExit(result.reason === 'community' ? EXIT.badInput : EXIT.usage);
        return;
      }
      const where = options.community
        ? ctx.t('server:user.in', { community: options.community })
        : ctx.t('server:user.installation');
      ctx.io.stdout(
        `${ctx.t('server:user.added', { email: result.email, role: options.role, where })}\n`,
      );
    });
  user
    .command('list')
    .description(ctx.t('server:command.userList'))
    .action(async () => {
      const { listAllUsers } = await import('../../app/users.js');
      const users = await ctx.withStore(db(), (store) => listAllUsers(store));
      if (users.length === 0) ctx.io.stdout(`${ctx.t('server:user.none')}\n`);
      for (const u of users) {
        const roles = [
          ...(u.admin ? [ctx.t('server:user.admin')] : []),
          ...u.roles.map((r) => `${r.slug}: ${r.role}`),
        ];
        ctx.io.stdout(`${u.email}\t${roles.join(', ')}\n`);
      }
    });
}
