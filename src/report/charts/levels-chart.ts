import type { EChartsOption } from 'echarts';
import { formatter } from '../format.js';
import { CHART_FONT, type LevelsChartSpec } from './chart-spec.js';

/** Shades of the accent colour, from the core (darkest) to the inactive members (grey). */
const LEVEL_COLORS = {
  core: '#1f4e79',
  active: '#3f6f9e',
  occasional: '#7c9cc0',
  peripheral: '#b5c8dd',
  inactive: '#c9c9c9',
} as const;

/** ECharts option of the participation chart: one bar per level with its member count. */
export function levelsChartOption(spec: LevelsChartSpec): EChartsOption {
  const fmt = formatter(spec.lang);
  return {
    animation: false,
    textStyle: { fontFamily: CHART_FONT },
    grid: { left: 56, right: 24, top: 36, bottom: 36 },
    xAxis: {
      type: 'category',
      data: spec.bars.map((bar) => bar.label),
      axisLabel: { color: '#333', interval: 0 },
    },
    yAxis: {
      type: 'value',
      name: spec.valueName,
      minInterval: 1,
      nameTextStyle: { color: '#555' },
      axisLabel: { color: '#555', formatter: (value: number) => fmt.number(value) },
    },
    series: [
      {
        type: 'bar',
        name: spec.valueName,
        barMaxWidth: 64,
        data: spec.bars.map((bar) => ({
          value: bar.value,
          itemStyle: { color: LEVEL_COLORS[bar.level] },
        })),
        label: {
          show: true,
          position: 'top',
          color: '#222',
          formatter: (params) => fmt.number(Number(params.value)),
        },
      },
    ],
  };
}
