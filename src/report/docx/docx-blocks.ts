import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { renderChartPng } from '../charts/render-chart-png.js';
import type { Block, KeyFigure, Report } from '../report-types.js';
import { caption, docxTable } from './docx-table.js';
import { COLORS, TONES } from './docx-theme.js';

/** Running numbers while the document is written: tables, figures, ordered lists. */
export interface DocxCounters {
  table: number;
  figure: number;
  list: number;
}

/** Width of the text column in pixels at 96 dpi (A4 less two 2 cm margins). */
const TEXT_WIDTH_PX = 642;

const NONE = { style: BorderStyle.NONE, size: 0, color: COLORS.white };
const HAIRLINE = { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule };

function small(text: string, size: number, extra: { italics?: boolean } = {}): Paragraph {
  return new Paragraph({
    spacing: { after: 40 },
    children: [new TextRun({ text, size, color: COLORS.muted, ...extra })],
  });
}

function card(item: KeyFigure): TableCell {
  const tone = TONES[item.status];
  const children = [
    small(item.label, 17),
    new Paragraph({
      spacing: { after: 40 },
      children: [new TextRun({ text: item.value, size: 40 })],
    }),
  ];
  if (item.detail) children.push(small(item.detail, 15));
  if (item.status !== 'none') {
    const text = `${tone.shape} ${item.statusLabel}`;
    const run = new TextRun({
      text,
      bold: true,
      size: 16,
      color: tone.fg,
      shading: { type: ShadingType.CLEAR, fill: tone.bg, color: 'auto' },
    });
    children.push(new Paragraph({ spacing: { after: 60 }, children: [run] }));
  }
  if (item.threshold) children.push(small(item.threshold, 14));
  if (item.source) children.push(small(item.source, 13, { italics: true }));
  return new TableCell({
    children,
    margins: { top: 100, bottom: 100, left: 140, right: 140 },
    borders: {
      top: { style: BorderStyle.SINGLE, size: 24, color: tone.fg },
      bottom: HAIRLINE,
      left: HAIRLINE,
      right: HAIRLINE,
    },
  });
}

/** Key figures as a shaded table of cards, three per row. */
function keyFigures(items: KeyFigure[]): Table {
  const perRow = Math.min(3, items.length);
  const rows: TableRow[] = [];
  for (let i = 0; i < items.length; i += perRow) {
    const cells = items.slice(i, i + perRow).map(card);
    while (cells.length < perRow)
      cells.push(
        new TableCell({
          children: [new Paragraph('')],
          borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
        }),
      );
    rows.push(new TableRow({ children: cells, cantSplit: true }));
  }
  return new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: Array(perRow).fill(Math.floor(9638 / perRow)),
  });
}

function callout(block: Extract<Block, { type: 'callout' }>): Table {
  const warning = block.tone === 'warning';
  const fill = warning ? TONES.amber.bg : COLORS.accentSoft;
  const line = warning ? TONES.amber.fg : COLORS.accent;
  const cell = new TableCell({
    shading: { type: ShadingType.CLEAR, fill, color: 'auto' },
    margins: { top: 120, bottom: 120, left: 200, right: 200 },
    borders: {
      left: { style: BorderStyle.SINGLE, size: 24, color: line },
      top: NONE,
      bottom: NONE,
      right: NONE,
    },
    children: [
      new Paragraph({
        spacing: { after: 60 },
        children: [new TextRun({ text: block.title, bold: true })],
      }),
      new Paragraph({ spacing: { after: 0 }, text: block.text }),
    ],
  });
  return new Table({
    rows: [new TableRow({ children: [cell], cantSplit: true })],
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [9638],
  });
}

function chart(block: Extract<Block, { type: 'chart' }>, report: Report, n: number): Paragraph[] {
  const png = renderChartPng(block.spec, { idPrefix: `c-${block.id}`, alt: block.alt, scale: 2 });
  const width = TEXT_WIDTH_PX;
  const height = Math.round((png.height / png.width) * width);
  const image = new ImageRun({
    type: 'png',
    data: png.data,
    transformation: { width, height },
    altText: { name: block.caption, title: block.caption, description: block.alt },
  });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 200 },
      children: [image],
    }),
    caption(report.labels.figure, n, block.caption),
  ];
}

/** Writes one block as Word paragraphs and tables, numbering tables and figures. */
export function docxBlock(
  block: Block,
  report: Report,
  counters: DocxCounters,
): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph':
      return [new Paragraph({ text: block.text, alignment: AlignmentType.JUSTIFIED })];
    case 'keyFigures':
      return [keyFigures(block.items), new Paragraph({ spacing: { after: 60 }, text: '' })];
    case 'table':
      counters.table += 1;
      return docxTable(block, report, counters.table);
    case 'chart':
      counters.figure += 1;
      return chart(block, report, counters.figure);
    case 'list': {
      counters.list += 1;
      const reference = block.ordered ? 'report-numbers' : 'report-bullets';
      return block.items.map(
        (item) =>
          new Paragraph({
            text: item,
            numbering: { reference, level: 0, instance: counters.list },
          }),
      );
    }
    case 'callout':
      return [callout(block), new Paragraph({ spacing: { after: 60 }, text: '' })];
  }
}
