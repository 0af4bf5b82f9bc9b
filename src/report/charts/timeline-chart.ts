import type { EChartsOption } from 'echarts';
import { formatter } from '../format.js';
import { CHART_COLORS, CHART_FONT, type TimelineChartSpec } from './chart-spec.js';

/**
 * ECharts option of the evolution chart: active members per month on the left axis and
 * messages per month on the right axis (both lines, no animation).
 */
export function timelineChartOption(spec: TimelineChartSpec): EChartsOption {
  const fmt = formatter(spec.lang);
  const axisLabel = { formatter: (value: number) => fmt.number(value), color: '#555' };
  return {
    animation: false,
    textStyle: { fontFamily: CHART_FONT },
    color: [CHART_COLORS[0], CHART_COLORS[1]],
    // A wide gap: ECharts measures text narrower than DejaVu Sans draws it in the PNG charts.
    legend: { top: 0, itemGap: 36, data: [spec.active.name, spec.messages.name] },
    grid: { left: 56, right: 56, top: 40, bottom: 36 },
    xAxis: {
      type: 'category',
      data: spec.labels,
      boundaryGap: false,
      axisLabel: { color: '#555', hideOverlap: true },
    },
    yAxis: [
      { type: 'value', name: spec.active.name, nameTextStyle: { color: '#555' }, axisLabel },
      {
        type: 'value',
        name: spec.messages.name,
        nameTextStyle: { color: '#555' },
        axisLabel,
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'line',
        name: spec.active.name,
        data: spec.active.values,
        yAxisIndex: 0,
        symbol: 'circle',
        symbolSize: 5,
        lineStyle: { width: 2.5 },
      },
      {
        type: 'line',
        name: spec.messages.name,
        data: spec.messages.values,
        yAxisIndex: 1,
        symbol: 'none',
        lineStyle: { width: 2, type: 'dashed' },
      },
    ],
  };
}
