import {
  ImageRun,
  Paragraph as P,
  type Paragraph,
  TableOfContents,
  TabStopType,
  TextRun,
} from 'docx';
import { outputLabels } from '../pdf/output-labels.js';
import type { Report } from '../report-types.js';
import { COLORS, FONTS } from './docx-theme.js';
import type { DocxOptions } from './render-docx.js';

/** The title page: subtitle, title, community, an optional logo and the cover facts. */
export function cover(report: Report, options: DocxOptions): Paragraph[] {
  const { cover: c } = report;
  const logo =
    options.logo && options.logo.format !== 'svg'
      ? [
          new P({
            spacing: { after: 400 },
            children: [
              new ImageRun({
                type: options.logo.format,
                data: options.logo.data,
                transformation: { width: 160, height: 60 },
                altText: {
                  name: outputLabels(report.lang).logo,
                  description: outputLabels(report.lang).logo,
                },
              }),
            ],
          }),
        ]
      : [];
  const facts = c.facts.map(
    (fact) =>
      new P({
        tabStops: [{ type: TabStopType.LEFT, position: 2600 }],
        spacing: { after: 80 },
        children: [
          new TextRun({ text: fact.label, color: COLORS.muted }),
          new TextRun({ text: `\t${fact.value}` }),
        ],
      }),
  );
  return [
    new P({ spacing: { before: 2800 }, text: '' }),
    ...logo,
    new P({
      spacing: { after: 160 },
      children: [
        new TextRun({
          text: c.subtitle.toUpperCase(),
          size: 18,
          color: COLORS.muted,
          characterSpacing: 30,
        }),
      ],
    }),
    new P({
      spacing: { after: 240 },
      children: [
        new TextRun({ text: c.title, font: FONTS.heading, size: 60, color: COLORS.accent }),
      ],
    }),
    new P({
      spacing: { after: 3600 },
      border: { bottom: { style: 'single', size: 6, color: COLORS.rule, space: 24 } },
      children: [new TextRun({ text: c.community, font: FONTS.heading, size: 34 })],
    }),
    ...facts,
  ];
}

/** The table of contents: a title, the Word TOC field (filled from the headings) and a hint. */
export function contents(report: Report): (Paragraph | TableOfContents)[] {
  const hint = outputLabels(report.lang).tocHint;
  return [
    new P({
      pageBreakBefore: true,
      spacing: { after: 240 },
      children: [
        new TextRun({
          text: report.labels.contents,
          font: FONTS.heading,
          size: 36,
          color: COLORS.accent,
        }),
      ],
    }),
    new TableOfContents(report.labels.contents, { hyperlink: true, headingStyleRange: '1-2' }),
    new P({
      spacing: { before: 240 },
      children: [new TextRun({ text: hint, size: 16, italics: true, color: COLORS.muted })],
    }),
  ];
}
