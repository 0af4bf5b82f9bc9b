import type { EChartsOption } from 'echarts';
import { CHART_COLORS, CHART_FONT, type NetworkChartSpec } from './chart-spec.js';

/** A node placed on the map, in layout units. */
export interface PlacedNode {
  id: number;
  x: number;
  y: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SPACING = 10;
const GAP = 10;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Deterministic layout: each sub-group is a sunflower disc (Vogel's spiral, heaviest members in
 * the middle) and the discs sit on a circle in the order of `spec.groups`. No randomness and no
 * force simulation, so the same spec always gives the same positions.
 */
export function networkLayout(spec: NetworkChartSpec): PlacedNode[] {
  const members = spec.groups.map((group) =>
    spec.nodes
      .filter((node) => node.group === group.id)
      .sort((a, b) => b.weight - a.weight || a.id - b.id),
  );
  const radii = members.map((list) => SPACING * Math.sqrt(Math.max(list.length, 1)));
  const widest = Math.max(0, ...radii);
  const count = members.length;
  const ring = count < 2 ? 0 : (2 * widest + GAP) / (2 * Math.sin(Math.PI / count));
  return members.flatMap((list, g) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * g) / Math.max(count, 1);
    const cx = ring * Math.cos(angle);
    const cy = ring * Math.sin(angle);
    return list.map((node, i) => {
      const r = SPACING * Math.sqrt(i + 0.5);
      return {
        id: node.id,
        x: round(cx + r * Math.cos(i * GOLDEN_ANGLE)),
        y: round(cy + r * Math.sin(i * GOLDEN_ANGLE)),
      };
    });
  });
}

/** ECharts option of the network map: a `graph` series with `layout: 'none'`, nodes only. */
export function networkChartOption(spec: NetworkChartSpec): EChartsOption {
  const positions = new Map(networkLayout(spec).map((node) => [node.id, node]));
  const heaviest = Math.max(1, ...spec.nodes.map((node) => node.weight));
  const groupIndex = new Map(spec.groups.map((group, index) => [group.id, index]));
  const data = spec.nodes
    .filter((node) => positions.has(node.id) && groupIndex.has(node.group))
    .sort((a, b) => a.id - b.id)
    .map((node) => {
      const position = positions.get(node.id)!;
      return {
        id: String(node.id),
        name: node.name,
        x: position.x,
        y: position.y,
        category: groupIndex.get(node.group)!,
        symbolSize: round(8 + 20 * Math.sqrt(node.weight / heaviest)),
        label: { show: node.labelled },
      };
    });
  return {
    animation: false,
    textStyle: { fontFamily: CHART_FONT },
    color: [...CHART_COLORS],
    // A wide gap: ECharts measures text narrower than DejaVu Sans draws it in the PNG charts.
    legend: { bottom: 0, itemGap: 36, data: spec.groups.map((group) => group.label) },
    series: [
      {
        type: 'graph',
        layout: 'none',
        // Only top and bottom: with all four sides ECharts stretches x and y apart.
        top: 24,
        bottom: 56,
        roam: false,
        categories: spec.groups.map((group) => ({ name: group.label })),
        data,
        itemStyle: { borderColor: '#fff', borderWidth: 1, opacity: 0.9 },
        label: { position: 'right', fontSize: 11, color: '#222' },
        labelLayout: { hideOverlap: true },
      },
    ],
  };
}
