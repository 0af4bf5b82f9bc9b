import { Command, CommanderError } from 'commander';
import { translator } from '../i18n/index.js';
import type { Lang } from '../i18n/lang.js';
import { PoulsError } from '../model/pouls-error.js';
import { type CliContext, type CliIo, createCliContext } from './cli-context.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerAudit } from './commands/audit.js';
import { registerBackup } from './commands/backup.js';
import { registerDemo } from './commands/demo.js';
import { registerDiagnose } from './commands/diagnose.js';
import { registerDirectory } from './commands/directory.js';
import { registerEffect } from './commands/effect.js';
import { registerIdentities } from './commands/identities.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerLog } from './commands/log.js';
import { registerMember } from './commands/member.js';
import { registerPlan } from './commands/plan.js';
import { registerRecommend } from './commands/recommend.js';
import { registerReport } from './commands/report.js';
import { registerRetention } from './commands/retention.js';
import { registerServe } from './commands/serve.js';
import { registerSettings } from './commands/settings.js';
import { registerSnapshot } from './commands/snapshot.js';
import { registerSurvey } from './commands/survey.js';
import { registerUser } from './commands/user.js';
import { EXIT, exitCodeOf } from './exit-code.js';

/** The interface language: `POULS_LANG`, else English when the locale says so, else French. */
export function interfaceLang(env: CliIo['env']): Lang {
  const wanted = env.POULS_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return wanted.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

function registerPrivacy(program: Command, ctx: CliContext, setExit: (code: number) => void) {
  registerMember(program, ctx, setExit);
  registerRetention(program, ctx);
  registerAudit(program, ctx);
  registerBackup(program, ctx);
}

function buildProgram(ctx: CliContext, setExit: (code: number) => void): Command {
  const program = new Command('pouls')
    .description(ctx.t('cli:description'))
    .option('--db <path>', ctx.t('cli:option.db'))
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: () => {} })
    .showHelpAfterError(false);
  registerInit(program, ctx);
  registerDemo(program, ctx);
  registerImport(program, ctx, setExit);
  registerIdentities(program, ctx, setExit);
  registerAnalyze(program, ctx);
  registerDiagnose(program, ctx);
  registerPlan(program, ctx, setExit);
  registerSurvey(program, ctx);
  registerReport(program, ctx);
  registerSettings(program, ctx, setExit);
  registerServe(program, ctx);
  registerUser(program, ctx, setExit);
  registerSnapshot(program, ctx, setExit);
  registerLog(program, ctx, setExit);
  registerEffect(program, ctx, setExit);
  registerDirectory(program, ctx, setExit);
  registerRecommend(program, ctx, setExit);
  registerPrivacy(program, ctx, setExit);
  const override = (command: Command): void => {
    command.exitOverride();
    command.commands.forEach(override);
  };
  override(program);
  return program;
}

function messageOf(error: unknown, ctx: CliContext): { text: string; code: number } {
  if (error instanceof CommanderError) {
    const detail = error.message.replace(/^error: /, '');
    return { text: ctx.t('cli:error.usage', { detail }), code: EXIT.usage };
  }
  if (error instanceof PoulsError) {
    const params = error.params;
    const key =
      typeof params.key === 'string'
        ? params.key
        : error.code === 'not_found' && !params.slug
          ? 'not_found_empty'
          : error.code;
    const namespaced = key.includes(':') ? key : `cli:error.${key}`;
    return { text: ctx.t(namespaced, params), code: exitCodeOf(error.code) };
  }
  return { text: ctx.t('cli:error.internal'), code: EXIT.internal };
}

/**
 * Runs the `pouls` command line and returns its exit code; the only place where failures
 * become exit codes and messages (product.md §4).
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = interfaceLang(io.env);
  const ctx = createCliContext(io, lang, translator(lang));
  let exitCode: number = EXIT.ok;
  const program = buildProgram(ctx, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (
      error instanceof CommanderError &&
      (error.exitCode === 0 || error.code === 'commander.helpDisplayed')
    ) {
      return EXIT.ok;
    }
    if (error instanceof CommanderError && error.code === 'commander.help') return EXIT.ok;
    const { text, code } = messageOf(error, ctx);
    io.stderr(`${text}\n`);
    if (io.env.POULS_DEBUG && error instanceof Error) io.stderr(`${error.stack ?? ''}\n`);
    return code;
  }
}
