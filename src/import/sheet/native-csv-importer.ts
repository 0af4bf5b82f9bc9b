import type { SyncImporter } from '../importer.js';
import { IMPORT_KINDS } from '../importer.js';
import { decodeText } from './decode-text.js';
import { detectDelimiter } from './detect-delimiter.js';
import { readRecords } from './read-records.js';
import { readSheet } from './read-sheet.js';

/** Whether a sample looks like a delimited table: text, not JSON or markup, with a delimiter. */
function looksDelimited(sample: Uint8Array, fileName: string): boolean {
  const { text } = decodeText(sample);
  if (text.includes('\u0000')) return false;
  const start = text.trimStart();
  if (start === '' || /^[{[<]/.test(start)) return false;
  if (/\.(csv|tsv)$/i.test(fileName)) return true;
  const delimiter = detectDelimiter(text);
  const firstLine = start.split(/\r\n|\n|\r/, 1)[0] ?? '';
  return firstLine.includes(delimiter);
}

/**
 * The native format of product.md §5 as delimited text (`--format csv`): any French or English
 * headers, `,` `;` or tab, UTF-8, UTF-16 or Windows-1252. Detects `.csv`/`.tsv` files and text
 * whose first line holds a delimiter.
 */
export const nativeCsvImporter: SyncImporter = Object.freeze<SyncImporter>({
  format: 'csv',
  kinds: IMPORT_KINDS,
  detect: looksDelimited,
  read({ bytes, fileName, kind, options }) {
    const sheet = readSheet(bytes, fileName);
    return sheet.ok ? readRecords(sheet.value, kind, options) : sheet;
  },
});
