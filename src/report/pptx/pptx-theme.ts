/** Colours of the HTML report (without `#`) and the deck's fonts and geometry, in inches. */
export const THEME = {
  accent: '1F4E79',
  accentSoft: 'E8EEF5',
  ink: '1D2430',
  muted: '5B6472',
  rule: 'D9DEE5',
  zebra: 'F8F9FB',
  white: 'FFFFFF',
  heading: 'Georgia',
  body: 'Calibri',
  /** 16:9 wide layout. */
  width: 13.333,
  height: 7.5,
  margin: 0.6,
  /** Top of the content area, under the title bar. */
  top: 1.3,
  /** Bottom of the content area, above the footer. */
  bottom: 6.85,
} as const;

export { TONES } from '../status-tones.js';

/** Names of the two master slides. */
export const MASTERS = { content: 'POULS_CONTENT', title: 'POULS_TITLE' } as const;
