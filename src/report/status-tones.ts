/**
 * Foreground, background and shape of each status, shared by the Word and PowerPoint renderers:
 * colour is never the only cue (WCAG 1.4.1).
 */
export const TONES = {
  green: { fg: '2E7D32', bg: 'E9F4EA', shape: '●' },
  amber: { fg: '9A5B00', bg: 'FDF3E1', shape: '▲' },
  red: { fg: 'B3261E', bg: 'FBEAEA', shape: '■' },
  none: { fg: '5B6472', bg: 'F1F3F6', shape: '' },
} as const;
