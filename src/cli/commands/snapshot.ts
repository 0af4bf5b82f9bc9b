import type { Command } from 'commander';
import type { Comparison } from '../../app/index.js';
import type { CliContext } from '../cli-context.js';
import { parseIsoDate } from '../parse-options.js';
import { withNamespacedErrors } from './namespaced-errors.js';
import { numberFormat } from './number-format.js';

interface SnapshotCliOptions {
  community?: string;
  asOf?: string;
  scenario?: string;
  json?: boolean;
  names?: boolean;
}

const ARROW = { up: '↑', down: '↓', flat: '→', unknown: ' ' } as const;

function indicatorLines(c: Comparison, ctx: CliContext): string[] {
  const f = numberFormat(ctx.lang);
  return c.indicators.map((i) => {
    const rel = i.relative === null ? '' : ` (${f.signed(Math.round(i.relative * 100), 0)} %)`;
    return `  ${i.id.padEnd(26)} ${i.label[ctx.lang].slice(0, 44).padEnd(44)} ${f.num(i.before)} → ${f.num(i.after)}  ${ARROW[i.direction]} ${f.signed(i.delta)}${rel}  ${ctx.t(`follow:verdict.${i.verdict}`)}`;
  });
}

function comparisonLines(c: Comparison, ctx: CliContext): string[] {
  const f = numberFormat(ctx.lang);
  const t = ctx.t;
  const pair = (p: { before: number; after: number; delta: number }, digits = 2) =>
    `${f.num(p.before, digits)} → ${f.num(p.after, digits)} (${f.signed(p.delta, digits)})`;
  const lines = [
    t('follow:compare.title', {
      before: c.before.name,
      beforeDate: c.before.asOf,
      after: c.after.name,
      afterDate: c.after.asOf,
      months: f.num(c.months, 1),
    }),
    '',
    t('follow:compare.indicators'),
    ...indicatorLines(c, ctx),
    '',
    t('follow:compare.levels'),
    ...c.levels.map(
      (l) =>
        `  ${t(`common:level.${l.level}`).padEnd(12)} ${l.before} → ${l.after} (${f.signed(l.delta, 0)})`,
    ),
    t('follow:compare.members', {
      total: pair(c.members.total, 0),
      active: pair(c.members.active, 0),
      up: c.members.up,
      down: c.members.down,
    }),
  ];
  if (c.names && c.members.moves.length > 0) {
    lines.push(t('follow:compare.moves'));
    for (const m of c.members.moves)
      lines.push(`  ${m.name}: ${t(`common:level.${m.from}`)} → ${t(`common:level.${m.to}`)}`);
  }
  const title = (x: { id: string; title: { fr: string; en: string } }) =>
    `  ${x.id}  ${x.title[ctx.lang]}`;
  lines.push('', t('follow:compare.findings'));
  lines.push(
    `${t('follow:compare.appeared')} (${c.findings.appeared.length})`,
    ...c.findings.appeared.map(title),
  );
  lines.push(
    `${t('follow:compare.resolved')} (${c.findings.resolved.length})`,
    ...c.findings.resolved.map(title),
  );
  lines.push(t('follow:compare.kept', { count: c.findings.kept }));
  const n = c.network;
  lines.push(
    '',
    t('follow:compare.network'),
    `  ${t('follow:compare.networkLine', {
      nodes: pair(n.nodes, 0),
      edges: pair(n.edges, 0),
      density: pair(n.density, 3),
      subgroups: pair(n.subgroups, 0),
      modularity: pair(n.modularity, 3),
      isolates: pair(n.isolates, 0),
    })}`,
    `  ${t('follow:compare.brokers', n.brokers)}`,
  );
  if (c.names) {
    for (const b of n.brokers.gainedNames) lines.push(`    + ${b.name}`);
    for (const b of n.brokers.lostNames) lines.push(`    − ${b.name}`);
  }
  lines.push('');
  if (c.before.scenario === null || c.targets.length === 0)
    lines.push(t('follow:compare.noTargets'));
  else {
    lines.push(
      t('follow:compare.targets', {
        scenario: t(`plan:scenario.${c.before.scenario}`),
        before: c.before.name,
      }),
    );
    for (const s of c.targets) {
      const v = (x: number | null) => (s.indicator === 'R1' ? f.num(x, 1) : f.pct(x));
      lines.push(
        `  ${t('follow:compare.targetLine', {
          indicator: `${s.indicator} ${t(`plan:target.${s.indicator}`)}`,
          start: v(s.start),
          expected: v(s.expected),
          target: v(s.target),
          actual: v(s.actual),
          standing: t(`follow:standing.${s.standing}`),
        })}`,
      );
    }
  }
  return lines;
}

