import type { EChartsOption } from 'echarts';
import type { ChartSpec } from './chart-spec.js';
import { levelsChartOption } from './levels-chart.js';
import { networkChartOption } from './network-chart.js';
import { timelineChartOption } from './timeline-chart.js';

/**
 * The ECharts option of a chart spec, shared by the report's SVG rendering and the web app.
 *
 * @example
 * chart.setOption(chartOption(spec));
 */
export function chartOption(spec: ChartSpec): EChartsOption {
  switch (spec.kind) {
    case 'timeline':
      return timelineChartOption(spec);
    case 'levels':
      return levelsChartOption(spec);
    case 'network':
      return networkChartOption(spec);
  }
}
