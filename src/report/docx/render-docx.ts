import {
  Document,
  Footer,
  Header,
  HeadingLevel,
  Paragraph as P,
  Packer,
  PageNumber,
  type Paragraph,
  type Table,
  TabStopType,
  TextRun,
} from 'docx';
import { outputLabels } from '../pdf/output-labels.js';
import type { Logo } from '../pdf/render-pdf.js';
import type { Report, Section } from '../report-types.js';
import { type DocxCounters, docxBlock } from './docx-blocks.js';
import { contents, cover } from './docx-cover.js';
import { TEXT_WIDTH_TWIPS } from './docx-table.js';
import { COLORS, NUMBERING, STYLES } from './docx-theme.js';
import { stableZip } from './stable-zip.js';

/** Options of {@link renderDocx}. */
export interface DocxOptions {
  /** ISO date written as the document's created and modified dates; a fixed date by default. */
  date?: string;
  /** A PNG or JPEG logo on the title page. */
  logo?: Logo;
}

/** The author written in the document's properties. */
const CREATOR = 'Pouls';
const FIXED_DATE = '2000-01-01T00:00:00Z';

/** docx draws relationship ids at random and counts bookmarks and drawings process-wide. */
const RENUMBER = [
  { pattern: /(\brId)([0-9a-z_-]{21})(\b)/g, format: (n: number) => `R${n}` },
  { pattern: /(_Toc)(\d+)(\b)/g, format: String },
  { pattern: /(<w:bookmark(?:Start [^>]*?|End )w:id=")(\d+)(")/g, format: String },
  { pattern: /(<wp:docPr id=")(\d+)(")/g, format: String },
];

function section(
  s: Section,
  number: string,
  report: Report,
  counters: DocxCounters,
): (Paragraph | Table)[] {
  const top = !number.includes('.');
  const heading = new P({
    heading: top ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    pageBreakBefore: top,
    children: [
      new TextRun({ text: `${number}  `, color: top ? COLORS.muted : COLORS.accent }),
      new TextRun(s.title),
    ],
  });
  return [
    heading,
    ...s.blocks.flatMap((block) => docxBlock(block, report, counters)),
    ...(s.subsections ?? []).flatMap((sub, i) =>
      section(sub, `${number}.${i + 1}`, report, counters),
    ),
  ];
}

function header(report: Report): Header {
  return new Header({
    children: [
      new P({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS }],
        border: { bottom: { style: 'single', size: 4, color: COLORS.rule, space: 4 } },
        children: [
          new TextRun({
            text: `${report.cover.title}\t${report.cover.community}`,
            size: 16,
            color: COLORS.muted,
          }),
        ],
      }),
    ],
  });
}

function footer(report: Report): Footer {
  const labels = outputLabels(report.lang);
  return new Footer({
    children: [
      new P({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS }],
        children: [
          new TextRun({
            size: 15,
            color: COLORS.muted,
            children: [
              report.footer,
              '\t',
              `${labels.page} `,
              PageNumber.CURRENT,
              ` ${labels.of} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}

/**
 * Renders a report to an editable Word document: title page, a table of contents field filled
 * from the real Heading 1 and 2 paragraphs, running header, page numbers, Word tables, charts as
 * PNG with alternative text, key figures and callouts as shaded tables. Deterministic: fixed
 * author, dates from `options.date`, files and random ids normalised.
 *
 * @example
 * writeFileSync('report.docx', await renderDocx(report, { date: '2024-12-05' }));
 */
export async function renderDocx(report: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  const counters: DocxCounters = { table: 0, figure: 0, list: 0 };
  const body = report.sections.flatMap((s, i) => section(s, String(i + 1), report, counters));
  const doc = new Document({
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    title: `${report.cover.title} — ${report.cover.community}`,
    description: report.cover.subtitle,
    features: { updateFields: true },
    styles: STYLES,
    numbering: NUMBERING,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1300, bottom: 1200, left: 1134, right: 1134, header: 600, footer: 600 },
          },
        },
        headers: { default: header(report), first: new Header({ children: [] }) },
        footers: { default: footer(report), first: new Footer({ children: [] }) },
        children: [...cover(report, options), ...contents(report), ...body],
      },
    ],
  });
  const bytes = await Packer.toBuffer(doc);
  return stableZip(bytes, { date: options.date ?? FIXED_DATE, renumber: RENUMBER });
}
