import type { Command } from 'commander';
import type { ImportKind } from '../../import/index.js';
import { IMPORT_KINDS } from '../../model/choices.js';
import type { WriteSummary } from '../../store/index.js';
import type { CliContext } from '../cli-context.js';
import { EXIT } from '../exit-code.js';
import { collectMap, parseChoice, parsePositiveInt } from '../parse-options.js';
import { progressBar } from '../progress-bar.js';

interface ImportCliOptions {
  community?: string;
  format?: string;
  map?: Record<string, string>;
  dryRun?: boolean;
  skipInvalid?: boolean;
  dateFormat?: 'dmy' | 'mdy' | 'ymd';
  threads?: number;
}

function summaryParams(file: string, s: WriteSummary) {
  return {
    file,
    membersAdded: s.members.added,
    membersUpdated: s.members.updated,
    eventsAdded: s.events.added,
    attendance: s.attendance,
    messages: s.messages,
    contributions: s.contributions,
    ties: s.ties,
  };
}

/** Every kind `pouls import` takes: the records of product.md §5, and survey responses. */
const KINDS = [...IMPORT_KINDS, 'survey'] as const;

/** `pouls import KIND PATH`: all or nothing, every problem listed with file, line and column. */
export function registerImport(
  program: Command,
  ctx: CliContext,
  setExit: (code: number) => void,
): void {
  program
    .command('import')
    .description(ctx.t('cli:command.import'))
    .argument('<kind>', KINDS.join(' | '), parseChoice(KINDS, 'unknownKind'))
    .argument('<path>')
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--format <format>', ctx.t('cli:option.format'))
    .option('--map <column=field>', ctx.t('cli:option.map'), collectMap)
    .option('--dry-run', ctx.t('cli:option.dryRun'))
    .option('--skip-invalid', ctx.t('cli:option.skipInvalid'))
    .option(
      '--date-format <order>',
      ctx.t('cli:option.dateFormat'),
      parseChoice(['dmy', 'mdy', 'ymd'] as const, 'badFormat'),
    )
    .option('--threads <n>', ctx.t('importSpeed:option.threads'), parsePositiveInt)
    .action(async (kind: ImportKind | 'survey', path: string, options: ImportCliOptions) => {
      if (kind === 'survey') return importSurveyFile(program, ctx, setExit, path, options);
      const { importFile } = await import('../../app/import-file.js');
      const bar = progressBar((text) => ctx.io.stderr(text), ctx.io.isTTY ?? false);
      const result = await ctx.withStore(program.opts<{ db?: string }>().db, (store) =>
        importFile(store, {
          kind,
          path,
          ...(options.community ? { community: options.community } : {}),
          ...(options.format ? { format: options.format } : {}),
          ...(options.map ? { map: options.map } : {}),
          ...(options.dateFormat ? { dateFormat: options.dateFormat } : {}),
          dryRun: options.dryRun ?? false,
          skipInvalid: options.skipInvalid ?? false,
          ...(options.threads ? { readInThread: options.threads > 1 } : {}),
          onProgress: bar.update,
          audit: ctx.audit,
        }),
      );
      bar.end();
      const { formatIssue } = await import('../../import/format-issue.js');
      if (!result.ok) {
        for (const issue of result.issues) ctx.io.stderr(`${formatIssue(issue, ctx.t)}\n`);
        ctx.io.stderr(`${ctx.t('cli:done.importFailed', { count: result.issues.length })}\n`);
        setExit(EXIT.badInput);
        return;
      }
      for (const issue of result.skipped ?? []) ctx.io.stderr(`${formatIssue(issue, ctx.t)}\n`);
      if (result.skipped?.length)
        ctx.io.stderr(`${ctx.t('cli:done.skipped', { count: result.skipped.length })}\n`);
      const key = options.dryRun ? 'cli:done.dryRun' : 'cli:done.import';
      ctx.io.stdout(`${ctx.t(key, summaryParams(path, result.value))}\n`);
      if (result.value.erased)
        ctx.io.stdout(`${ctx.t('cli:done.erased', { count: result.value.erased })}\n`);
    });
}

async function importSurveyFile(
  program: Command,
  ctx: CliContext,
  setExit: (code: number) => void,
  path: string,
  options: ImportCliOptions,
): Promise<void> {
  const { importSurvey } = await import('../../app/import-survey.js');
  const result = await ctx.withStore(program.opts<{ db?: string }>().db, (store) =>
    importSurvey(store, {
      path,
      ...(options.community ? { community: options.community } : {}),
      ...(options.map ? { map: options.map } : {}),
      dryRun: options.dryRun ?? false,
      today: ctx.io.today,
      audit: ctx.audit,
    }),
  );
  if (!result.ok) {
    const { formatIssue } = await import('../../import/format-issue.js');
    for (const issue of result.issues) ctx.io.stderr(`${formatIssue(issue, ctx.t)}\n`);
    ctx.io.stderr(`${ctx.t('cli:done.importFailed', { count: result.issues.length })}\n`);
    setExit(EXIT.badInput);
    return;
  }
  ctx.io.stdout(
    `${ctx.t(options.dryRun ? 'cli:done.surveyDryRun' : 'cli:done.survey', { file: path, ...result.value })}\n`,
  );
  if (result.value.erased)
    ctx.io.stdout(`${ctx.t('cli:done.erased', { count: result.value.erased })}\n`);
}
