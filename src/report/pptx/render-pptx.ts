import { stableZip } from '../docx/stable-zip.js';
import type { Logo } from '../pdf/render-pdf.js';
import type { Report } from '../report-types.js';
import { buildDeck, type Deck, type Slide } from './deck-model.js';
import { type PptSlide, PptxGen, type Presentation } from './pptx-lib.js';
import { drawSlide } from './pptx-slides.js';
import { MASTERS, THEME as T } from './pptx-theme.js';

/** Options of {@link renderPptx}. */
export interface PptxOptions {
  /** ISO date written as the file's created and modified dates; a fixed date by default. */
  date?: string;
  /** A PNG or JPEG logo on the title slide. */
  logo?: Logo;
}

const FIXED_DATE = '2000-01-01T00:00:00Z';

function defineMasters(pptx: Presentation, deck: Deck): void {
  const footer = {
    x: T.margin,
    y: 7.0,
    w: 10,
    h: 0.3,
    fontSize: 10,
    color: T.muted,
    fontFace: T.body,
  };
  pptx.defineSlideMaster({
    title: MASTERS.content,
    background: { color: T.white },
    objects: [
      { rect: { x: 0, y: 0, w: T.width, h: 0.95, fill: { color: T.accent } } },
      {
        line: {
          x: T.margin,
          y: 6.95,
          w: T.width - 2 * T.margin,
          h: 0,
          line: { color: T.rule, width: 0.75 },
        },
      },
      { text: { text: `${deck.title} · ${deck.community}`, options: footer } },
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            x: T.margin,
            y: 0.1,
            w: T.width - 2 * T.margin,
            h: 0.75,
            fontFace: T.heading,
            fontSize: 26,
            color: T.white,
            valign: 'middle',
            align: 'left',
          },
          text: '',
        },
      },
    ],
    slideNumber: {
      x: 12.1,
      y: 7.0,
      w: 0.63,
      h: 0.3,
      fontSize: 10,
      color: T.muted,
      fontFace: T.body,
      align: 'right',
    },
  });
  pptx.defineSlideMaster({
    title: MASTERS.title,
    background: { color: T.white },
    objects: [{ rect: { x: 0, y: 0, w: 0.35, h: T.height, fill: { color: T.accent } } }],
  });
}

function titleSlide(
  slide: PptSlide,
  s: Extract<Slide, { kind: 'title' }>,
  logo: Logo | undefined,
): void {
  const { cover } = s;
  if (logo && logo.format !== 'svg') {
    const data = `data:image/${logo.format === 'jpg' ? 'jpeg' : 'png'};base64,${Buffer.from(logo.data).toString('base64')}`;
    slide.addImage({
      data,
      x: 1.1,
      y: 0.6,
      w: 2.2,
      h: 0.8,
      sizing: { type: 'contain', w: 2.2, h: 0.8 },
      altText: 'Logo',
    });
  }
  slide.addText(cover.subtitle.toUpperCase(), {
    x: 1.1,
    y: 1.8,
    w: 11,
    h: 0.4,
    fontSize: 14,
    color: T.muted,
    charSpacing: 2,
    fontFace: T.body,
  });
  slide.addText(cover.title, {
    x: 1.1,
    y: 2.3,
    w: 11,
    h: 1.3,
    fontSize: 44,
    color: T.accent,
    fontFace: T.heading,
    valign: 'top',
  });
  slide.addText(cover.community, {
    x: 1.1,
    y: 3.6,
    w: 11,
    h: 0.9,
    fontSize: 26,
    color: T.ink,
    fontFace: T.heading,
    valign: 'top',
  });
  slide.addShape('line', { x: 1.1, y: 5.0, w: 11.2, h: 0, line: { color: T.rule, width: 1 } });
  const facts = cover.facts.map((fact) => ({
    text: `${fact.label} : ${fact.value}`.replace(' : ', '\u00a0: '),
    options: { breakLine: true },
  }));
  slide.addText(facts, {
    x: 1.1,
    y: 5.2,
    w: 11,
    h: 1.5,
    fontSize: 16,
    color: T.ink,
    fontFace: T.body,
    valign: 'top',
    paraSpaceAfter: 4,
  });
}

/**
 * Renders a report to a 16:9 slide deck for presenting: the slides chosen by {@link buildDeck},
 * on one master slide (title bar, footer with title and community, slide number), charts as PNG
 * with alternative text, and the report's paragraphs as speaker notes. Deterministic: dates from
 * `options.date`, ZIP entries normalised.
 *
 * @example
 * writeFileSync('report.pptx', await renderPptx(report, { date: '2024-12-05' }));
 */
export async function renderPptx(report: Report, options: PptxOptions = {}): Promise<Uint8Array> {
  const deck = buildDeck(report);
  const pptx = new PptxGen();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'Pouls';
  pptx.company = 'Pouls';
  pptx.title = `${deck.title} — ${deck.community}`;
  defineMasters(pptx, deck);
  for (const s of deck.slides) {
    const slide = pptx.addSlide({
      masterName: s.kind === 'title' ? MASTERS.title : MASTERS.content,
    });
    if (s.kind === 'title') titleSlide(slide, s, options.logo);
    else slide.addText(s.title, { placeholder: 'title' });
    drawSlide(slide, s);
    if (s.notes) slide.addNotes(s.notes);
  }
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return stableZip(bytes, { date: options.date ?? FIXED_DATE });
}
