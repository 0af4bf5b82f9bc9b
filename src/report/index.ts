/**
 * The report: a renderer-neutral model built from an analysis, its formatting, its charts and
 * the HTML renderer. PDF, DOCX and PPTX renderers take the same {@link Report}.
 */

export { chartOption } from './charts/chart-option.js';
export type {
  ChartSpec,
  LevelsChartSpec,
  NetworkChartSpec,
  TimelineChartSpec,
} from './charts/chart-spec.js';
export { type RenderChartOptions, renderChartSvg } from './charts/render-chart-svg.js';
export { escapeHtml } from './escape-html.js';
export { type Formatter, formatter, frenchTypography } from './format.js';
export {
  activationStatus,
  activeShareStatus,
  facilitatorStatus,
  levelMovesStatus,
  retentionStatus,
  rhythmStatus,
  THRESHOLDS,
} from './indicators.js';
export { mergeSmallGroups } from './merge-small-groups.js';
export { renderHtml } from './render-html.js';
export { buildReport, type ReportOptions } from './report-model.js';
export * from './report-types.js';
