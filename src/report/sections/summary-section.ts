import type { Diagnosis } from '../../model/diagnosis.js';
import type { Plan } from '../../model/plan.js';
import {
  activeShare,
  activeShareStatus,
  facilitatorStatus,
  rhythmStatus,
  SILO_MODULARITY,
} from '../indicators.js';
import { gapText, keyFigure } from '../key-figures.js';
import type { ReportContext } from '../report-context.js';
import type { Section } from '../report-types.js';
import { recommendedScenario } from './plan-sections.js';

const INDICATORS = ['P1', 'P3', 'P5', 'P6', 'P4', 'R1'] as const;

function activeLevelsStatement(ctx: ReportContext): string {
  const { members, windowDays } = ctx.analysis;
  const share = activeShare(ctx.analysis);
  const coreActive = members.byLevel.core + members.byLevel.active;
  return ctx.t('summary.activeLevels', {
    active: ctx.fmt.number(members.active),
    total: ctx.fmt.number(members.total),
    share: ctx.fmt.percent(share),
    window: windowDays,
    verdict: ctx.t(`summary.verdict.${activeShareStatus(share, ctx.limits)}`),
    core: ctx.fmt.number(members.byLevel.core),
    activeLevel: ctx.fmt.number(members.byLevel.active),
    coreActiveShare: ctx.fmt.percent(members.total === 0 ? 0 : coreActive / members.total),
  });
}

function networkStatement(ctx: ReportContext): string {
  const { network, memberMetrics } = ctx.analysis;
  const linked = ctx.t('summary.network.linked', {
    linked: ctx.count('member', memberMetrics.filter((m) => m.community !== null).length),
    groups: ctx.count('subgroup', network.communities.length),
    isolated: ctx.count('isolated', network.isolates),
  });
  const reading = network.modularity >= SILO_MODULARITY ? 'silos' : 'open';
  return `${linked} ${ctx.t(`summary.network.${reading}`, { modularity: ctx.fmt.number(network.modularity, 2) })}`;
}

/**
 * Executive summary: the three findings that matter most and the recommended scenario with its
 * effort (when there is a diagnosis and a plan), five statements generated from the figures
 * (active share and levels, facilitator dependency, rhythm, network, stage), and the coloured
 * indicators.
 */
function priorityBlocks(ctx: ReportContext, diagnosis?: Diagnosis, plan?: Plan): Section[] {
  const blocks: Section[] = [];
  const top = (diagnosis?.findings ?? [])
    .filter((f) => f.kind !== 'levier' && f.judgement?.status !== 'dismissed')
    .sort((a, b) => b.severity * b.confidence - a.severity * a.confidence)
    .slice(0, 3);
  const scenario = plan ? recommendedScenario(plan) : undefined;
  const items = top.map((f) =>
    ctx.t('summary.topFinding', {
      code: f.code,
      title: f.title[ctx.lang],
      severity: ctx.t(`findings.severity.${f.severity}`),
    }),
  );
  if (scenario) {
    items.push(
      ctx.t('summary.recommended', {
        scenario: ctx.t(`plan.names.${scenario.name}`),
        hours: ctx.fmt.number(scenario.totalHours),
        months: plan?.settings.horizon ?? 12,
        perMonth: ctx.fmt.number(scenario.hoursPerMonth, 1),
        fte: ctx.fmt.number(scenario.fte, 2),
      }),
    );
  }
  if (items.length > 0) {
    blocks.push({
      id: 'summary-priorities',
      title: ctx.t('summary.prioritiesTitle'),
      blocks: [{ type: 'list', ordered: true, items }],
    });
  }
  return blocks;
}

export function summarySection(ctx: ReportContext, diagnosis?: Diagnosis, plan?: Plan): Section {
  const { analysis, fmt } = ctx;
  const { participation, rhythm } = analysis;
  const statements = [
    activeLevelsStatement(ctx),
    ctx.t(`summary.facilitator.${facilitatorStatus(participation.facilitatorShare, ctx.limits)}`, {
      share: fmt.percent(participation.facilitatorShare),
    }),
    ctx.t(
      `summary.rhythm.${rhythmStatus(rhythm.activitiesPerYear, rhythm.longestGapDays, ctx.limits)}`,
      {
        perYear: fmt.number(rhythm.activitiesPerYear, 1),
        gap: gapText(ctx, rhythm.longestGapDays),
      },
    ),
    networkStatement(ctx),
    ctx.t('summary.stage', { stage: ctx.tn(`common:stage.${analysis.stage.stage}`) }),
  ];
  return {
    id: 'summary',
    title: ctx.t('summary.title'),
    blocks: [
      {
        type: 'paragraph',
        text: ctx.t('summary.intro', {
          community: analysis.community.name,
          asOf: fmt.date(analysis.asOf),
        }),
      },
    ],
    subsections: [
      ...priorityBlocks(ctx, diagnosis, plan),
      {
        id: 'summary-findings',
        title: ctx.t('summary.statementsTitle'),
        blocks: [{ type: 'list', ordered: false, items: statements }],
      },
      {
        id: 'summary-indicators',
        title: ctx.t('summary.indicatorsTitle'),
        blocks: [
          { type: 'keyFigures', items: INDICATORS.map((id) => keyFigure(ctx, id)) },
          {
            type: 'callout',
            tone: 'info',
            title: ctx.t('summary.legendTitle'),
            text: ctx.t('summary.legend'),
          },
        ],
      },
    ],
  };
}
