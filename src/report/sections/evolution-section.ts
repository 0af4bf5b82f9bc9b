import type { TimelinePoint } from '../../model/analysis.js';
import type { TimelineChartSpec } from '../charts/chart-spec.js';
import type { ReportContext } from '../report-context.js';
import type { Block, Column, Section } from '../report-types.js';
import { type YoyRow, yearOverYear } from './year-over-year.js';

const YOY_LABELS = {
  activeMembers: 'averageActive',
  newMembers: 'newMembers',
  messages: 'messages',
  events: 'events',
  attendances: 'attendances',
  contributions: 'contributions',
} as const;

const MONTHLY_LABELS = { ...YOY_LABELS, activeMembers: 'activeMembers' } as const;

function signedPercent(ctx: ReportContext, change: number | null): string {
  if (change === null) return ctx.t('notAvailable');
  const text = ctx.fmt.percent(Math.abs(change));
  if (text.startsWith('0')) return text;
  return `${change > 0 ? '+' : '\u2212'}${text}`;
}

function yoyBlock(ctx: ReportContext, rows: YoyRow[] | null): Block {
  if (rows === null)
    return {
      type: 'callout',
      tone: 'info',
      title: ctx.t('evolution.yoyCaption'),
      text: ctx.t('evolution.yoyShort'),
    };
  const columns: Column[] = [
    { label: ctx.t('evolution.indicator'), align: 'left' },
    { label: ctx.t('evolution.last12'), align: 'right' },
    { label: ctx.t('evolution.previous12'), align: 'right' },
    { label: ctx.t('evolution.change'), align: 'right' },
  ];
  return {
    type: 'table',
    caption: ctx.t('evolution.yoyCaption'),
    columns,
    rows: rows.map((row) => [
      ctx.t(`evolution.${YOY_LABELS[row.metric]}`),
      ctx.fmt.number(row.current, row.metric === 'activeMembers' ? 1 : 0),
      ctx.fmt.number(row.previous, row.metric === 'activeMembers' ? 1 : 0),
      signedPercent(ctx, row.change),
    ]),
  };
}

function monthlyBlock(ctx: ReportContext, timeline: TimelinePoint[]): Block {
  const metrics = ['activeMembers', 'newMembers', 'messages', 'events', 'attendances'] as const;
  return {
    type: 'table',
    caption: ctx.t('evolution.monthlyCaption'),
    columns: [
      { label: ctx.t('evolution.month'), align: 'left' },
      ...metrics.map((m) => ({
        label: ctx.t(`evolution.${MONTHLY_LABELS[m]}`),
        align: 'right' as const,
      })),
    ],
    rows: timeline
      .slice(-12)
      .map((point) => [
        ctx.fmt.month(point.month),
        ...metrics.map((m) => ctx.fmt.number(point[m])),
      ]),
  };
}

function range(values: number[]): { min: number; max: number } {
  return { min: Math.min(...values), max: Math.max(...values) };
}

function chartBlock(ctx: ReportContext, timeline: TimelinePoint[]): Block {
  const { fmt } = ctx;
  const active = timeline.map((point) => point.activeMembers);
  const messages = timeline.map((point) => point.messages);
  const spec: TimelineChartSpec = {
    kind: 'timeline',
    lang: ctx.lang,
    labels: timeline.map((point) => fmt.shortMonth(point.month)),
    active: { name: ctx.t('evolution.activeMembers'), values: active },
    messages: { name: ctx.t('evolution.messages'), values: messages },
  };
  const a = range(active);
  const m = range(messages);
  const alt = ctx.t('evolution.chartAlt', {
    from: fmt.month(timeline[0]!.month),
    to: fmt.month(timeline.at(-1)!.month),
    activeMin: fmt.number(a.min),
    activeMax: fmt.number(a.max),
    messagesMin: fmt.number(m.min),
    messagesMax: fmt.number(m.max),
  });
  return {
    type: 'chart',
    id: 'evolution-timeline',
    spec,
    alt,
    caption: ctx.t('evolution.chartCaption'),
  };
}

/**
 * Evolution: monthly active members and messages (chart), year-over-year comparison of the last
 * 12 months against the 12 before, and the last 12 months in detail.
 */
export function evolutionSection(ctx: ReportContext): Section {
  const timeline = [...ctx.analysis.timeline].sort((a, b) => (a.month < b.month ? -1 : 1));
  const base = { id: 'evolution', title: ctx.t('evolution.title') };
  const last = timeline.at(-1);
  if (!last) return { ...base, blocks: [{ type: 'paragraph', text: ctx.t('evolution.empty') }] };
  const peak = timeline.reduce((best, point) =>
    point.activeMembers > best.activeMembers ? point : best,
  );
  const intro = ctx.t('evolution.intro', {
    from: ctx.fmt.month(timeline[0]!.month),
    to: ctx.fmt.month(last.month),
    peak: ctx.fmt.number(peak.activeMembers),
    peakMonth: ctx.fmt.month(peak.month),
    last: ctx.fmt.number(last.activeMembers),
    lastMonth: ctx.fmt.month(last.month),
  });
  return {
    ...base,
    blocks: [
      { type: 'paragraph', text: intro },
      chartBlock(ctx, timeline),
      yoyBlock(ctx, yearOverYear(timeline)),
      monthlyBlock(ctx, timeline),
    ],
  };
}
