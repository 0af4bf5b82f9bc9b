import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { PoulsError } from '../../model/pouls-error.js';
import { setSvgFontFamily } from '../charts/render-chart-png.js';
import { renderChartSvg } from '../charts/render-chart-svg.js';
import type { Block, Report, Section } from '../report-types.js';
import { renderTypst } from './render-typst.js';
import { chartPath } from './typst-blocks.js';

/** An image shown on the title page. */
export interface Logo {
  data: Uint8Array;
  format: 'png' | 'jpg' | 'svg';
}

/** Options of {@link renderPdf}. */
export interface PdfOptions {
  logo?: Logo;
}

/** The font of the whole PDF, embedded in the Typst compiler: no machine font is needed. */
export const PDF_FONT = 'Libertinus Serif';

/** Created once: the compiler scans fonts when created, which takes a few hundred milliseconds. */
let shared: NodeCompiler | undefined;

/**
 * A virtual root: the document reads only the files mapped under it, never the disk, and its
 * paths (`/charts/x.svg`) do not depend on the current directory.
 */
const ROOT = '/pouls-report';

function charts(sections: Section[]): Extract<Block, { type: 'chart' }>[] {
  return sections.flatMap((s) => [
    ...s.blocks.filter((b): b is Extract<Block, { type: 'chart' }> => b.type === 'chart'),
    ...charts(s.subsections ?? []),
  ]);
}

function diagnostics(result: { takeError(): { shortDiagnostics: unknown[] } | null }): string {
  const error = result.takeError();
  return error ? JSON.stringify(error.shortDiagnostics) : 'no document';
}

/**
 * Renders a report to an A4 PDF with Typst: title page, table of contents, running header, page
 * numbers, vector charts. Uses only the fonts embedded in the compiler ({@link PDF_FONT}).
 * Deterministic: no creation date is written, so the same report gives the same bytes.
 *
 * @throws PoulsError `internal` when Typst reports an error (a bug in the generated source).
 * @example
 * writeFileSync('report.pdf', renderPdf(report));
 */
export function renderPdf(report: Report, options: PdfOptions = {}): Uint8Array {
  shared ??= NodeCompiler.create({ workspace: ROOT });
  const compiler = shared;
  compiler.resetShadow();
  for (const block of charts(report.sections)) {
    const svg = renderChartSvg(block.spec, { idPrefix: `c-${block.id}`, alt: block.alt });
    compiler.mapShadow(ROOT + chartPath(block.id), Buffer.from(setSvgFontFamily(svg, PDF_FONT)));
  }
  const logoPath = options.logo ? `/logo.${options.logo.format}` : undefined;
  if (options.logo && logoPath) compiler.mapShadow(ROOT + logoPath, Buffer.from(options.logo.data));
  const source = renderTypst(report, logoPath ? { logoPath } : {});
  const result = compiler.compile({ mainFileContent: source });
  const document = result.result;
  if (!document)
    throw new PoulsError('internal', `Typst could not compile the report: ${diagnostics(result)}`);
  const pdf = compiler.pdf(document);
  compiler.evictCache(10);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
