import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import type { SurveyItem } from '../../model/survey-instrument.js';
import type { CliContext } from '../cli-context.js';
import { parseLang } from '../parse-options.js';

/** The lines of one item; `agreement` is the agreement scale's line of boxes, in `lang`. */
function itemLines(
  item: SurveyItem,
  n: number,
  lang: Lang,
  agreement: string,
  ctx: CliContext,
): string[] {
  const lines = [`${n}. [${item.id}] ${item.text[lang]}`];
  if (item.type === 'likert5') lines.push(`   ${agreement}`);
  const box = item.type === 'multi' ? '☐' : '○';
  for (const option of item.options ?? []) lines.push(`   ${box} ${option.text[lang]}`);
  if (item.type === 'multi') lines.push(`   ${ctx.t('cli:survey.multi', { lng: lang })}`);
  if (item.type === 'number' || item.type === 'text')
    lines.push('   ______________________________________________');
  if (item.type === 'members') {
    for (let i = 1; i <= (item.max ?? 5); i++)
      lines.push(`   ${i}. ______________________________`);
  }
  return lines;
}

/** `pouls survey template [--lang fr|en] [--json]`: the instrument, printable or as data. */
export function registerSurvey(program: Command, ctx: CliContext): void {
  const survey = program.command('survey').description(ctx.t('cli:command.survey'));
  survey
    .command('template')
    .description(ctx.t('cli:command.surveyTemplate'))
    .option('--lang <lang>', ctx.t('cli:option.lang'), parseLang, ctx.lang)
    .option('--json', ctx.t('cli:option.json'))
    .action(async (options: { lang: Lang; json?: boolean }) => {
      const { AGREEMENT_SCALE, DONT_KNOW, SURVEY_INSTRUMENT } = await import(
        '../../model/survey-instrument.js'
      );
      if (options.json) return ctx.io.stdout(`${JSON.stringify(SURVEY_INSTRUMENT, null, 2)}\n`);
      const lang = options.lang;
      const lines = [
        SURVEY_INSTRUMENT.title[lang],
        `(${SURVEY_INSTRUMENT.status[lang]})`,
        '',
        ctx.t('cli:survey.intro', { lng: lang }),
        '',
      ];
      const agreement = [...AGREEMENT_SCALE, DONT_KNOW].map((o) => `☐ ${o[lang]}`).join('   ');
      SURVEY_INSTRUMENT.items.forEach((item, i) => {
        lines.push(...itemLines(item, i + 1, lang, agreement, ctx), '');
      });
      ctx.io.stdout(`${lines.join('\n')}\n`);
    });
}
