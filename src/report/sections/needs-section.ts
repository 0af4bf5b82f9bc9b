import type { Finding } from '../../model/finding.js';
import { SURVEY_INSTRUMENT } from '../../model/survey-instrument.js';
import type { ReportContext } from '../report-context.js';
import type { Block, Section } from '../report-types.js';

/** The label of a survey option or dimension id, in the report's language. */
function optionLabel(ctx: ReportContext, id: string): string {
  for (const item of SURVEY_INSTRUMENT.items) {
    const option = item.options?.find((o) => o.id === id);
    if (option) return ctx.fmt.text(option.text[ctx.lang]);
  }
  return id;
}

function tallyTable(
  ctx: ReportContext,
  caption: string,
  rows: readonly { option: string; n: number; share: number }[],
): Block {
  return {
    type: 'table',
    caption,
    columns: [
      { label: ctx.t('needs.option'), align: 'left' },
      { label: ctx.t('needs.respondents'), align: 'right' },
      { label: ctx.t('needs.share'), align: 'right' },
    ],
    rows: rows.map((r) => [
      optionLabel(ctx, r.option),
      ctx.fmt.number(r.n),
      ctx.fmt.percent(r.share),
    ]),
  };
}

/**
 * Members' needs, from the survey (method.md §6.5): who answered, the dimension scores with
 * Cronbach's alpha, the needs ranked, preferred formats and slots, and the needs the diagnosis
 * retained. Every figure follows the survey's suppression rule: no group under 5 respondents.
 */
export function needsSection(ctx: ReportContext, needs: readonly Finding[]): Section {
  const survey = ctx.analysis.survey;
  if (!survey) {
    return {
      id: 'needs',
      title: ctx.t('needs.title'),
      blocks: [
        {
          type: 'callout',
          tone: 'warning',
          title: ctx.t('needs.noSurveyTitle'),
          text: ctx.t('needs.noSurvey'),
        },
      ],
    };
  }
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: ctx.t('needs.intro', {
        respondents: ctx.fmt.number(survey.respondents),
        rate:
          survey.responseRate === null
            ? ctx.t('notAvailable')
            : ctx.fmt.percent(survey.responseRate),
        min: survey.minGroupSize,
      }),
    },
    {
      type: 'table',
      caption: ctx.t('needs.dimensionsCaption'),
      columns: [
        { label: ctx.t('needs.dimension'), align: 'left' },
        { label: ctx.t('needs.score'), align: 'right' },
        { label: ctx.t('needs.alpha'), align: 'right' },
        { label: ctx.t('needs.n'), align: 'right' },
      ],
      rows: survey.dimensions.map((d) => [
        ctx.t(`needs.dimensions.${d.id}`, { defaultValue: d.id }),
        d.score === null ? '—' : ctx.fmt.number(d.score, 2),
        d.alpha === null ? '—' : ctx.fmt.number(d.alpha, 2),
        ctx.fmt.number(d.n),
      ]),
    },
  ];
  if (survey.needs.length > 0)
    blocks.push(tallyTable(ctx, ctx.t('needs.needsCaption'), survey.needs));
  if (survey.formats.length > 0)
    blocks.push(tallyTable(ctx, ctx.t('needs.formatsCaption'), survey.formats));
  if (survey.slots.length > 0)
    blocks.push(tallyTable(ctx, ctx.t('needs.slotsCaption'), survey.slots));
  if (needs.length > 0) {
    blocks.push(
      { type: 'paragraph', text: ctx.t('needs.retained') },
      { type: 'list', ordered: true, items: needs.map((n) => ctx.fmt.text(n.title[ctx.lang])) },
    );
  }
  const quotes = survey.themes.flatMap((theme) =>
    theme.quotes.slice(0, 1).map((q) => (ctx.lang === 'fr' ? `« ${q} »` : `“${q}”`)),
  );
  if (quotes.length > 0)
    blocks.push(
      { type: 'paragraph', text: ctx.t('needs.quotesIntro') },
      { type: 'list', ordered: false, items: quotes.slice(0, 5).map((q) => ctx.fmt.text(q)) },
    );
  blocks.push({
    type: 'callout',
    tone: 'info',
    title: ctx.t('needs.calloutTitle'),
    text: ctx.t('needs.callout', { min: survey.minGroupSize }),
  });
  return { id: 'needs', title: ctx.t('needs.title'), blocks };
}
