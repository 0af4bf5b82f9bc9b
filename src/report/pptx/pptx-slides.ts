import type { Slide } from './deck-model.js';
import { chart, table } from './pptx-chart.js';
import { figures } from './pptx-figures.js';
import type { PptSlide } from './pptx-lib.js';
import { THEME as T, TONES } from './pptx-theme.js';

const CONTENT_W = T.width - 2 * T.margin;

function text(slide: PptSlide, s: Extract<Slide, { kind: 'text' }>): void {
  const paragraphs = s.paragraphs.map((p) => ({ text: p, options: { breakLine: true } }));
  const h = s.callout ? 3.2 : T.bottom - T.top;
  slide.addText(paragraphs, {
    x: T.margin,
    y: T.top,
    w: CONTENT_W,
    h,
    fontSize: 18,
    color: T.ink,
    fontFace: T.body,
    valign: 'top',
    paraSpaceAfter: 10,
  });
  if (!s.callout) return;
  const warning = s.callout.tone === 'warning';
  slide.addText(
    [{ text: s.callout.title, options: { bold: true, breakLine: true } }, { text: s.callout.text }],
    {
      x: T.margin,
      y: T.top + 3.4,
      w: CONTENT_W,
      h: 1.9,
      fontSize: 16,
      fontFace: T.body,
      color: T.ink,
      valign: 'middle',
      fill: { color: warning ? TONES.amber.bg : T.accentSoft },
      line: { color: warning ? TONES.amber.fg : T.accent, width: 1 },
      margin: 12,
    },
  );
}

function numbered(slide: PptSlide, items: string[], y: number, fontSize: number): void {
  const list = items.map((item) => ({
    text: item,
    options: { bullet: { type: 'number' as const }, breakLine: true },
  }));
  slide.addText(list, {
    x: T.margin,
    y,
    w: CONTENT_W,
    h: T.bottom - y,
    fontSize,
    fontFace: T.body,
    color: T.ink,
    valign: 'top',
    paraSpaceAfter: 12,
  });
}

/** Draws the content of one slide under the master's title bar. */
export function drawSlide(slide: PptSlide, s: Slide): void {
  switch (s.kind) {
    case 'title':
      return;
    case 'agenda':
      numbered(slide, s.items, T.top + 0.1, s.items.length > 8 ? 18 : 22);
      return;
    case 'message':
      slide.addShape('rect', {
        x: T.margin,
        y: 2.2,
        w: 0.1,
        h: 2.6,
        fill: { color: T.accent },
        line: { color: T.accent, width: 0 },
      });
      slide.addText(`${s.index} / ${s.total}`, {
        x: T.margin + 0.4,
        y: 1.5,
        w: 3,
        h: 0.5,
        fontSize: 16,
        color: T.muted,
        fontFace: T.body,
      });
      slide.addText(s.statement, {
        x: T.margin + 0.4,
        y: 2.1,
        w: CONTENT_W - 0.6,
        h: 2.8,
        fontSize: 26,
        fontFace: T.heading,
        color: T.ink,
        valign: 'middle',
      });
      return;
    case 'figures':
      figures(slide, s.items);
      return;
    case 'chart':
      chart(slide, s);
      return;
    case 'table':
      slide.addText(s.table.caption, {
        x: T.margin,
        y: T.top,
        w: CONTENT_W,
        h: 0.45,
        fontSize: 15,
        bold: true,
        color: T.accent,
        fontFace: T.body,
      });
      table(slide, s.table, T.margin, T.top + 0.55, CONTENT_W);
      return;
    case 'text':
      text(slide, s);
      return;
    case 'closing':
      numbered(slide, s.items, T.top + 0.2, 22);
      slide.addText(s.discussion, {
        x: T.margin,
        y: 5.7,
        w: CONTENT_W,
        h: 0.8,
        fontSize: 24,
        fontFace: T.heading,
        color: T.accent,
        align: 'center',
      });
      return;
  }
}
