import type { Diagnosis } from '../../model/diagnosis.js';
import type { Plan } from '../../model/plan.js';
import type { ReportContext } from '../report-context.js';
import type { Block, Section } from '../report-types.js';

/**
 * Mandate and method: what was asked (analyse the community's evolution, dynamism, freins,
 * leviers and needs; plan its relaunch with the effort it takes; report), the data the analysis
 * rests on, and how figures, thresholds and findings are built (method.md §1–§7).
 */
export function mandateSection(ctx: ReportContext, diagnosis?: Diagnosis, plan?: Plan): Section {
  const { analysis, fmt } = ctx;
  const messages = analysis.timeline.reduce((sum, p) => sum + p.messages, 0);
  const events = analysis.timeline.reduce((sum, p) => sum + p.events, 0);
  const attendances = analysis.timeline.reduce((sum, p) => sum + p.attendances, 0);
  const data = [
    ctx.t('mandate.dataMembers', {
      n: fmt.number(analysis.members.total),
      staff: fmt.number(analysis.members.staff),
    }),
    ctx.t('mandate.dataEvents', {
      events: fmt.number(events),
      attendances: fmt.number(attendances),
    }),
    ctx.t('mandate.dataMessages', { n: fmt.number(messages) }),
    analysis.survey
      ? ctx.t('mandate.dataSurvey', { n: fmt.number(analysis.survey.respondents) })
      : ctx.t('mandate.dataNoSurvey'),
  ];
  const blocks: Block[] = [
    { type: 'paragraph', text: ctx.t('mandate.intro') },
    {
      type: 'list',
      ordered: true,
      items: [ctx.t('mandate.ask1'), ctx.t('mandate.ask2'), ctx.t('mandate.ask3')],
    },
    { type: 'paragraph', text: ctx.t('mandate.dataIntro') },
    { type: 'list', ordered: false, items: data },
    { type: 'paragraph', text: ctx.t('mandate.method') },
  ];
  if (diagnosis) blocks.push({ type: 'paragraph', text: ctx.t('mandate.diagnosis') });
  if (plan) blocks.push({ type: 'paragraph', text: ctx.t('mandate.plan') });
  return { id: 'mandate', title: ctx.t('mandate.title'), blocks };
}

/** The community's place among the organisation's programmes, when the steward described it. */
export function positioningBlocks(ctx: ReportContext, plan?: Plan): Block[] {
  const positioning = plan?.positioning;
  if (!positioning) return [];
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: ctx.t('mandate.positioning', {
        programme: positioning.programme,
        share: ctx.fmt.percent(positioning.effortShare),
        fit: positioning.fit,
      }),
    },
  ];
  if (positioning.others && positioning.others.length > 0) {
    blocks.push({
      type: 'table',
      caption: ctx.t('mandate.othersCaption'),
      columns: [
        { label: ctx.t('mandate.programme'), align: 'left' },
        { label: ctx.t('mandate.effortShare'), align: 'right' },
      ],
      rows: positioning.others.map((o) => [o.name, ctx.fmt.percent(o.effortShare)]),
    });
  }
  return blocks;
}
