import { plainFigure } from '../key-figures.js';
import { type GroupCount, MIN_GROUP_SIZE, mergeSmallGroups } from '../merge-small-groups.js';
import type { ReportContext } from '../report-context.js';
import type { Block, Column, Section } from '../report-types.js';

const DIMENSIONS = ['region', 'discipline', 'orgType'] as const;

function groupRows(ctx: ReportContext, rows: readonly GroupCount[]): string[][] {
  const { fmt } = ctx;
  return mergeSmallGroups(rows).map((row) => {
    const label = row.others ? ctx.t('others') : row.group.trim() || ctx.t('unspecified');
    // A merged row can still hold fewer than 5 people: its size is then not disclosed.
    if (row.members < MIN_GROUP_SIZE) return [label, ctx.t('fewerThanFive'), '—', '—'];
    return [label, fmt.number(row.members), fmt.percent(row.share), fmt.number(row.activeMembers)];
  });
}

function distributionBlock(ctx: ReportContext, dimension: (typeof DIMENSIONS)[number]): Block {
  const rows = ctx.analysis.diversity[dimension];
  const caption = ctx.t(`portrait.${dimension}`);
  if (rows.length === 0) return { type: 'paragraph', text: ctx.t('portrait.empty', { caption }) };
  const columns: Column[] = [
    { label: ctx.t('portrait.group'), align: 'left' },
    { label: ctx.t('portrait.count'), align: 'right' },
    { label: ctx.t('portrait.share'), align: 'right' },
    { label: ctx.t('portrait.activeCount'), align: 'right' },
  ];
  return { type: 'table', caption, columns, rows: groupRows(ctx, rows) };
}

/**
 * Portrait: members, active, new and staff counts, then members by region, discipline and
 * organisation type, with every group under 5 people merged (product.md §3.10).
 */
export function portraitSection(ctx: ReportContext): Section {
  const { members, windowDays } = ctx.analysis;
  const { fmt } = ctx;
  return {
    id: 'portrait',
    title: ctx.t('portrait.title'),
    blocks: [
      {
        type: 'paragraph',
        text: ctx.t('portrait.intro', {
          registered: ctx.count('registered', members.total),
          staff: ctx.count('staff', members.staff),
          joined: ctx.count('joined', members.new),
          window: windowDays,
        }),
      },
      {
        type: 'keyFigures',
        items: [
          plainFigure(ctx, ctx.t('portrait.members'), fmt.number(members.total)),
          plainFigure(ctx, ctx.t('portrait.active'), fmt.number(members.active)),
          plainFigure(
            ctx,
            ctx.t('portrait.new'),
            fmt.number(members.new),
            ctx.t('portrait.newDetail', { window: windowDays }),
          ),
          plainFigure(ctx, ctx.t('portrait.staff'), fmt.number(members.staff)),
        ],
      },
      ...DIMENSIONS.map((dimension) => distributionBlock(ctx, dimension)),
      { type: 'paragraph', text: ctx.t('portrait.note') },
    ],
  };
}
