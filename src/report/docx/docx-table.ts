import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { columnWeight } from '../pdf/column-weight.js';
import type { Block, Column, Report } from '../report-types.js';
import { COLORS } from './docx-theme.js';

/** Width of the text column in twentieths of a point (A4 less two 2 cm margins). */
export const TEXT_WIDTH_TWIPS = 9638;

/** A caption line: "Tableau 1 — …" in the report's Caption style. */
export function caption(label: string, n: number, text: string): Paragraph {
  return new Paragraph({
    style: 'Caption',
    children: [
      new TextRun({ text: `${label} ${n} — `, color: COLORS.accent }),
      new TextRun({ text }),
    ],
  });
}

/** Column widths from each column's average text, never narrower than its longest word. */
function columnWidths(columns: Column[], rows: string[][]): number[] {
  const weights = columns.map((column, i) =>
    columnWeight(
      column,
      rows.map((row) => row[i] ?? ''),
    ),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / total) * TEXT_WIDTH_TWIPS));
}

function cell(
  text: string,
  column: Column | undefined,
  options: { header?: boolean; fill?: string; width: number },
): TableCell {
  const rule = options.header
    ? { style: BorderStyle.SINGLE, size: 12, color: COLORS.accent }
    : { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule };
  const none = { style: BorderStyle.NONE, size: 0, color: COLORS.white };
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    borders: { top: none, left: none, right: none, bottom: rule },
    ...(options.fill
      ? { shading: { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } }
      : {}),
    children: [
      new Paragraph({
        spacing: { after: 0 },
        alignment: column?.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, size: 18, bold: options.header ?? false })],
      }),
    ],
  });
}

/**
 * A report table as a real Word table: caption above, a header row repeated on each page,
 * light row rules and zebra rows, numbers right-aligned, an optional note below.
 */
export function docxTable(
  block: Extract<Block, { type: 'table' }>,
  report: Report,
  n: number,
): (Paragraph | Table)[] {
  const widths = columnWidths(block.columns, block.rows);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((column, i) =>
      cell(column.label, column, { header: true, width: widths[i] ?? 0 }),
    ),
  });
  const rows = block.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: block.columns.map((column, i) =>
          cell(row[i] ?? '', column, {
            width: widths[i] ?? 0,
            ...(r % 2 === 1 ? { fill: COLORS.zebra } : {}),
          }),
        ),
      }),
  );
  const table = new Table({
    rows: [header, ...rows],
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
  });
  const out: (Paragraph | Table)[] = [caption(report.labels.table, n, block.caption), table];
  out.push(
    block.note
      ? new Paragraph({
          spacing: { before: 80, after: 200 },
          children: [new TextRun({ text: block.note, size: 17, color: COLORS.muted })],
        })
      : new Paragraph({ spacing: { after: 120 }, text: '' }),
  );
  return out;
}
