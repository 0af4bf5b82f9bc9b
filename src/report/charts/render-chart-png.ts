import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { ChartSpec } from './chart-spec.js';
import { type RenderChartOptions, renderChartSvg } from './render-chart-svg.js';

/** Font files that draw a chart's text, and the family name they declare. */
export interface ChartFonts {
  family: string;
  files: string[];
}

/**
 * DejaVu Sans from Debian's `fonts-dejavu-core`, until the project ships TTF files in an npm
 * package: fixed files make the PNG the same on every machine that has them.
 */
const DEJAVU: ChartFonts = {
  family: 'DejaVu Sans',
  files: [
    '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  ],
};

/** The chart fonts found on this machine, or `undefined` when resvg must use system fonts. */
export function chartFonts(): ChartFonts | undefined {
  const files = DEJAVU.files.filter((file) => existsSync(file));
  return files.length > 0 ? { family: DEJAVU.family, files } : undefined;
}

/** Replaces the font stack of every text of an ECharts SVG by one family. */
export function setSvgFontFamily(svg: string, family: string): string {
  return svg.replace(/font-family:[^;"]*/g, `font-family:'${family.replace(/['"<>&;]/g, '')}'`);
}

/** Options of {@link renderChartPng}. */
export interface RenderChartPngOptions extends RenderChartOptions {
  /** Pixels per SVG unit; 2 gives a sharp image in print. */
  scale?: number;
  /** Font files; {@link chartFonts} by default. */
  fonts?: ChartFonts;
}

/** A chart as a PNG, with its size in SVG units (CSS pixels) for layout. */
export interface ChartPng {
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * Renders a chart spec to a PNG (for DOCX and PPTX, which do not take SVG reliably) through
 * {@link renderChartSvg} and resvg, on a white background, with fixed font files when found.
 * Deterministic on a given machine.
 *
 * @example
 * const { data, width, height } = renderChartPng(spec, { idPrefix: 'levels', scale: 2 });
 */
export function renderChartPng(spec: ChartSpec, options: RenderChartPngOptions): ChartPng {
  const fonts = options.fonts ?? chartFonts();
  const raw = renderChartSvg(spec, options);
  const svg = fonts ? setSvgFontFamily(raw, fonts.family) : raw;
  const width = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 760);
  const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 320);
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    font: fonts
      ? {
          loadSystemFonts: false,
          fontFiles: fonts.files,
          defaultFontFamily: fonts.family,
          sansSerifFamily: fonts.family,
        }
      : { loadSystemFonts: true },
  });
  return { data: new Uint8Array(resvg.render().asPng()), width, height };
}
