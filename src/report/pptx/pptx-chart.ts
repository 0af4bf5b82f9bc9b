import { renderChartPng } from '../charts/render-chart-png.js';
import { columnWeight } from '../pdf/column-weight.js';
import type { Block } from '../report-types.js';
import type { Slide } from './deck-model.js';
import type { PptSlide } from './pptx-lib.js';
import { THEME as T } from './pptx-theme.js';

type TableBlock = Extract<Block, { type: 'table' }>;
const CONTENT_W = T.width - 2 * T.margin;

/** A report table with a shaded header row, numbers right-aligned, widths by content. */
export function table(
  slide: PptSlide,
  block: TableBlock,
  x: number,
  y: number,
  w: number,
  small = false,
): void {
  const header = block.columns.map((c) => ({
    text: c.label,
    options: { bold: true, color: T.white, fill: { color: T.accent }, align: c.align },
  }));
  const rows = block.rows.map((row, r) =>
    block.columns.map((c, i) => ({
      text: row[i] ?? '',
      options: { align: c.align, color: T.ink, fill: { color: r % 2 === 1 ? T.zebra : T.white } },
    })),
  );
  const fontSize = small || block.rows.length > 8 ? 11 : 13;
  const weights = block.columns.map((c, i) =>
    columnWeight(
      c,
      block.rows.map((row) => row[i] ?? ''),
    ),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  slide.addTable([header, ...rows], {
    x,
    y,
    w,
    fontSize,
    colW: weights.map((weight) => (weight / total) * w),
    fontFace: T.body,
    valign: 'middle',
    border: { type: 'solid', pt: 0.5, color: T.rule },
    margin: 0.06,
  });
}

/** A chart as a PNG with alternative text and its caption, a small table beside it. */
export function chart(slide: PptSlide, s: Extract<Slide, { kind: 'chart' }>): void {
  const png = renderChartPng(s.chart.spec, {
    idPrefix: `c-${s.chart.id}`,
    alt: s.chart.alt,
    scale: 2,
  });
  const boxW = s.table ? 7.0 : CONTENT_W;
  const boxH = T.bottom - T.top - 0.5;
  const ratio = png.height / png.width;
  const w = Math.min(boxW, boxH / ratio);
  const h = w * ratio;
  const x = s.table ? T.margin : T.margin + (CONTENT_W - w) / 2;
  const data = `data:image/png;base64,${Buffer.from(png.data).toString('base64')}`;
  slide.addImage({ data, x, y: T.top, w, h, altText: s.chart.alt });
  slide.addText(s.chart.caption, {
    x,
    y: T.top + h + 0.05,
    w,
    h: 0.4,
    fontSize: 13,
    bold: true,
    color: T.ink,
    fontFace: T.body,
  });
  if (s.table) {
    slide.addText(s.table.caption, {
      x: 7.9,
      y: T.top,
      w: 4.83,
      h: 0.45,
      fontSize: 13,
      bold: true,
      color: T.accent,
      fontFace: T.body,
    });
    table(slide, s.table, 7.9, T.top + 0.5, 4.83, true);
  }
}
