import type { Column } from '../report-types.js';

function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => word.length));
}

/**
 * The share of a table's width a column deserves, in characters: its average cell length
 * (long texts get room), at least its longest word and the header's longest word (no word is
 * cut), between 6 and 60.
 */
export function columnWeight(column: Column, cells: string[]): number {
  const average = cells.reduce((sum, cell) => sum + cell.length, 0) / Math.max(1, cells.length);
  const words = Math.max(longestWord(column.label), ...cells.map(longestWord)) + 2;
  return Math.round(Math.min(60, Math.max(6, average, words)));
}
