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
export {
  type ChartFonts,
  type ChartPng,
  chartFonts,
  type RenderChartPngOptions,
  renderChartPng,
  setSvgFontFamily,
} from './charts/render-chart-png.js';
export { type RenderChartOptions, renderChartSvg } from './charts/render-chart-svg.js';
export { type DocxOptions, renderDocx } from './docx/render-docx.js';
export { type StableZipOptions, stableZip } from './docx/stable-zip.js';
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
export { type OutputLabels, outputLabels } from './pdf/output-labels.js';
export { type Logo, PDF_FONT, type PdfOptions, renderPdf } from './pdf/render-pdf.js';
export { renderTypst, type TypstOptions } from './pdf/render-typst.js';
export { typstString } from './pdf/typst-string.js';
export { buildDeck, type Deck, type Slide } from './pptx/deck-model.js';
export { type PptxOptions, renderPptx } from './pptx/render-pptx.js';
export { renderHtml } from './render-html.js';
export { buildReport, type ReportOptions } from './report-model.js';
export * from './report-types.js';
