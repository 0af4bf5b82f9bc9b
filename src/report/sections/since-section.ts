import type { Comparison, IndicatorChange, TargetStanding } from '../../follow/index.js';
import type { ReportContext } from '../report-context.js';
import type { Block, KeyFigure, Section, Status } from '../report-types.js';

/** Indicators whose values are shares, shown as percentages (method.md §4.1). */
const SHARES = new Set([
  'P1',
  'P3',
  'P5',
  'P6',
  'R2',
  'V1',
  'V2',
  'D1',
  'responsiveness.unanswered',
  'trend.active',
  'network.isolates',
  'survey.trust',
]);

const TONE: Record<TargetStanding['standing'], Status> = {
  met: 'green',
  onTrack: 'amber',
  notMet: 'red',
  unknown: 'none',
};

function value(ctx: ReportContext, id: string, x: number | null, signed = false): string {
  if (x === null) return ctx.t('notAvailable');
  const sign = signed && x > 0 ? '+' : '';
  return SHARES.has(id) ? `${sign}${ctx.fmt.percent(x)}` : `${sign}${ctx.fmt.number(x, 2)}`;
}

function targetFigures(ctx: ReportContext, c: Comparison): KeyFigure[] {
  const f = (key: string, vars?: Record<string, string | number>) => ctx.tn(`follow:${key}`, vars);
  return c.targets.map((s) => ({
    label: ctx.tn(`plan:target.${s.indicator}`),
    value: value(ctx, s.indicator, s.actual),
    status: TONE[s.standing],
    statusLabel: f(`standing.${s.standing}`),
    threshold: f('report.targetThreshold'),
    detail: f('report.targetDetail', {
      start: value(ctx, s.indicator, s.start),
      expected: value(ctx, s.indicator, s.expected),
      target: value(ctx, s.indicator, s.target),
    }),
  }));
}

function indicatorRow(ctx: ReportContext, i: IndicatorChange): string[] {
  return [
    i.label[ctx.lang],
    value(ctx, i.id, i.before),
    value(ctx, i.id, i.after),
    value(ctx, i.id, i.delta, true),
    ctx.tn(`follow:verdict.${i.verdict}`),
  ];
}

/**
 * "Since the last phase": what moved between the two latest snapshots — the plan's targets as
 * key figures (met, on track, not met), the indicators, levels, members' moves as counts only,
 * findings that appeared or were resolved, and the network. Built only with two snapshots.
 */
export function sinceSection(ctx: ReportContext, c: Comparison): Section {
  const f = (key: string, vars?: Record<string, string | number>) =>
    ctx.tn(`follow:report.${key}`, vars);
  const col = (key: string, align: 'left' | 'right' = 'right') => ({ label: f(key), align });
  const indicators = c.indicators.filter((i) => i.before !== null || i.after !== null);
  const count = (v: IndicatorChange['verdict']) => indicators.filter((i) => i.verdict === v).length;
  const titles = (list: Comparison['findings']['appeared']) =>
    list.map((x) => x.title[ctx.lang]).join(' ; ');
  const findings: Block[] = [];
  if (c.findings.appeared.length > 0)
    findings.push({
      type: 'paragraph',
      text: f('appeared', { list: titles(c.findings.appeared) }),
    });
  if (c.findings.resolved.length > 0)
    findings.push({
      type: 'paragraph',
      text: f('resolved', { list: titles(c.findings.resolved) }),
    });
  if (findings.length === 0) findings.push({ type: 'paragraph', text: f('noFindingChange') });
  const n = c.network;
  const netRow = (key: string, p: { before: number; after: number; delta: number }, digits = 0) => [
    f(key),
    ctx.fmt.number(p.before, digits),
    ctx.fmt.number(p.after, digits),
    `${p.delta > 0 ? '+' : ''}${ctx.fmt.number(p.delta, digits)}`,
  ];
  const subsections: Section[] = [];
  if (c.targets.length > 0 && c.before.scenario) {
    subsections.push({
      id: 'since-targets',
      title: f('targetsTitle'),
      blocks: [
        {
          type: 'paragraph',
          text: f('targetsIntro', {
            scenario: ctx.tn(`plan:scenario.${c.before.scenario}`),
            before: c.before.name,
            months: ctx.fmt.number(c.months, 1),
          }),
        },
        { type: 'keyFigures', items: targetFigures(ctx, c) },
      ],
    });
  }
  subsections.push({
    id: 'since-findings',
    title: f('findingsTitle'),
    blocks: findings,
  });
  return {
    id: 'since',
    title: f('sinceTitle'),
    blocks: [
      {
        type: 'paragraph',
        text: f('sinceIntro', {
          before: c.before.name,
          beforeDate: ctx.fmt.date(c.before.asOf),
          after: c.after.name,
          afterDate: ctx.fmt.date(c.after.asOf),
          months: ctx.fmt.number(c.months, 1),
          better: count('better'),
          worse: count('worse'),
          same: count('same'),
        }),
      },
      {
        type: 'table',
        caption: f('indicatorsCaption'),
        columns: [
          col('indicator', 'left'),
          col('before'),
          col('after'),
          col('change'),
          col('reading', 'left'),
        ],
        rows: indicators.map((i) => indicatorRow(ctx, i)),
      },
      {
        type: 'table',
        caption: f('levelsCaption'),
        columns: [col('level', 'left'), col('before'), col('after'), col('change')],
        rows: c.levels.map((l) => [
          ctx.tn(`common:level.${l.level}`),
          ctx.fmt.number(l.before),
          ctx.fmt.number(l.after),
          `${l.delta > 0 ? '+' : ''}${ctx.fmt.number(l.delta)}`,
        ]),
      },
      {
        type: 'paragraph',
        text: f('members', {
          up: c.members.up,
          down: c.members.down,
          activeBefore: c.members.active.before,
          activeAfter: c.members.active.after,
        }),
      },
      {
        type: 'table',
        caption: f('networkCaption'),
        columns: [col('measure', 'left'), col('before'), col('after'), col('change')],
        rows: [
          netRow('nodes', n.nodes),
          netRow('edges', n.edges),
          netRow('density', n.density, 3),
          netRow('subgroups', n.subgroups),
          netRow('modularity', n.modularity, 3),
          netRow('isolates', n.isolates),
        ],
        note: f('brokers', {
          kept: n.brokers.kept,
          gained: n.brokers.gained,
          lost: n.brokers.lost,
        }),
      },
    ],
    subsections,
  };
}
