import type { KeyFigure } from '../report-types.js';
import type { PptSlide, TextProps } from './pptx-lib.js';
import { THEME as T, TONES } from './pptx-theme.js';

const CONTENT_W = T.width - 2 * T.margin;

function card(slide: PptSlide, item: KeyFigure, x: number, y: number, w: number, h: number): void {
  const tone = TONES[item.status];
  slide.addShape('rect', {
    x,
    y,
    w,
    h,
    fill: { color: T.white },
    line: { color: T.rule, width: 0.75 },
  });
  slide.addShape('rect', {
    x,
    y,
    w,
    h: 0.08,
    fill: { color: tone.fg },
    line: { color: tone.fg, width: 0 },
  });
  const texts: TextProps[] = [
    { text: item.label, options: { fontSize: 14, color: T.muted, breakLine: true } },
    {
      text: item.value,
      options: {
        fontSize: item.value.length > 6 ? 30 : 40,
        fontFace: T.heading,
        color: T.ink,
        breakLine: true,
      },
    },
  ];
  if (item.detail)
    texts.push({ text: item.detail, options: { fontSize: 11, color: T.muted, breakLine: true } });
  slide.addText(texts, {
    x: x + 0.15,
    y: y + 0.15,
    w: w - 0.3,
    h: h - 0.75,
    valign: 'top',
    fontFace: T.body,
    paraSpaceAfter: 3,
  });
  if (item.status === 'none') return;
  slide.addText(`${tone.shape} ${item.statusLabel}`, {
    x: x + 0.15,
    y: y + h - 0.55,
    w: Math.min(w - 0.3, 2.4),
    h: 0.38,
    fontSize: 13,
    bold: true,
    fontFace: T.body,
    color: tone.fg,
    fill: { color: tone.bg },
    rectRadius: 0.1,
    shape: 'roundRect',
    align: 'center',
    valign: 'middle',
  });
}

/** Key figures as cards (top rule in the status colour, status in words), up to six a slide. */
export function figures(slide: PptSlide, items: KeyFigure[]): void {
  const columns = items.length <= 4 ? Math.max(items.length, 1) : 3;
  const rows = Math.ceil(items.length / columns);
  const gap = 0.3;
  const w = (CONTENT_W - gap * (columns - 1)) / columns;
  const h = Math.min(2.6, (T.bottom - T.top - gap * (rows - 1)) / rows);
  items.forEach((item, i) => {
    card(
      slide,
      item,
      T.margin + (i % columns) * (w + gap),
      T.top + Math.floor(i / columns) * (h + gap),
      w,
      h,
    );
  });
}
