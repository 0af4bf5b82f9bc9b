import { LEVELS } from '../../model/analysis.js';
import type { LevelsChartSpec } from '../charts/chart-spec.js';
import { keyFigure, plainFigure } from '../key-figures.js';
import type { ReportContext } from '../report-context.js';
import type { Section } from '../report-types.js';

/** Gini from which activity reads as highly concentrated; 0.4 as concentrated [E]. */
const GINI_HIGH = 0.6;
const GINI_MODERATE = 0.4;

function levelsSubsection(ctx: ReportContext): Section {
  const { members } = ctx.analysis;
  const { fmt } = ctx;
  const label = (level: (typeof LEVELS)[number]) => {
    const word = ctx.tn(`common:level.${level}`);
    return word.charAt(0).toUpperCase() + word.slice(1);
  };
  const reference = { core: 'referenceCore', active: 'referenceActive' } as const;
  const spec: LevelsChartSpec = {
    kind: 'levels',
    lang: ctx.lang,
    valueName: ctx.t('portrait.count'),
    bars: LEVELS.map((level) => ({ level, label: label(level), value: members.byLevel[level] })),
  };
  const values = spec.bars.map((bar) => `${bar.label} ${fmt.number(bar.value)}`).join(', ');
  return {
    id: 'participation-levels',
    title: ctx.t('participation.levelsTitle'),
    blocks: [
      { type: 'paragraph', text: ctx.t('participation.levelsIntro') },
      { type: 'keyFigures', items: [keyFigure(ctx, 'P1')] },
      {
        type: 'table',
        caption: ctx.t('participation.levelsCaption'),
        columns: [
          { label: ctx.t('participation.level'), align: 'left' },
          { label: ctx.t('portrait.count'), align: 'right' },
          { label: ctx.t('portrait.share'), align: 'right' },
          { label: ctx.t('participation.reference'), align: 'right' },
        ],
        rows: LEVELS.map((level) => [
          label(level),
          fmt.number(members.byLevel[level]),
          fmt.percent(members.total === 0 ? 0 : members.byLevel[level] / members.total),
          level === 'core' || level === 'active' ? ctx.t(`participation.${reference[level]}`) : '—',
        ]),
      },
      {
        type: 'chart',
        id: 'participation-levels',
        spec,
        alt: ctx.t('participation.levelsAlt', { values }),
        caption: ctx.t('participation.levelsCaption'),
      },
    ],
  };
}

function concentrationSubsection(ctx: ReportContext): Section {
  const { participation } = ctx.analysis;
  const { fmt } = ctx;
  const reading =
    participation.gini >= GINI_HIGH
      ? 'concentrationHigh'
      : participation.gini >= GINI_MODERATE
        ? 'concentrationModerate'
        : 'concentrationLow';
  return {
    id: 'participation-concentration',
    title: ctx.t('participation.concentrationTitle'),
    blocks: [
      {
        type: 'keyFigures',
        items: [
          plainFigure(
            ctx,
            ctx.t('participation.gini'),
            fmt.number(participation.gini, 2),
            ctx.t('participation.giniDetail'),
          ),
          plainFigure(
            ctx,
            ctx.t('participation.top10'),
            fmt.percent(participation.top10Share),
            ctx.t('participation.top10Detail'),
          ),
          plainFigure(
            ctx,
            ctx.t('participation.absence'),
            fmt.number(participation.absenceFactor),
            ctx.t('participation.absenceDetail', { count: participation.absenceFactor }),
          ),
        ],
      },
      { type: 'paragraph', text: ctx.t(`participation.${reading}`) },
    ],
  };
}

function responsivenessSubsection(ctx: ReportContext): Section | null {
  const { unansweredThreadShare: unanswered, medianFirstReplyHours: hours } =
    ctx.analysis.participation;
  const items = [
    unanswered === null
      ? null
      : plainFigure(
          ctx,
          ctx.t('participation.unanswered'),
          ctx.fmt.percent(unanswered),
          ctx.t('participation.unansweredDetail'),
        ),
    hours === null
      ? null
      : plainFigure(
          ctx,
          ctx.t('participation.firstReply'),
          ctx.t('participation.firstReplyValue', { hours: ctx.fmt.number(hours, 1) }),
          ctx.t('participation.firstReplyDetail'),
        ),
  ].filter((item) => item !== null);
  if (items.length === 0) return null;
  return {
    id: 'participation-responsiveness',
    title: ctx.t('participation.responsivenessTitle'),
    blocks: [{ type: 'keyFigures', items }],
  };
}

/**
 * Dynamism and participation: levels (table and chart, P1), concentration (Gini, top-10 %
 * share, absence factor), responsiveness (unanswered threads, time to first reply) and renewal
 * (P5 newcomer activation, P6 retention, P4 movement between levels, P3 dependency).
 */
export function participationSection(ctx: ReportContext): Section {
  const responsiveness = [responsivenessSubsection(ctx)].filter((s) => s !== null);
  return {
    id: 'participation',
    title: ctx.t('participation.title'),
    blocks: [],
    subsections: [
      levelsSubsection(ctx),
      concentrationSubsection(ctx),
      ...responsiveness,
      {
        id: 'participation-renewal',
        title: ctx.t('participation.renewalTitle'),
        blocks: [
          { type: 'paragraph', text: ctx.t('participation.renewalIntro') },
          {
            type: 'keyFigures',
            items: (['P5', 'P6', 'P4', 'P3'] as const).map((id) => keyFigure(ctx, id)),
          },
        ],
      },
    ],
  };
}
