import type { Finding } from '../../model/finding.js';
import { PHASES, type Plan, type Scenario } from '../../model/plan.js';
import type { ReportContext } from '../report-context.js';
import type { Block, Section } from '../report-types.js';

/** The scenario the report recommends: the relaunch when there is one, else the first. */
export function recommendedScenario(plan: Plan): Scenario | undefined {
  return plan.scenarios.find((s) => s.name === 'relaunch') ?? plan.scenarios[0];
}

function actionLabel(ctx: ReportContext, plan: Plan, id: string): string {
  const action = plan.catalogue.find((a) => a.id === id);
  return action ? `${id} · ${ctx.fmt.text(action.label[ctx.lang])}` : id;
}

/**
 * Recommendations: the actions of the recommended scenario, each tied to the findings it answers
 * (with the strength of the answer) and its planned hours, in the order of the relaunch phases.
 */
export function recommendationsSection(
  ctx: ReportContext,
  plan: Plan,
  findings: readonly Finding[],
): Section {
  const scenario = recommendedScenario(plan);
  const byId = new Map(findings.map((f) => [f.id, f]));
  const phaseOf = (id: string) =>
    PHASES.indexOf(plan.candidates.find((c) => c.actionId === id)?.phase ?? 'run');
  const ordered = [...(scenario?.selected ?? [])].sort((a, b) => phaseOf(a) - phaseOf(b));
  const rows = ordered.map((id) => {
    const candidate = plan.candidates.find((c) => c.actionId === id);
    const answers = (candidate?.effects ?? [])
      .filter((e) => e.strength > 0 && byId.has(e.findingId))
      .map((e) => `${byId.get(e.findingId)?.code} (${ctx.fmt.percent(e.strength)})`);
    const why = scenario?.explanations.find((x) => x.actionId === id);
    return [
      actionLabel(ctx, plan, id),
      ctx.t(`plan.phases.${candidate?.phase ?? 'run'}`),
      answers.join(', ') ||
        ctx.t(`plan.reasons.${why?.reason ?? 'required'}`, { defaultValue: '—' }),
      ctx.fmt.number(candidate?.hours ?? 0),
    ];
  });
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: ctx.t('plan.recommendationsIntro', {
        scenario: ctx.t(`plan.names.${scenario?.name ?? 'relaunch'}`),
      }),
    },
    {
      type: 'table',
      caption: ctx.t('plan.recommendationsCaption'),
      columns: [
        { label: ctx.t('plan.action'), align: 'left' },
        { label: ctx.t('plan.phase'), align: 'left' },
        { label: ctx.t('plan.answers'), align: 'left' },
        { label: ctx.t('plan.hours'), align: 'right' },
      ],
      rows,
    },
  ];
  return { id: 'recommendations', title: ctx.t('plan.recommendationsTitle'), blocks };
}

function calendarBlock(ctx: ReportContext, scenario: Scenario): Block {
  return {
    type: 'table',
    caption: ctx.t('plan.calendarCaption', { scenario: ctx.t(`plan.names.${scenario.name}`) }),
    columns: [
      { label: ctx.t('plan.month'), align: 'left' },
      { label: ctx.t('plan.actions'), align: 'left' },
      { label: ctx.t('plan.hours'), align: 'right' },
      { label: ctx.t('plan.monthBudget'), align: 'right' },
    ],
    rows: scenario.months.map((m) => [
      ctx.t('plan.monthN', { n: m.month }),
      m.actions.join(', ') || '—',
      `${ctx.fmt.number(m.hours)}${m.overBudget ? ' ▲' : ''}`,
      ctx.fmt.number(m.budgetHours),
    ]),
    note: ctx.t('plan.calendarNote'),
  };
}

/**
 * Relaunch scenarios and effort (method.md §5): for each scenario its staff hours over the
 * horizon and per month, FTE, cost, members' hours and the share of the findings' weight it
 * answers; then the recommended scenario's calendar.
 */
export function scenariosSection(ctx: ReportContext, plan: Plan): Section {
  const rows = plan.scenarios.map((s) => [
    ctx.t(`plan.names.${s.name}`),
    ctx.fmt.number(s.totalHours),
    ctx.fmt.number(s.hoursPerMonth, 1),
    ctx.fmt.number(s.fte, 2),
    s.cost ? ctx.t('plan.money', { amount: ctx.fmt.number(s.cost.amount) }) : '—',
    ctx.fmt.number(s.memberHours),
    s.maxValue > 0 ? ctx.fmt.percent(s.value / s.maxValue) : '—',
  ]);
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: ctx.t('plan.scenariosIntro', {
        months: plan.settings.horizon,
        contingency: ctx.fmt.number(plan.settings.contingency, 1),
        fteHours: ctx.fmt.number(plan.settings.hoursPerFte),
      }),
    },
    {
      type: 'table',
      caption: ctx.t('plan.scenariosCaption'),
      columns: [
        { label: ctx.t('plan.scenario'), align: 'left' },
        { label: ctx.t('plan.totalHours'), align: 'right' },
        { label: ctx.t('plan.perMonth'), align: 'right' },
        { label: ctx.t('plan.fte'), align: 'right' },
        { label: ctx.t('plan.cost'), align: 'right' },
        { label: ctx.t('plan.memberHours'), align: 'right' },
        { label: ctx.t('plan.answered'), align: 'right' },
      ],
      rows,
    },
  ];
  const recommended = recommendedScenario(plan);
  if (recommended) blocks.push(calendarBlock(ctx, recommended));
  return { id: 'scenarios', title: ctx.t('plan.scenariosTitle'), blocks };
}

/** Indicators to follow: the recommended scenario's targets at 6 and 12 months. */
export function indicatorsSection(ctx: ReportContext, plan: Plan): Section {
  const scenario = recommendedScenario(plan);
  const value = (indicator: string, x: number | null) =>
    x === null ? '—' : indicator === 'R1' ? ctx.fmt.number(x, 1) : ctx.fmt.percent(x);
  const rows = (scenario?.targets ?? []).map((t) => [
    ctx.t(`plan.indicators.${t.indicator}`),
    value(t.indicator, t.current),
    value(t.indicator, t.at6),
    value(t.indicator, t.at12),
    t.actions.join(', ') || '—',
  ]);
  return {
    id: 'indicators',
    title: ctx.t('plan.indicatorsTitle'),
    blocks: [
      { type: 'paragraph', text: ctx.t('plan.indicatorsIntro') },
      {
        type: 'table',
        caption: ctx.t('plan.indicatorsCaption'),
        columns: [
          { label: ctx.t('plan.indicator'), align: 'left' },
          { label: ctx.t('plan.now'), align: 'right' },
          { label: ctx.t('plan.at6'), align: 'right' },
          { label: ctx.t('plan.at12'), align: 'right' },
          { label: ctx.t('plan.actions'), align: 'left' },
        ],
        rows,
      },
    ],
  };
}
