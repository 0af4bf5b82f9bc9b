import { IMPORT_KINDS, type ImportKind } from '../model/choices.js';
import type { Batch } from '../model/input.js';
import type { Result } from '../model/issue.js';

export { IMPORT_KINDS, type ImportKind };

/** How day and month are ordered in numeric dates such as `03/04/2024`. */
export type DateFormat = 'dmy' | 'mdy' | 'ymd';

/** Options given by the user (`--map column=field`, `--date-format`). */
export interface ImportOptions {
  /** Column-to-field overrides: the key is a header as written, the value a field name. */
  readonly map?: Readonly<Record<string, string>>;
  /** Order of numeric dates when the values alone cannot tell. */
  readonly dateFormat?: DateFormat;
  /** Import the valid records and list the others instead of refusing the whole file. */
  readonly skipInvalid?: boolean;
}

/** What an importer reads: the whole file in memory (a streaming variant may come later). */
export interface ImportInput {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly kind: ImportKind;
  readonly options: ImportOptions;
  /**
   * The files of an export folder (a Slack export unzipped), by path relative to the folder with
   * `/` separators, when the user points at a folder rather than a file; `bytes` is then empty.
   */
  readonly files?: ReadonlyMap<string, Uint8Array>;
}

/**
 * One source format (native CSV, Slack, Zoom...). Importers yield records and issues and never
 * write: the caller decides, all or nothing, whether to store the batch.
 */
export interface Importer {
  /** The format's name, as given to `--format`. */
  readonly format: string;
  /** The kinds this format can hold. */
  readonly kinds: readonly ImportKind[];
  /** Whether the file looks like this format, from its first bytes and its name. */
  detect(sample: Uint8Array, fileName: string): boolean;
  /**
   * Reads the whole file into a batch, or returns every issue found. Formats whose reader is
   * asynchronous (XLSX through exceljs) return a promise: call it through `readWith`.
   */
  read(input: ImportInput): Result<Batch> | Promise<Result<Batch>>;
}

/** An importer whose reader is synchronous (delimited text, JSON...). */
export interface SyncImporter extends Importer {
  read(input: ImportInput): Result<Batch>;
}

/**
 * Reads a file with any importer, synchronous or not, always as a promise.
 *
 * @example
 * const result = await readWith(xlsxImporter, { bytes, fileName: 'membres.xlsx', kind: 'members', options: {} });
 */
export async function readWith(importer: Importer, input: ImportInput): Promise<Result<Batch>> {
  return importer.read(input);
}

/** Whether a string names an import kind. */
export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}
