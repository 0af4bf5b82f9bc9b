import { renderChartSvg } from './charts/render-chart-svg.js';
import { escapeHtml as esc } from './escape-html.js';
import type { Block, KeyFigure, Report, Status } from './report-types.js';

/** Running numbers of tables and figures while a document is written. */
export interface HtmlCounters {
  table: number;
  figure: number;
}

/** A shape per status, so the status never relies on colour alone. */
const SHAPES: Record<Status, string> = { green: '●', amber: '▲', red: '■', none: '' };

function card(item: KeyFigure): string {
  const badge =
    item.status === 'none'
      ? ''
      : `<p><span class="badge"><span aria-hidden="true">${SHAPES[item.status]}</span> ${esc(item.statusLabel)}</span></p>`;
  return [
    `<li class="card status-${item.status}">`,
    `<p class="card-label">${esc(item.label)}</p>`,
    `<p class="card-value">${esc(item.value)}</p>`,
    item.detail ? `<p class="card-detail">${esc(item.detail)}</p>` : '',
    badge,
    item.threshold ? `<p class="card-threshold">${esc(item.threshold)}</p>` : '',
    item.source ? `<p class="card-source">${esc(item.source)}</p>` : '',
    '</li>',
  ].join('');
}

function table(block: Extract<Block, { type: 'table' }>, report: Report, n: number): string {
  const cls = (i: number) => (block.columns[i]?.align === 'right' ? ' class="num-cell"' : '');
  const head = block.columns
    .map((column, i) => `<th scope="col"${cls(i)}>${esc(column.label)}</th>`)
    .join('');
  const body = block.rows
    .map((row) => {
      const cells = row.map((cell, i) =>
        i === 0 ? `<th scope="row"${cls(i)}>${esc(cell)}</th>` : `<td${cls(i)}>${esc(cell)}</td>`,
      );
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const label = `<span class="label">${esc(report.labels.table)} ${n} —</span> `;
  const note = block.note ? `\n<p class="table-note">${esc(block.note)}</p>` : '';
  return `<table>\n<caption>${label}${esc(block.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>${note}`;
}

function chart(block: Extract<Block, { type: 'chart' }>, report: Report, n: number): string {
  const svg = renderChartSvg(block.spec, { idPrefix: `c-${block.id}`, alt: block.alt });
  const label = `<span class="label">${esc(report.labels.figure)} ${n} —</span> `;
  return `<figure id="fig-${esc(block.id)}">\n<div class="chart-svg">${svg}</div>\n<figcaption>${label}${esc(block.caption)}</figcaption>\n</figure>`;
}

/** Renders one block to HTML, escaping every text and numbering tables and figures. */
export function renderBlock(block: Block, report: Report, counters: HtmlCounters): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${esc(block.text)}</p>`;
    case 'keyFigures':
      return `<ul class="figures">\n${block.items.map(card).join('\n')}\n</ul>`;
    case 'table':
      counters.table += 1;
      return table(block, report, counters.table);
    case 'chart':
      counters.figure += 1;
      return chart(block, report, counters.figure);
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.map((item) => `<li>${esc(item)}</li>`).join('\n');
      return `<${tag} class="statements">\n${items}\n</${tag}>`;
    }
    case 'callout':
      return `<aside class="callout callout-${block.tone}" role="note">\n<p class="callout-title">${esc(block.title)}</p>\n<p>${esc(block.text)}</p>\n</aside>`;
  }
}
