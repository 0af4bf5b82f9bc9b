import type { Block, Column, KeyFigure, Report } from '../report-types.js';
import { columnWeight } from './column-weight.js';
import { typstString as str, typstStrings as strs } from './typst-string.js';

/** The virtual path of a chart's SVG inside the Typst compiler. */
export function chartPath(chartId: string): string {
  return `/charts/${chartId.replace(/[^A-Za-z0-9_-]/g, '-')}.svg`;
}

/** Column widths: numbers take what they need, texts share the rest by {@link columnWeight}. */
function widths(columns: Column[], rows: string[][]): string {
  const parts = columns.map((column, i) =>
    column.align === 'right'
      ? 'auto'
      : `${columnWeight(
          column,
          rows.map((row) => row[i] ?? ''),
        )}fr`,
  );
  return `(${parts.join(', ')},)`;
}

function table(block: Extract<Block, { type: 'table' }>, report: Report): string {
  const aligns = `(${block.columns.map((c) => (c.align === 'right' ? 'right' : 'left')).join(', ')},)`;
  const rows = block.rows.map((row) => strs(block.columns.map((_, i) => row[i] ?? '')));
  const call = [
    `#report-table(${str(block.caption)}, ${str(report.labels.table)}, ${widths(block.columns, block.rows)}, ${aligns},`,
    `  ${strs(block.columns.map((c) => c.label))},`,
    `  (${rows.map((row) => `${row},`).join('\n   ')}))`,
  ].join('\n');
  return block.note ? `${call}\n#table-note(${str(block.note)})` : call;
}

function keyFigure(item: KeyFigure): string {
  const fields = [
    `label: ${str(item.label)}`,
    `value: ${str(item.value)}`,
    `status: ${str(item.status)}`,
    `statusLabel: ${str(item.statusLabel)}`,
    `detail: ${str(item.detail ?? '')}`,
    `threshold: ${str(item.threshold)}`,
    `source: ${str(item.source ?? '')}`,
  ];
  return `(${fields.join(', ')})`;
}

/** Writes one block as Typst code; every text goes through a string literal. */
export function typstBlock(block: Block, report: Report): string {
  switch (block.type) {
    case 'paragraph':
      return `#par(${str(block.text)})`;
    case 'keyFigures':
      return `#key-figures((\n  ${block.items.map((item) => `${keyFigure(item)},`).join('\n  ')}\n))`;
    case 'table':
      return table(block, report);
    case 'chart':
      return `#chart(${str(chartPath(block.id))}, ${str(block.alt)}, ${str(block.caption)}, ${str(report.labels.figure)})`;
    case 'list':
      return `#${block.ordered ? 'enum' : 'list'}(..${strs(block.items)})`;
    case 'callout':
      return `#callout(${str(block.tone)}, ${str(block.title)}, ${str(block.text)})`;
  }
}
