import type { NetworkChartSpec } from '../charts/chart-spec.js';
import { SILO_MODULARITY } from '../indicators.js';
import type { ReportContext } from '../report-context.js';
import type { Block, Section } from '../report-types.js';

/** Brokers listed in the table and named on the map. */
const BROKERS_SHOWN = 5;

function measuresBlock(ctx: ReportContext): Block {
  const { network } = ctx.analysis;
  const { fmt } = ctx;
  const share = (value: number | null) => (value === null ? null : fmt.percent(value));
  const rows: [string, string | null][] = [
    ['nodes', fmt.number(network.nodes)],
    ['edges', fmt.number(network.edges)],
    ['density', fmt.number(network.density, 3)],
    ['averageDegree', fmt.number(network.averageDegree, 1)],
    ['clustering', fmt.number(network.clustering, 2)],
    ['components', fmt.number(network.components)],
    ['largestComponent', fmt.number(network.largestComponent)],
    ['isolates', fmt.number(network.isolates)],
    ['maxCore', fmt.number(network.maxCore)],
    ['modularity', fmt.number(network.modularity, 2)],
    ['crossRegion', share(network.crossRegionShare)],
    ['crossDiscipline', share(network.crossDisciplineShare)],
  ];
  return {
    type: 'table',
    caption: ctx.t('network.measuresCaption'),
    columns: [
      { label: ctx.t('network.measure'), align: 'left' },
      { label: ctx.t('network.value'), align: 'right' },
    ],
    rows: rows.flatMap(([key, value]) =>
      value === null ? [] : [[ctx.t(`network.${key}`), value]],
    ),
  };
}

/** Sub-groups by decreasing size, numbered from 1 in that order. */
function orderedGroups(ctx: ReportContext) {
  return [...ctx.analysis.network.communities]
    .sort((a, b) => b.size - a.size || a.id - b.id)
    .map((group, index) => ({ ...group, label: ctx.t('network.group', { n: index + 1 }) }));
}

function brokersBlocks(ctx: ReportContext): Block[] {
  const { network, memberMetrics } = ctx.analysis;
  const byId = new Map(memberMetrics.map((member) => [member.id, member]));
  const labels = new Map(orderedGroups(ctx).map((group) => [group.id, group.label]));
  const brokers = [...network.brokers]
    .filter((broker) => broker.betweenness > 0)
    .sort((a, b) => b.betweenness - a.betweenness || a.memberId - b.memberId)
    .slice(0, BROKERS_SHOWN);
  if (brokers.length === 0) return [{ type: 'paragraph', text: ctx.t('network.noBrokers') }];
  const rows = brokers.map((broker) => {
    const member = byId.get(broker.memberId);
    const group = member?.community ?? null;
    return [
      member?.name ?? `#${broker.memberId}`,
      ctx.fmt.number(broker.betweenness, 3),
      group === null ? '—' : (labels.get(group) ?? '—'),
      member ? ctx.tn(`common:level.${member.level}`) : '—',
    ];
  });
  const table: Block = {
    type: 'table',
    caption: ctx.t('network.brokersCaption'),
    columns: [
      { label: ctx.t('network.name'), align: 'left' },
      { label: ctx.t('network.betweenness'), align: 'right' },
      { label: ctx.t('network.groupColumn'), align: 'left' },
      { label: ctx.t('network.level'), align: 'left' },
    ],
    rows,
  };
  return [{ type: 'paragraph', text: ctx.t('network.brokersIntro') }, table];
}

function mapBlock(ctx: ReportContext): Block {
  const { network, memberMetrics } = ctx.analysis;
  const groups = orderedGroups(ctx);
  const named = new Set(
    [...network.brokers]
      .sort((a, b) => b.betweenness - a.betweenness || a.memberId - b.memberId)
      .slice(0, BROKERS_SHOWN)
      .map((broker) => broker.memberId),
  );
  const spec: NetworkChartSpec = {
    kind: 'network',
    lang: ctx.lang,
    groups: groups.map((group) => ({ id: group.id, label: `${group.label} (${group.size})` })),
    nodes: memberMetrics
      .filter((member) => member.community !== null)
      .map((member) => ({
        id: member.id,
        name: member.name,
        group: member.community!,
        weight: member.weightedDegree,
        labelled: named.has(member.id),
      })),
  };
  const alt = ctx.t('network.mapAlt', {
    linked: ctx.count('member', spec.nodes.length),
    groups: ctx.count('subgroup', groups.length),
  });
  return { type: 'chart', id: 'network-map', spec, alt, caption: ctx.t('network.mapCaption') };
}

/**
 * Network: measures, a map of members by sub-group, sub-group sizes, the silo reading from
 * modularity, and the main brokers by betweenness (named: the report is for the steward).
 */
export function networkSection(ctx: ReportContext): Section {
  const { network } = ctx.analysis;
  const { fmt } = ctx;
  const linked = Math.max(network.nodes - network.isolates, 1);
  const groups = orderedGroups(ctx);
  const reading = network.modularity >= SILO_MODULARITY ? 'silos' : 'open';
  const blocks: Block[] = [
    { type: 'paragraph', text: ctx.t('network.intro', { asOf: fmt.date(ctx.analysis.asOf) }) },
    measuresBlock(ctx),
    mapBlock(ctx),
    {
      type: 'table',
      caption: ctx.t('network.groupsCaption'),
      columns: [
        { label: ctx.t('network.groupColumn'), align: 'left' },
        { label: ctx.t('network.size'), align: 'right' },
        { label: ctx.t('network.share'), align: 'right' },
      ],
      rows: groups.map((g) => [g.label, fmt.number(g.size), fmt.percent(g.size / linked)]),
    },
    {
      type: 'paragraph',
      text: ctx.t(`network.${reading}`, { modularity: fmt.number(network.modularity, 2) }),
    },
    ...brokersBlocks(ctx),
  ];
  if (network.approximate) {
    blocks.push({
      type: 'callout',
      tone: 'info',
      title: ctx.t('network.approximateTitle'),
      text: ctx.t('network.approximate'),
    });
  }
  return { id: 'network', title: ctx.t('network.title'), blocks };
}
