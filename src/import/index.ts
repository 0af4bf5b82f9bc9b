/** Importers: read files into batches of input records and issues; they never write. */
export { formatIssue } from './format-issue.js';
export {
  type DateFormat,
  IMPORT_KINDS,
  type Importer,
  type ImportInput,
  type ImportKind,
  type ImportOptions,
  isImportKind,
  readWith,
} from './importer.js';
export { normaliseRegion, QUEBEC_REGIONS } from './normalise-region.js';
export { parseEmail } from './parse-email.js';
export { personRef } from './person-ref.js';
export { readNative } from './read-native.js';
export { chooseImporter, IMPORTERS, importFormats } from './registry.js';
export { decodeText } from './sheet/decode-text.js';
export { nativeCsvImporter } from './sheet/native-csv-importer.js';
export { parseDate } from './sheet/parse-date.js';
export { readRecords } from './sheet/read-records.js';
export { readSheet } from './sheet/read-sheet.js';
export type { Sheet, SheetRow } from './sheet/sheet.js';
export { streamNative } from './sheet/stream-native.js';
