import {
  AlignmentType,
  type INumberingOptions,
  type IStylesOptions,
  LevelFormat,
  LineRuleType,
} from 'docx';

/** Colours of the HTML report, without `#`, as Word wants them. */
export const COLORS = {
  accent: '1F4E79',
  accentSoft: 'E8EEF5',
  ink: '1D2430',
  muted: '5B6472',
  rule: 'D9DEE5',
  zebra: 'F8F9FB',
  white: 'FFFFFF',
} as const;

export { TONES } from '../status-tones.js';

/** Serif headings and sans-serif text, as in the HTML report; common to Word and LibreOffice. */
export const FONTS = { heading: 'Georgia', body: 'Calibri' } as const;

/** Word styles: real Heading 1 and 2 (navigation pane, table of contents), caption, body. */
export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONTS.body, size: 21, color: COLORS.ink },
      paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
    },
    heading1: {
      run: { font: FONTS.heading, size: 36, color: COLORS.accent },
      paragraph: {
        spacing: { before: 0, after: 240 },
        border: { bottom: { style: 'single', size: 12, color: COLORS.accent, space: 4 } },
        keepNext: true,
      },
    },
    heading2: {
      run: { font: FONTS.heading, size: 26, bold: true, color: COLORS.ink },
      paragraph: { spacing: { before: 320, after: 120 }, keepNext: true },
    },
  },
  paragraphStyles: [
    {
      id: 'Caption',
      name: 'Caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 19, bold: true, color: COLORS.ink },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
    },
  ],
};

/** Bullet and numbered lists of the report. */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: 'report-bullets',
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '▪',
          alignment: AlignmentType.LEFT,
          style: {
            paragraph: { indent: { left: 400, hanging: 260 } },
            run: { color: COLORS.accent },
          },
        },
      ],
    },
    {
      reference: 'report-numbers',
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 400, hanging: 300 } } },
        },
      ],
    },
  ],
};
