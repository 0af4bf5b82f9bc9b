import * as echarts from 'echarts';
import { escapeHtml } from '../escape-html.js';
import { chartOption } from './chart-option.js';
import type { ChartSpec } from './chart-spec.js';

/** Options of {@link renderChartSvg}. */
export interface RenderChartOptions {
  /** Prefix of the SVG's internal ids and classes; unique per chart within one document. */
  idPrefix: string;
  /** Alternative text, written as the SVG's `<title>` and `aria-label`. */
  alt?: string;
  width?: number;
  height?: number;
}

const SIZES: Record<ChartSpec['kind'], { width: number; height: number }> = {
  timeline: { width: 760, height: 320 },
  levels: { width: 760, height: 280 },
  network: { width: 760, height: 460 },
};

/**
 * ECharts numbers its SVG classes and ids with counters shared by every chart of the process
 * (`zr3-cls-17`); renumber them from zero, in order of appearance, under the given prefix.
 */
function renumberIds(svg: string, prefix: string): string {
  const seen = new Map<string, string>();
  const counts = new Map<string, number>();
  return svg.replace(/\bzr\d+-([A-Za-z]+-?)(\d+)/g, (token: string, kind: string) => {
    const known = seen.get(token);
    if (known) return known;
    const next = counts.get(kind) ?? 0;
    counts.set(kind, next + 1);
    const id = `${prefix}-${kind}${next}`;
    seen.set(token, id);
    return id;
  });
}

/**
 * Renders a chart spec to an SVG string with ECharts server-side rendering. Deterministic: the
 * renderer's process-wide ids and classes are renumbered under `idPrefix`, so the same spec and
 * options always give the same string.
 */
export function renderChartSvg(spec: ChartSpec, options: RenderChartOptions): string {
  const size = SIZES[spec.kind];
  const width = options.width ?? size.width;
  const height = options.height ?? size.height;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  let svg: string;
  try {
    chart.setOption({ ...chartOption(spec), animation: false });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  svg = renumberIds(svg, options.idPrefix.replace(/[^A-Za-z0-9_-]/g, '-'));
  if (options.alt === undefined) return svg;
  const alt = escapeHtml(options.alt);
  return svg
    .replace(/^<svg /, `<svg role="img" aria-label="${alt}" `)
    .replace(/^(<svg[^>]*>)/, `$1<title>${alt}</title>`);
}