/** `pouls snapshot create NAME | list | compare A B`: dated snapshots and what moved between them. */
export function registerSnapshot(
  program: Command,
  ctx: CliContext,
  setExit: (code: number) => void,
): void {
  const db = () => program.opts<{ db?: string }>().db;
  const snapshot = program.command('snapshot').description(ctx.t('follow:command.snapshot'));
  snapshot
    .command('create <name>')
    .description(ctx.t('follow:command.snapshotCreate'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--as-of <date>', ctx.t('cli:option.asOf'), parseIsoDate)
    .option('--scenario <name>', ctx.t('follow:option.scenario'))
    .action((name: string, options: SnapshotCliOptions) =>
      withNamespacedErrors(ctx, setExit, async () => {
        const { createSnapshot } = await import('../../app/snapshots.js');
        const header = await ctx.withStore(db(), (store) =>
          createSnapshot(store, {
            name,
            asOf: options.asOf ?? ctx.io.today,
            ...(options.community ? { community: options.community } : {}),
            ...(options.scenario ? { scenario: options.scenario } : {}),
          }),
        );
        const scenario = header.scenario
          ? ctx.t(`plan:scenario.${header.scenario}`)
          : ctx.t('follow:noScenario');
        ctx.io.stdout(`${ctx.t('follow:created', { ...header, scenario })}\n`);
      }),
    );
  snapshot
    .command('list')
    .description(ctx.t('follow:command.snapshotList'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--json', ctx.t('cli:option.json'))
    .action(async (options: SnapshotCliOptions) => {
      const { snapshotList } = await import('../../app/snapshots.js');
      const list = await ctx.withStore(db(), (store) => snapshotList(store, options.community));
      if (options.json) return ctx.io.stdout(`${JSON.stringify(list, null, 2)}\n`);
      if (list.length === 0) return ctx.io.stdout(`${ctx.t('follow:none')}\n`);
      for (const s of list) {
        const scenario = s.scenario
          ? ctx.t(`plan:scenario.${s.scenario}`)
          : ctx.t('follow:noScenario');
        ctx.io.stdout(`${ctx.t('follow:listLine', { ...s, scenario })}\n`);
      }
    });
  snapshot
    .command('compare <before> <after>')
    .description(ctx.t('follow:command.snapshotCompare'))
    .option('--community <slug>', ctx.t('cli:option.community'))
    .option('--json', ctx.t('cli:option.json'))
    .option('--no-names', ctx.t('follow:option.noNames'))
    .action((before: string, after: string, options: SnapshotCliOptions) =>
      withNamespacedErrors(ctx, setExit, async () => {
        const { compareSnapshotsByName } = await import('../../app/snapshots.js');
        // The command line is a staff face: names are shown unless --no-names.
        const comparison = await ctx.withStore(db(), (store) =>
          compareSnapshotsByName(store, {
            before,
            after,
            names: options.names !== false,
            ...(options.community ? { community: options.community } : {}),
          }),
        );
        if (options.json) ctx.io.stdout(`${JSON.stringify(comparison, null, 2)}\n`);
        else ctx.io.stdout(`${comparisonLines(comparison, ctx).join('\n')}\n`);
      }),
    );
}
